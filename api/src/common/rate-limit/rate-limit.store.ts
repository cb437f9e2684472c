import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ThrottlerStorage } from '@nestjs/throttler';
import { DataSource } from 'typeorm';

/** One counter after a hit: how many in its window, and the seconds until the window ends. */
export interface RateLimitCount {
  hits: number;
  secondsLeft: number;
}

type ThrottlerStorageRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;

const CLEANUP_EVERY_MS = 60_000;

/**
 * Rate-limit counters in PostgreSQL (`rate_limit_hits`), so that every API process counts
 * together. Counting and reading the count is one `INSERT … ON CONFLICT DO UPDATE … RETURNING`:
 * the row lock orders concurrent hits, each sees its own total, and no two requests can both
 * pass as the last one allowed. Fixed windows: the first hit opens one for `ttl`; once a key
 * goes over its limit the window is stretched to end `blockDuration` after that hit.
 */
@Injectable()
export class RateLimitStore implements ThrottlerStorage {
  private lastCleanup = 0;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The throttler's entry point; `ttl` and `blockDuration` are in milliseconds. */
  async increment(
    key: string,
    ttl: number,
    limit: number,
    blockDuration: number,
  ): Promise<ThrottlerStorageRecord> {
    const { hits, secondsLeft } = await this.hit(key, ttl, limit, blockDuration);
    const isBlocked = hits > limit;
    return {
      totalHits: hits,
      timeToExpire: secondsLeft,
      isBlocked,
      timeToBlockExpire: isBlocked ? secondsLeft : 0,
    };
  }

  /** Counts one hit on `key` and returns the new total of its window. */
  async hit(
    key: string,
    windowMs: number,
    limit: number,
    blockMs: number = windowMs,
  ): Promise<RateLimitCount> {
    this.cleanupNowAndThen();
    const [row] = await this.dataSource.query(
      `INSERT INTO rate_limit_hits AS r (key, hits, expires_at)
       VALUES ($1, 1, now() + make_interval(secs => $2::float8 / 1000))
       ON CONFLICT (key) DO UPDATE SET
         hits = CASE WHEN r.expires_at <= now() THEN 1 ELSE r.hits + 1 END,
         expires_at = CASE
           WHEN r.expires_at <= now() THEN excluded.expires_at
           WHEN r.hits = $3::int
             THEN greatest(r.expires_at, now() + make_interval(secs => $4::float8 / 1000))
           ELSE r.expires_at
         END
       RETURNING hits,
         -- A statement that waited for the row's lock has an earlier now() than the one that
         -- set expires_at: never announce more than the longest wait there can be.
         least(
           ceil(greatest($2::float8, $4::float8) / 1000),
           greatest(1, ceil(extract(epoch FROM expires_at - now())))
         )::int AS seconds_left`,
      [key, windowMs, limit, blockMs],
    );
    return { hits: Number(row.hits), secondsLeft: Number(row.seconds_left) };
  }

  /** Gives back one hit of the current window (a reserved attempt that turned out fine). */
  async release(key: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE rate_limit_hits SET hits = hits - 1
        WHERE key = $1 AND hits > 0 AND expires_at > now()`,
      [key],
    );
  }

  /** Forgets a counter altogether. */
  async clear(key: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM rate_limit_hits WHERE key = $1`, [key]);
  }

  /** Expired counters are deleted at most once a minute per process, off the request's path. */
  private cleanupNowAndThen(): void {
    const now = Date.now();
    if (now - this.lastCleanup < CLEANUP_EVERY_MS) return;
    this.lastCleanup = now;
    this.deleteExpired().catch(() => {
      // A failed cleanup is retried a minute later; the counters stay correct meanwhile.
    });
  }

  /** Deletes the counters whose window ended more than a minute ago. */
  async deleteExpired(): Promise<void> {
    await this.dataSource.query(
      `DELETE FROM rate_limit_hits WHERE expires_at <= now() - interval '1 minute'`,
    );
  }
}
