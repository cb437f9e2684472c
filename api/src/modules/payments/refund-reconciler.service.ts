import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import Stripe from 'stripe';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/configuration';
import { PaymentEntity } from './entities/payment.entity';
import { RefundEntity } from './entities/refund.entity';
import { describeStripeError } from './payment-errors';
import { RefundConfirmationService } from './refund-confirmation.service';
import { STRIPE } from './stripe.client';
import { PeriodicTask } from '../../common/jobs/periodic-task';

/** Refunds read back per run; the next run takes the rest. */
const RECONCILE_BATCH = 100;
/** Stripe's largest page of a list. */
const LIST_PAGE = 100;

export function refundIdempotencyKey(refundId: string): string {
  return `hirfa-refund-${refundId}`;
}

/**
 * What became of one refund: settled by Stripe's answer (`succeeded`, `failed`, or `pending`
 * while Stripe itself is still processing it), `unknown` when Stripe could not be asked or
 * did not answer, `busy` when it was already settled or another process holds it.
 */
export type RefundOutcome = 'succeeded' | 'pending' | 'failed' | 'unknown' | 'busy';

export interface ReconcileResult {
  succeeded: string[];
  pending: string[];
  failed: string[];
  unknown: string[];
}

/**
 * Only Stripe's explicit refusal of the request (a card or invalid-request error, 4xx) means
 * that no refund was made. A timeout, a dropped connection, a 5xx, a rate limit or an
 * idempotency conflict say nothing about what Stripe did.
 */
export function isDefiniteRefusal(error: unknown): boolean {
  if (!(error instanceof Stripe.errors.StripeError)) return false;
  const definite =
    error instanceof Stripe.errors.StripeCardError ||
    error instanceof Stripe.errors.StripeInvalidRequestError;
  const status = error.statusCode ?? 0;
  return definite && status >= 400 && status < 500 && status !== 409 && status !== 429;
}

/**
 * Sends refunds to Stripe and settles those whose outcome is unknown. Each refund is sent
 * with an idempotency key derived from its own id, so sending it again can never refund
 * twice; before sending again, Stripe's refunds of the payment are read, so that a refund
 * Stripe made after an answer was lost is found and recorded. A refund is worked on only
 * under its row lock, taken with SKIP LOCKED: several API processes may reconcile at once,
 * each refund is settled by one of them, and the ledger records it once.
 */
