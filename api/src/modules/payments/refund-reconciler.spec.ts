import Stripe from 'stripe';
import { loadConfig } from '../../config/configuration';
import { isDefiniteRefusal, refundIdempotencyKey } from './refund-reconciler.service';

type RawError = ConstructorParameters<typeof Stripe.errors.StripeAPIError>[0];

const raw = (statusCode: number, type: string, code?: string): RawError =>
  ({ message: 'x', type, code, statusCode, headers: {}, requestId: 'req_1' }) as RawError;

describe('which Stripe errors mean a refund was not made', () => {
  it('takes only a card or invalid-request error (4xx) as a refusal', () => {
    expect(
      isDefiniteRefusal(
        new Stripe.errors.StripeInvalidRequestError(
          raw(400, 'invalid_request_error', 'charge_already_refunded'),
        ),
      ),
    ).toBe(true);
    expect(
      isDefiniteRefusal(new Stripe.errors.StripeCardError(raw(402, 'card_error', 'card_declined'))),
    ).toBe(true);
    expect(
      isDefiniteRefusal(
        new Stripe.errors.StripeInvalidRequestError(raw(404, 'invalid_request_error')),
      ),
    ).toBe(true);
  });

  it('takes timeouts, dropped connections, 5xx, rate limits and conflicts as unknown', () => {
    const unknown = [
      new Stripe.errors.StripeConnectionError({ message: 'timeout', type: 'api_error' }),
      new Stripe.errors.StripeAPIError(raw(500, 'api_error')),
      new Stripe.errors.StripeRateLimitError(raw(429, 'invalid_request_error', 'rate_limit')),
      new Stripe.errors.StripeIdempotencyError(raw(400, 'idempotency_error')),
      new Stripe.errors.StripeInvalidRequestError(raw(409, 'invalid_request_error')),
      new Stripe.errors.StripeAuthenticationError(raw(401, 'invalid_request_error')),
      new Error('socket hang up'),
      'ECONNRESET',
    ];
    for (const error of unknown) expect(isDefiniteRefusal(error)).toBe(false);
  });

  it('derives the idempotency key from the refund id alone', () => {
    const id = '6f1c2d3e-0000-4000-8000-000000000001';
    expect(refundIdempotencyKey(id)).toBe(`hirfa-refund-${id}`);
    expect(refundIdempotencyKey(id)).toBe(refundIdempotencyKey(id));
  });
});

describe('refund and payout settings', () => {
  it('reconciles every 60 s by default, never under NODE_ENV=test unless asked', () => {
    expect(loadConfig({ NODE_ENV: 'development' }).refundReconcileSeconds).toBe(60);
    expect(loadConfig({ NODE_ENV: 'test' }).refundReconcileSeconds).toBe(0);
    expect(
      loadConfig({ NODE_ENV: 'test', REFUND_RECONCILE_SECONDS: '5' }).refundReconcileSeconds,
    ).toBe(5);
  });

  it('holds payouts 7 days by default and reads PAYOUT_HOLD_DAYS', () => {
    expect(loadConfig({ NODE_ENV: 'development' }).payoutHoldDays).toBe(7);
    expect(loadConfig({ NODE_ENV: 'development', PAYOUT_HOLD_DAYS: '0' }).payoutHoldDays).toBe(0);
  });

  it('refuses values out of range, naming them', () => {
    expect(() => loadConfig({ NODE_ENV: 'development', PAYOUT_HOLD_DAYS: '-1' })).toThrow(
      /PAYOUT_HOLD_DAYS/,
    );
    expect(() => loadConfig({ NODE_ENV: 'development', PAYOUT_HOLD_DAYS: 'week' })).toThrow(
      /PAYOUT_HOLD_DAYS/,
    );
    expect(() => loadConfig({ NODE_ENV: 'development', REFUND_RECONCILE_SECONDS: '3601' })).toThrow(
      /REFUND_RECONCILE_SECONDS/,
    );
  });
});
