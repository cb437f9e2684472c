import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
  Relation,
  UpdateDateColumn,
} from 'typeorm';
import type { OrderStatus } from '@hirfa/shared';
import { SellerEntity } from '../../sellers/entities/seller.entity';
import { OrderEntity } from './order.entity';
import { OrderLineEntity } from './order-line.entity';

/** One seller's part of an order, with its own status; changed only by OrderTransitionsService. */
@Entity({ name: 'sub_orders' })
export class SubOrderEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'order_id', type: 'uuid' })
  orderId: string;

  @ManyToOne(() => OrderEntity, (order) => order.subOrders, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'order_id' })
  order?: Relation<OrderEntity>;

  @Column({ name: 'seller_id', type: 'uuid' })
  sellerId: string;

  @ManyToOne(() => SellerEntity)
  @JoinColumn({ name: 'seller_id' })
  seller?: Relation<SellerEntity>;

  @Column({ type: 'text' })
  status: OrderStatus;

  @Column({ name: 'items_amount', type: 'integer' })
  itemsAmount: number;

  @Column({ name: 'shipping_amount', type: 'integer' })
  shippingAmount: number;

  @Column({ name: 'total_amount', type: 'integer' })
  totalAmount: number;

  /** The commission rate when the order was placed, so later changes do not rewrite it. */
  @Column({ name: 'commission_rate_bps', type: 'integer' })
  commissionRateBps: number;

  @Column({ name: 'refunded_amount', type: 'integer', default: 0 })
  refundedAmount: number;

  @Column({ name: 'tracking_number', type: 'text', nullable: true })
  trackingNumber: string | null;

  @OneToMany(() => OrderLineEntity, (line) => line.subOrder)
  lines?: Relation<OrderLineEntity>[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
