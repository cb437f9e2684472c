import {
  Column,
  CreateDateColumn,
  Entity,
  OneToMany,
  PrimaryGeneratedColumn,
  Relation,
} from 'typeorm';
import type { CurrencyCode, Language, PaymentMethod } from '@hirfa/shared';
import { SubOrderEntity } from './sub-order.entity';

/** What the buyer placed: one address, one payment, one sub-order per seller. */
@Entity({ name: 'orders' })
export class OrderEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  number: string;

  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId: string | null;

  @Column({ name: 'cart_id', type: 'uuid', nullable: true })
  cartId: string | null;

  /** Hash of the client's Idempotency-Key with its scope (the cart or the user). */
  @Column({ name: 'idempotency_key', type: 'text', nullable: true })
  idempotencyKey: string | null;

  /** Who holds this order, for the per-buyer limits: `user:<id>`, or `guest:<hash of email and IP>`. */
  @Column({ name: 'buyer_key', type: 'text', nullable: true })
  buyerKey: string | null;

  @Column({ type: 'text' })
  email: string;

  @Column({ type: 'text' })
  language: Language;

  @Column({ name: 'payment_method', type: 'text' })
  paymentMethod: PaymentMethod;

  @Column({ name: 'shipping_name', type: 'text' })
  shippingName: string;

  @Column({ name: 'shipping_phone', type: 'text' })
  shippingPhone: string;

  @Column({ name: 'shipping_line1', type: 'text' })
  shippingLine1: string;

  @Column({ name: 'shipping_line2', type: 'text', nullable: true })
  shippingLine2: string | null;

  @Column({ name: 'shipping_city', type: 'text' })
  shippingCity: string;

  @Column({ name: 'shipping_postal_code', type: 'text', nullable: true })
  shippingPostalCode: string | null;

  @Column({ name: 'shipping_country', type: 'char', length: 2 })
  shippingCountry: string;

  @Column({ type: 'char', length: 3 })
  currency: CurrencyCode;

  @Column({ name: 'items_amount', type: 'integer' })
  itemsAmount: number;

  @Column({ name: 'shipping_amount', type: 'integer' })
  shippingAmount: number;

  @Column({ name: 'total_amount', type: 'integer' })
  totalAmount: number;

  /** Card orders not paid by then are cancelled and their stock returned. */
  @Column({ name: 'payment_due_at', type: 'timestamptz', nullable: true })
  paymentDueAt: Date | null;

  @Column({ name: 'paid_at', type: 'timestamptz', nullable: true })
  paidAt: Date | null;

  @OneToMany(() => SubOrderEntity, (subOrder) => subOrder.order)
  subOrders?: Relation<SubOrderEntity>[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
