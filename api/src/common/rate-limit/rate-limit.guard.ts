import {
  applyDecorators,
  ExecutionContext,
  HttpStatus,
  Injectable,
  UseGuards,
} from '@nestjs/common';
import { SetMetadata } from '@nestjs/common';
import { ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { ThrottlerGuard, type ThrottlerLimitDetail } from '@nestjs/throttler';
import { ApiException } from '../filters/api-exception.filter';

/** The limits a route can take, each a RATE_LIMIT_* setting. */
export const RATE_LIMITS = [
  'checkout-ip',
  'guest-checkout-ip',
  'checkout-email',
  'cart-ip',
  'register-ip',
] as const;
export type RateLimitName = (typeof RATE_LIMITS)[number];

const ROUTE_LIMITS = 'hirfa:rate-limits';

/** The limits this handler (or its controller) asked for with @RateLimit. */
export function limitsOf(context: ExecutionContext): readonly RateLimitName[] {
  return (
    Reflect.getMetadata(ROUTE_LIMITS, context.getHandler()) ??
    Reflect.getMetadata(ROUTE_LIMITS, context.getClass()) ??
    []
  );
}

/** Over the limit: 429 with Retry-After and the stable code `rate_limited`. */
@Injectable()
export class RateLimitGuard extends ThrottlerGuard {
  protected override async throwThrottlingException(
    _context: ExecutionContext,
    detail: ThrottlerLimitDetail,
  ): Promise<void> {
    const seconds = Math.max(1, detail.timeToBlockExpire);
    throw new ApiException(
      HttpStatus.TOO_MANY_REQUESTS,
      'rate_limited',
      `Too many requests; try again in ${Math.ceil(seconds / 60)} minute(s)`,
      {},
      seconds,
    );
  }
}

/**
 * Counts each request to this route against the named limits, shared by every API process.
 * Put it above @GuestOrSignedIn() so that the session is known when the guest limit is checked.
 */
export function RateLimit(...names: RateLimitName[]) {
  return applyDecorators(
    SetMetadata(ROUTE_LIMITS, names),
    UseGuards(RateLimitGuard),
    ApiTooManyRequestsResponse({
      description: 'Too many requests from this address (or to this email); see Retry-After',
    }),
  );
}
