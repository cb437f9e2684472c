import { eventually } from './buying';
import type { TestApp } from './test-app';

/**
 * Waits until at least `count` sessions on the test's database are waiting for a lock (a
 * row held by another transaction, or a key another transaction is inserting), so that a
 * test knows its concurrent requests are all inside their transactions and stuck, rather
 * than sleeping and hoping they got there. Returns how many were waiting.
 */
export async function lockWaiters(t: TestApp, count: number, timeoutMs = 10_000): Promise<number> {
  return eventually(
    async () => {
      const [{ waiting }]: { waiting: number }[] = await t.dataSource.query(
        `SELECT count(*)::int AS waiting FROM pg_stat_activity
          WHERE datname = current_database() AND wait_event_type = 'Lock'`,
      );
      return waiting;
    },
    (waiting) => waiting >= count,
    timeoutMs,
  );
}
