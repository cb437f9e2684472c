import type { OutboxEmailStatus } from './entities/outbox-email.entity';

/** After this many failed attempts an email is marked failed and left for a person to look at. */
export const MAX_SEND_ATTEMPTS = 5;

const FIRST_RETRY_DELAY_SECONDS = 60;

/** Exponential backoff: 1, 2, 4 then 8 minutes after the first, second, third, fourth failure. */
export function retryDelaySeconds(failedAttempts: number): number {
  return FIRST_RETRY_DELAY_SECONDS * 2 ** Math.max(0, failedAttempts - 1);
}

export type AfterFailure =
  | { status: Extract<OutboxEmailStatus, 'failed'> }
  | { status: Extract<OutboxEmailStatus, 'pending'>; retryInSeconds: number };

export function afterFailedAttempt(attempts: number): AfterFailure {
  return attempts >= MAX_SEND_ATTEMPTS
    ? { status: 'failed' }
    : { status: 'pending', retryInSeconds: retryDelaySeconds(attempts) };
}
