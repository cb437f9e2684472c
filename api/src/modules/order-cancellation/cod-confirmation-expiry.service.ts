import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/configuration';
import { OrderTransitionsService, SYSTEM_ACTOR } from '../orders/order-transitions.service';
import { CancellationEmailsService } from './cancellation-emails.service';
import { lockProductsOf } from './lock-products';
import { PeriodicTask } from '../../common/jobs/periodic-task';

/** Orders looked at per sweep; the next sweep takes the rest. */
const SWEEP_BATCH = 100;

export interface CodExpirySweepResult {
  /** Ids of the sub-orders this sweep cancelled. */
  cancelled: string[];
  /** Orders that failed (logged) and are left for the next sweep. */
  failed: string[];
}

/**
 * Cash-on-delivery parts nobody confirmed within COD_CONFIRMATION_HOURS are cancelled by the
 * system and their stock returned, so an order no one will collect cannot hold a piece for
 * good. Several API processes may sweep at once: each order is handled in its own transaction
 * that takes its overdue parts with `FOR UPDATE SKIP LOCKED`, so a part is cancelled by one
 * sweep only, and a part a person is cancelling or confirming right now is left alone.
 */
@Injectable()
export class CodConfirmationExpiryService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(CodConfirmationExpiryService.name);
  private readonly sweep = new PeriodicTask('COD expiry sweep', this.logger, () =>
    this.expireUnconfirmed(new Date()),
  );

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly transitions: OrderTransitionsService,
    private readonly emails: CancellationEmailsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    // Paced like the sweep of unpaid card orders (ORDER_EXPIRY_SWEEP_SECONDS; 0 turns it off).
    this.sweep.start(this.config.orderExpirySweepSeconds);
  }

  async onModuleDestroy(): Promise<void> {
    await this.sweep.stop();
  }

  async expireUnconfirmed(now: Date): Promise<CodExpirySweepResult> {
    const hours = this.config.codConfirmationHours;
    const cutoff = new Date(now.getTime() - hours * 3_600_000);
    const overdue: { order_id: string }[] = await this.dataSource.query(
      `SELECT DISTINCT order_id FROM (
         SELECT s.order_id FROM sub_orders s
          WHERE s.status = 'placed' AND s.created_at <= $1
          ORDER BY s.created_at, s.id LIMIT $2) oldest`,
      [cutoff, SWEEP_BATCH],
    );
    const result: CodExpirySweepResult = { cancelled: [], failed: [] };
    for (const { order_id: orderId } of overdue) {
      try {
        result.cancelled.push(...(await this.expireOrder(orderId, cutoff, hours)));
      } catch (error) {
        this.logger.error(`Order ${orderId} left for the next COD expiry sweep: ${error}`);
        result.failed.push(orderId);
      }
    }
    return result;
  }

  private expireOrder(orderId: string, cutoff: Date, hours: number): Promise<string[]> {
    return this.dataSource.transaction(async (manager) => {
      const parts: { id: string }[] = await manager.query(
        `SELECT s.id FROM sub_orders s JOIN orders o ON o.id = s.order_id
          WHERE s.order_id = $1 AND o.payment_method = 'cod'
            AND s.status = 'placed' AND s.created_at <= $2
          ORDER BY s.id
          FOR UPDATE OF s SKIP LOCKED`,
        [orderId, cutoff],
      );
      if (parts.length === 0) return [];
      const ids = parts.map((part) => part.id);
      await lockProductsOf(manager, ids);
      const moved = await this.transitions.transitionAll(manager, ids, 'cancelled', SYSTEM_ACTOR, {
        onlyFrom: ['placed'],
        note: `Not confirmed within ${hours} hours`,
      });
      const cancelled = moved.map((subOrder) => subOrder.id);
      await this.emails.queue(manager, orderId, cancelled, 'system', null);
      return cancelled;
    });
  }
}
