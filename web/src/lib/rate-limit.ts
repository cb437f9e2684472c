import { isApiError } from './api-client';

/**
 * How long a rate-limited reader should wait, as a text says it: in seconds under a minute,
 * else in whole minutes (rounded up), or "later" when the answer did not say. A feature words
 * it with three texts named after `unit`, e.g. `t(\`errors.rateLimited${wait.unit}\`,
 * wait.values)` with `rateLimitedSeconds`, `rateLimitedMinutes` (both plural, `{{count}}`)
 * and `rateLimitedLater`.
 */
export interface RetryWait {
  unit: 'Seconds' | 'Minutes' | 'Later';
  values: { count: number } | undefined;
}

/** The wait a Retry-After of `seconds` asks for (null or 0: the answer did not say). */
export function retryWait(seconds: number | null): RetryWait {
  if (seconds === null || seconds <= 0) return { unit: 'Later', values: undefined };
  if (seconds < 60) return { unit: 'Seconds', values: { count: seconds } };
  return { unit: 'Minutes', values: { count: Math.ceil(seconds / 60) } };
}

/**
 * The wait of a 429 for going over a rate limit (code `rate_limited`, or no code at all, as a
 * proxy in front of the API would answer); null for any other error, including a 429 with
 * another code (such as a checkout refused for too many open orders).
 */
export function rateLimitWait(error: unknown): RetryWait | null {
  if (!isApiError(error) || error.kind !== 'http' || error.status !== 429) return null;
  const code = error.body?.code;
  if (code !== undefined && code !== 'rate_limited') return null;
  return retryWait(error.retryAfterSeconds);
}
