import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Relation,
} from 'typeorm';
import type { SellerStatus } from '@hirfa/shared';
import { UserEntity } from '../../accounts/entities/user.entity';
import { SellerEntity } from './seller.entity';

/** One change of a seller's status: written in the same transaction as the change itself. */
@Entity({ name: 'seller_status_changes' })
export class SellerStatusChangeEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id: string;

  @Column({ name: 'seller_id', type: 'uuid' })
  sellerId: string;

  @ManyToOne(() => SellerEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'seller_id' })
  seller?: Relation<SellerEntity>;

  /** Null for the row that records the application's creation. */
  @Column({ name: 'from_status', type: 'text', nullable: true })
  fromStatus: SellerStatus | null;

  @Column({ name: 'to_status', type: 'text' })
  toStatus: SellerStatus;

  @Column({ name: 'actor_user_id', type: 'uuid', nullable: true })
  actorUserId: string | null;

  @ManyToOne(() => UserEntity, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'actor_user_id' })
  actor?: Relation<UserEntity> | null;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
