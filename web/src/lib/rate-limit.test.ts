import { describe, expect, it } from 'vitest';
import { ApiError } from './api-client';
import { rateLimitWait, retryWait } from './rate-limit';

const refusal = (status: number, code: string | undefined, retryAfter: number | null) =>
  new ApiError(
    'http',
    status,
    'Too many requests',
    { statusCode: status, error: 'Too Many Requests', message: 'Too many requests', code },
    retryAfter,
  );

describe('retryWait', () => {
  it('counts seconds under a minute, then whole minutes rounded up', () => {
    expect(retryWait(1)).toEqual({ unit: 'Seconds', values: { count: 1 } });
    expect(retryWait(59)).toEqual({ unit: 'Seconds', values: { count: 59 } });
    expect(retryWait(60)).toEqual({ unit: 'Minutes', values: { count: 1 } });
    expect(retryWait(61)).toEqual({ unit: 'Minutes', values: { count: 2 } });
    expect(retryWait(3600)).toEqual({ unit: 'Minutes', values: { count: 60 } });
  });

  it('says "later" when the answer gave no wait', () => {
    expect(retryWait(null)).toEqual({ unit: 'Later', values: undefined });
    expect(retryWait(0)).toEqual({ unit: 'Later', values: undefined });
  });
});

describe('rateLimitWait', () => {
  it('reads the wait of a 429 rate_limited, or of a 429 without a code', () => {
    expect(rateLimitWait(refusal(429, 'rate_limited', 95))).toEqual({
      unit: 'Minutes',
      values: { count: 2 },
    });
    expect(rateLimitWait(refusal(429, undefined, null))).toEqual({
      unit: 'Later',
      values: undefined,
    });
    expect(rateLimitWait(new ApiError('http', 429, 'Too Many Requests', null, 5))).toEqual({
      unit: 'Seconds',
      values: { count: 5 },
    });
  });

  it('leaves alone other errors and 429s with another code', () => {
    expect(rateLimitWait(refusal(429, 'checkout.too_many_open_orders', 60))).toBeNull();
    expect(rateLimitWait(refusal(409, 'rate_limited', 60))).toBeNull();
    expect(rateLimitWait(new ApiError('network', 0, 'offline'))).toBeNull();
    expect(rateLimitWait(new Error('boom'))).toBeNull();
  });
});