@Injectable()
export class RefundReconcilerService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(RefundReconcilerService.name);
  // A refund just sent is left to its sender for one interval before it is read back.
  private readonly reconciler = new PeriodicTask('Refund reconciliation', this.logger, () =>
    this.reconcilePending(new Date(Date.now() - this.config.refundReconcileSeconds * 1000)),
  );

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(STRIPE) private readonly stripe: Stripe,
    private readonly confirmation: RefundConfirmationService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.reconciler.start(this.config.refundReconcileSeconds);
  }

  async onModuleDestroy(): Promise<void> {
    await this.reconciler.stop();
  }

  /**
   * Settles the pending refunds last worked on at or before `before`, oldest first, each in
   * its own transaction. Refunds another process is working on are skipped.
   */
  async reconcilePending(
    before: Date = new Date(),
    limit = RECONCILE_BATCH,
  ): Promise<ReconcileResult> {
    const result: ReconcileResult = { succeeded: [], pending: [], failed: [], unknown: [] };
    const seen: string[] = [];
    for (let i = 0; i < limit; i++) {
      const done = await this.dataSource.transaction(async (manager) => {
        const rows: { id: string }[] = await manager.query(
          `SELECT id FROM refunds
            WHERE status = 'pending' AND updated_at <= $1 AND NOT (id = ANY($2::uuid[]))
            ORDER BY updated_at, id
            LIMIT 1
            FOR UPDATE SKIP LOCKED`,
          [before, seen],
        );
        if (rows.length === 0) return null;
        const id = rows[0].id;
        seen.push(id);
        return { id, outcome: await this.settleLocked(manager, id, false) };
      });
      if (!done) break;
      if (done.outcome !== 'busy') result[done.outcome].push(done.id);
    }
    return result;
  }

  /**
   * Sends one pending refund to Stripe (again), or reads back what Stripe did with it, and
   * records the result. `firstAttempt` skips reading Stripe's list for a refund just made.
   */
  async settle(refundId: string, options: { firstAttempt?: boolean } = {}): Promise<RefundOutcome> {
    return this.dataSource.transaction(async (manager) => {
      const rows: { id: string }[] = await manager.query(
        `SELECT id FROM refunds WHERE id = $1 AND status = 'pending' FOR UPDATE SKIP LOCKED`,
        [refundId],
      );
      if (rows.length === 0) return 'busy';
      return this.settleLocked(manager, refundId, options.firstAttempt ?? false);
    });
  }

  private async settleLocked(
    manager: EntityManager,
    refundId: string,
    firstAttempt: boolean,
  ): Promise<RefundOutcome> {
    const refunds = manager.getRepository(RefundEntity);
    const refund = await refunds.findOneByOrFail({ id: refundId });
    const payment = await manager
      .getRepository(PaymentEntity)
      .findOneBy({ orderId: refund.orderId, status: 'succeeded' });
    const touch = () => refunds.update({ id: refund.id }, { updatedAt: new Date() });
    if (!payment?.paymentIntentId) {
      this.logger.error(`Refund ${refund.id} has no succeeded payment to refund; left pending`);
      await touch();
      return 'unknown';
    }
    let found: Stripe.Refund | null;
    try {
      found = refund.stripeRefundId
        ? await this.stripe.refunds.retrieve(refund.stripeRefundId)
        : firstAttempt
          ? null
          : await this.findAtStripe(payment.paymentIntentId, refund.id);
    } catch (error) {
      this.logger.warn(`Refund ${refund.id} could not be read back: ${describeStripeError(error)}`);
      await touch();
      return 'unknown';
    }
    let stripeRefund: Stripe.Refund;
    if (found) {
      stripeRefund = found;
    } else {
      try {
        stripeRefund = await this.create(refund, payment.paymentIntentId);
      } catch (error) {
        const reason = describeStripeError(error);
        if (isDefiniteRefusal(error)) {
          this.logger.warn(`Stripe refused refund ${refund.id}: ${reason}`);
          await refunds.update(
            { id: refund.id, status: 'pending' },
            { status: 'failed', updatedAt: new Date() },
          );
          return 'failed';
        }
        this.logger.warn(`Refund ${refund.id} sent, outcome unknown, left pending: ${reason}`);
        await touch();
        return 'unknown';
      }
    }
    await refunds.update(
      { id: refund.id, stripeRefundId: IsNull() },
      { stripeRefundId: stripeRefund.id },
    );
    await this.confirmation.apply(manager, stripeRefund);
    const after = await refunds.findOneByOrFail({ id: refund.id });
    if (after.status === 'pending') {
      await touch();
      return 'pending';
    }
    return after.status;
  }

  private create(refund: RefundEntity, paymentIntentId: string): Promise<Stripe.Refund> {
    return this.stripe.refunds.create(
      {
        payment_intent: paymentIntentId,
        amount: refund.amount,
        reason: 'requested_by_customer',
        metadata: { refundId: refund.id, orderId: refund.orderId, subOrderId: refund.subOrderId },
      },
      { idempotencyKey: refundIdempotencyKey(refund.id) },
    );
  }

  /** Stripe's refund made for this one of ours, found by the id in its metadata. */
  private async findAtStripe(
    paymentIntentId: string,
    refundId: string,
  ): Promise<Stripe.Refund | null> {
    let startingAfter: string | undefined;
    for (;;) {
      const page = await this.stripe.refunds.list({
        payment_intent: paymentIntentId,
        limit: LIST_PAGE,
        ...(startingAfter ? { starting_after: startingAfter } : {}),
      });
      const match = page.data.find((candidate) => candidate.metadata?.refundId === refundId);
      if (match) return match;
      if (!page.has_more || page.data.length === 0) return null;
      startingAfter = page.data[page.data.length - 1].id;
    }
  }
}
