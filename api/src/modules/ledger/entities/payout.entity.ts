import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { PayoutStatus } from '@hirfa/shared';

/** A bank transfer owed to one seller; paid once staff record the bank's reference. */
@Entity({ name: 'payouts' })
export class PayoutEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'batch_id', type: 'uuid' })
  batchId: string;

  @Column({ name: 'seller_id', type: 'uuid' })
  sellerId: string;

  @Column({ type: 'integer' })
  amount: number;

  @Column({ type: 'text' })
  status: PayoutStatus;

  @Column({ name: 'bank_reference', type: 'text', nullable: true })
  bankReference: string | null;

  @Column({ name: 'paid_at', type: 'timestamptz', nullable: true })
  paidAt: Date | null;

  @Column({ name: 'paid_by', type: 'uuid', nullable: true })
  paidBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
