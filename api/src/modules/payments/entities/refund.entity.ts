import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { RefundStatus } from '@hirfa/shared';

/**
 * The reason of the refund made automatically when a payment arrives for a part that had
 * already been cancelled (its payment deadline passed, or it was cancelled): the seller was
 * never credited, so it takes nothing from their ledger.
 */
export const LATE_PAYMENT_REASON = 'late_payment';

/** Money given back on one sub-order: pending until Stripe says it succeeded or failed. */
@Entity({ name: 'refunds' })
export class RefundEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'order_id', type: 'uuid' })
  orderId: string;

  @Column({ name: 'sub_order_id', type: 'uuid' })
  subOrderId: string;

  @Column({ type: 'integer' })
  amount: number;

  @Column({ name: 'stripe_refund_id', type: 'text', nullable: true })
  stripeRefundId: string | null;

  @Column({ type: 'text' })
  status: RefundStatus;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Column({ name: 'requested_by', type: 'uuid', nullable: true })
  requestedBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
