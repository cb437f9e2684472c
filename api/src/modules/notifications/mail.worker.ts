import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Language } from '@hirfa/shared';
import { APP_CONFIG, type AppConfig } from '../../config/configuration';
import { MailTransport } from './mail-transport';
import { afterFailedAttempt, MAX_SEND_ATTEMPTS } from './outbox-retry-policy';
import { renderEmail, type EmailPayload, type EmailTemplateName } from './templates';

/** Emails claimed per statement; the lease below covers a whole batch at the SMTP timeouts. */
const BATCH_SIZE = 10;
/**
 * A claimed email is not due again before this many seconds, so no other worker takes it
 * while it is being sent; if this process dies mid-send, it is retried after the lease.
 */
const CLAIM_LEASE_SECONDS = 600;
const MAX_ERROR_LENGTH = 2000;

interface ClaimedEmail {
  id: string;
  recipient: string;
  language: Language;
  template: EmailTemplateName;
  payload: EmailPayload;
  /** Including the attempt just claimed; it also tells this claim apart from a later one. */
  attempts: number;
}

export interface DrainSummary {
  sent: number;
  /** Failed this time, scheduled again with backoff. */
  retried: number;
  /** Failed for the last time. */
  failed: number;
}

type Outcome = keyof DrainSummary;

/**
 * Sends the outbox. Claims are taken with FOR UPDATE SKIP LOCKED and leased by moving
 * next_attempt_at forward before anything is sent, so any number of workers and drains can
 * run at once without two of them sending the same email, and no transaction stays open
 * while an SMTP server is being talked to.
 */
@Injectable()
export class MailWorker implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(MailWorker.name);
  private timer: NodeJS.Timeout | undefined;
  private inFlight: Promise<unknown> | undefined;
  private stopped = false;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly transport: MailTransport,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.mail.workerIntervalSeconds > 0) this.schedule(0);
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.inFlight;
  }

  /** Sends every email due now, batch after batch, and says what happened. */
  async drain(): Promise<DrainSummary> {
    const summary: DrainSummary = { sent: 0, retried: 0, failed: 0 };
    for (;;) {
      const claimed = await this.claimDue(BATCH_SIZE);
      for (const email of claimed) summary[await this.deliver(email)] += 1;
      if (claimed.length < BATCH_SIZE) return summary;
    }
  }

  private schedule(delayMs: number): void {
    this.timer = setTimeout(() => void this.runOnce(), delayMs);
    // The loop alone must not keep the process alive.
    this.timer.unref();
  }

  private async runOnce(): Promise<void> {
    const run = this.drain().then(
      (summary) => {
        if (summary.sent + summary.retried + summary.failed > 0) {
          this.logger.log(
            `Outbox: ${summary.sent} sent, ${summary.retried} to retry, ${summary.failed} failed`,
          );
        }
      },
      (error: unknown) => this.logger.error(`Outbox run failed: ${describeError(error)}`),
    );
    this.inFlight = run;
    await run;
    this.inFlight = undefined;
    if (!this.stopped) this.schedule(this.config.mail.workerIntervalSeconds * 1000);
  }

  /** One statement, hence one transaction: locks due rows no other worker holds, leases them. */
  private async claimDue(limit: number): Promise<ClaimedEmail[]> {
    const [rows] = (await this.dataSource.query(
      `UPDATE outbox_emails
          SET attempts = attempts + 1,
              next_attempt_at = now() + make_interval(secs => $2)
        WHERE id IN (
          SELECT id FROM outbox_emails
           WHERE status = 'pending' AND next_attempt_at <= now()
           ORDER BY next_attempt_at, created_at
           LIMIT $1
           FOR UPDATE SKIP LOCKED)
      RETURNING id, recipient, language, template, payload, attempts`,
      [limit, CLAIM_LEASE_SECONDS],
    )) as [ClaimedEmail[], number];
    return rows;
  }

  private async deliver(email: ClaimedEmail): Promise<Outcome> {
    if (email.attempts > MAX_SEND_ATTEMPTS) {
      // Earlier attempts were claimed but never finished (the process stopped mid-send).
      return this.recordFailure(email, 'Gave up: earlier attempts were interrupted');
    }
    try {
      const rendered = renderEmail(email.template, email.language, email.payload);
      await this.transport.send({
        ...rendered,
        id: email.id,
        to: email.recipient,
        language: email.language,
        template: email.template,
      });
    } catch (error) {
      this.logger.warn(
        `Email ${email.id} not sent (attempt ${email.attempts}): ${describeError(error)}`,
      );
      return this.recordFailure(email, describeError(error));
    }
    await this.dataSource.query(
      `UPDATE outbox_emails SET status = 'sent', sent_at = now()
        WHERE id = $1 AND status = 'pending' AND attempts = $2`,
      [email.id, email.attempts],
    );
    return 'sent';
  }

  private async recordFailure(email: ClaimedEmail, error: string): Promise<Outcome> {
    const next = afterFailedAttempt(email.attempts);
    // The attempts check keeps a claim whose lease ran out from overwriting a newer one.
    await this.dataSource.query(
      `UPDATE outbox_emails
          SET status = $3, last_error = $4,
              next_attempt_at = CASE WHEN $3 = 'pending'
                THEN now() + make_interval(secs => $5) ELSE next_attempt_at END
        WHERE id = $1 AND status = 'pending' AND attempts = $2`,
      [
        email.id,
        email.attempts,
        next.status,
        error.slice(0, MAX_ERROR_LENGTH),
        next.status === 'pending' ? next.retryInSeconds : 0,
      ],
    );
    return next.status === 'pending' ? 'retried' : 'failed';
  }
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
