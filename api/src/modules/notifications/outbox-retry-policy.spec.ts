import { afterFailedAttempt, MAX_SEND_ATTEMPTS, retryDelaySeconds } from './outbox-retry-policy';

describe('outbox retry policy', () => {
  it('doubles the wait after each failure', () => {
    expect([1, 2, 3, 4].map(retryDelaySeconds)).toEqual([60, 120, 240, 480]);
  });

  it('retries until the fifth failed attempt, then gives up', () => {
    expect(MAX_SEND_ATTEMPTS).toBe(5);
    expect(afterFailedAttempt(1)).toEqual({ status: 'pending', retryInSeconds: 60 });
    expect(afterFailedAttempt(4)).toEqual({ status: 'pending', retryInSeconds: 480 });
    expect(afterFailedAttempt(5)).toEqual({ status: 'failed' });
    expect(afterFailedAttempt(6)).toEqual({ status: 'failed' });
  });
});
