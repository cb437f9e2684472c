import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { OrderActorKind, OrderStatus } from '@hirfa/shared';

/** Who moved a sub-order from one status to the next, and when. */
@Entity({ name: 'order_status_changes' })
export class OrderStatusChangeEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column({ name: 'sub_order_id', type: 'uuid' })
  subOrderId: string;

  @Column({ name: 'from_status', type: 'text', nullable: true })
  fromStatus: OrderStatus | null;

  @Column({ name: 'to_status', type: 'text' })
  toStatus: OrderStatus;

  @Column({ name: 'actor_kind', type: 'text' })
  actorKind: OrderActorKind;

  @Column({ name: 'actor_user_id', type: 'uuid', nullable: true })
  actorUserId: string | null;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
