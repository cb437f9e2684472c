import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Relation,
} from 'typeorm';
import { ProductEntity } from './product.entity';

export const MODERATION_ACTIONS = ['hide', 'restore'] as const;
export type ModerationAction = (typeof MODERATION_ACTIONS)[number];

/** The history of the chamber's decisions on a product: who hid or restored it, when and why. */
@Entity({ name: 'product_moderation_events' })
export class ProductModerationEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'product_id', type: 'uuid' })
  productId: string;

  @ManyToOne(() => ProductEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'product_id' })
  product?: Relation<ProductEntity>;

  @Column({ type: 'text' })
  action: ModerationAction;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Column({ name: 'staff_user_id', type: 'uuid', nullable: true })
  staffUserId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
