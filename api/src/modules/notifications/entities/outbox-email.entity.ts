import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Language } from '@hirfa/shared';
import type { EmailPayload, EmailTemplateName } from '../templates';

export const OUTBOX_EMAIL_STATUSES = ['pending', 'sent', 'failed'] as const;
export type OutboxEmailStatus = (typeof OUTBOX_EMAIL_STATUSES)[number];

/**
 * An email waiting to be sent, written in the same transaction as the change it reports so
 * that it exists if and only if that change was committed.
 */
@Entity({ name: 'outbox_emails' })
export class OutboxEmailEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  recipient: string;

  @Column({ type: 'text' })
  language: Language;

  @Column({ type: 'text' })
  template: EmailTemplateName;

  /** The data the template is rendered from when the email is sent. */
  @Column({ type: 'jsonb' })
  payload: EmailPayload;

  @Column({ type: 'text', default: 'pending' })
  status: OutboxEmailStatus;

  /** Sending attempts started so far, counted when an email is claimed. */
  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @Column({ name: 'next_attempt_at', type: 'timestamptz', default: () => 'now()' })
  nextAttemptAt: Date;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
