import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Language } from '@hirfa/shared';
import { OutboxEmailEntity } from './entities/outbox-email.entity';
import { renderEmail, type EmailPayloads, type EmailTemplateName } from './templates';

/** An email to send: the template decides which payload goes with it. */
export type OutboxEmail = {
  [T in EmailTemplateName]: {
    recipient: string;
    language: Language;
    template: T;
    payload: EmailPayloads[T];
  };
}[EmailTemplateName];

// One address, no display name, nothing that could add a header.
const PLAIN_ADDRESS = /^[^\s@<>,;"]+@[^\s@<>,;"]+$/;

/**
 * Queues emails in the caller's transaction: an order that rolls back takes its emails with
 * it, and a committed one always has them. The mail worker sends them afterwards.
 */
@Injectable()
export class OutboxService {
  async enqueue(manager: EntityManager, email: OutboxEmail): Promise<void> {
    await this.enqueueMany(manager, [email]);
  }

  /** Several emails in one statement, such as one notice per seller of an order. */
  async enqueueMany(manager: EntityManager, emails: readonly OutboxEmail[]): Promise<void> {
    if (emails.length === 0) return;
    for (const email of emails) {
      if (!PLAIN_ADDRESS.test(email.recipient)) {
        throw new Error(`Cannot queue an email to ${JSON.stringify(email.recipient)}`);
      }
      // Rendering now makes a payload the template cannot use fail the caller's transaction,
      // rather than fail five times in the worker later.
      renderEmail(email.template, email.language, email.payload);
    }
    await manager.insert(
      OutboxEmailEntity,
      emails.map(({ recipient, language, template, payload }) => ({
        recipient,
        language,
        template,
        payload,
      })),
    );
  }
}
