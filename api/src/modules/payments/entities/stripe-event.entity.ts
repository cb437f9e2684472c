import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A Stripe event already handled; written in the same transaction as its effect. */
@Entity({ name: 'stripe_events' })
export class StripeEventEntity {
  @PrimaryColumn('text')
  id: string;

  @Column({ type: 'text' })
  type: string;

  @Column({ name: 'processed_at', type: 'timestamptz', default: () => 'now()' })
  processedAt: Date;
}
