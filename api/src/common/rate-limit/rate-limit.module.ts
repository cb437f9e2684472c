import { createHash } from 'node:crypto';
import { Global, Module, type ExecutionContext } from '@nestjs/common';
import { normalizeIp, ThrottlerModule, type ThrottlerOptions } from '@nestjs/throttler';
import type { Request } from 'express';
import { APP_CONFIG, type AppConfig } from '../../config/configuration';
import type { RateLimitSetting } from '../../config/limit-settings';
import { limitsOf, type RateLimitName } from './rate-limit.guard';
import { RateLimitStore } from './rate-limit.store';

type LimitedRequest = Request & { user?: unknown };

const requestOf = (context: ExecutionContext) =>
  context.switchToHttp().getRequest<LimitedRequest>();

/** The client's address (from X-Forwarded-For only as far as TRUST_PROXY allows). */
export const clientAddress = (request: Request): string =>
  normalizeIp(request.ip ?? request.socket.remoteAddress ?? 'unknown');

/** The order emails' recipient of a checkout body, as the checkout will store it. */
function recipientOf(request: Request): string | null {
  const email = (request.body as { email?: unknown } | undefined)?.email;
  if (typeof email !== 'string' || email.trim() === '') return null;
  return createHash('sha256').update(email.trim().toLowerCase()).digest('hex');
}

/** Holds the counters; global so the sign-in limiter uses the same table. */
@Global()
@Module({ providers: [RateLimitStore], exports: [RateLimitStore] })
export class RateLimitStoreModule {}

function throttlers(config: AppConfig): ThrottlerOptions[] {
  const limit = (
    name: RateLimitName,
    setting: RateLimitSetting,
    rest: Partial<ThrottlerOptions> & { skipAlsoIf?: (request: LimitedRequest) => boolean } = {},
  ): ThrottlerOptions => {
    const { skipAlsoIf, ...options } = rest;
    return {
      name,
      limit: setting.limit,
      ttl: setting.windowSeconds * 1000,
      skipIf: (context) =>
        !limitsOf(context).includes(name) || (skipAlsoIf?.(requestOf(context)) ?? false),
      ...options,
    };
  };
  const { rateLimits } = config;
  return [
    limit('checkout-ip', rateLimits.checkoutPerIp),
    // Set by OptionalSessionGuard, which runs first on the checkout route.
    limit('guest-checkout-ip', rateLimits.guestCheckoutPerIp, {
      skipAlsoIf: (request) => Boolean(request.user),
    }),
    limit('checkout-email', rateLimits.checkoutPerEmail, {
      skipAlsoIf: (request) => recipientOf(request) === null,
      getTracker: (request) => recipientOf(request as Request) ?? '',
    }),
    limit('cart-ip', rateLimits.cartPerIp),
    limit('register-ip', rateLimits.registerPerIp),
  ];
}

/**
 * @nestjs/throttler with its counters in PostgreSQL. Routes opt in with @RateLimit(...names);
 * every other route is left alone.
 */
@Module({
  imports: [
    RateLimitStoreModule,
    ThrottlerModule.forRootAsync({
      imports: [RateLimitStoreModule],
      inject: [APP_CONFIG, RateLimitStore],
      useFactory: (config: AppConfig, store: RateLimitStore) => ({
        throttlers: throttlers(config),
        storage: store,
        // Retry-After comes with the 429 itself; no per-limit headers on every answer.
        setHeaders: false,
        getTracker: (request) => clientAddress(request as Request),
        generateKey: (_context, tracker, name) => `throttle:${name}:${tracker}`,
      }),
    }),
  ],
})
export class RateLimitModule {}
