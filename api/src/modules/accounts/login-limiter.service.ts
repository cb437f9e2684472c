import { createHash } from 'node:crypto';
import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { normalizeIp } from '@nestjs/throttler';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/configuration';
import { ApiException } from '../../common/filters/api-exception.filter';
import { RateLimitStore } from '../../common/rate-limit/rate-limit.store';
import { LoginFailureEntity } from './entities/login-failure.entity';

/** 429 with the seconds to wait, sent as Retry-After. */
export class TooManyLoginAttemptsException extends ApiException {
  constructor(retryAfterSeconds: number) {
    super(
      HttpStatus.TOO_MANY_REQUESTS,
      'rate_limited',
      `Too many failed sign-ins; try again in ${Math.ceil(retryAfterSeconds / 60)} minute(s)`,
      {},
      retryAfterSeconds,
    );
  }
}

/** The slots one sign-in attempt holds until its password is checked. */
export interface LoginAttempt {
  email: string;
  ip: string;
  keys: { accountAtAddress: string; address: string; account: string };
}

/**
 * Limits password guessing without letting anyone lock others out:
 *
 * - per (account, client address): LOGIN_MAX_FAILURES_PER_ACCOUNT failures per window. The
 *   lock holds only for the address that failed, so an attacker cannot lock the owner out;
 * - per client address, across accounts: LOGIN_MAX_FAILURES_PER_IP failures per window. It
 *   slows that address down and no other (the address comes from TRUST_PROXY, so behind a
 *   proxy it is the shopper's, not the proxy's);
 * - per account, across addresses: past LOGIN_MAX_FAILURES_PER_ACCOUNT_TOTAL failures per
 *   window, an address that has already failed on the account is refused, while one that has
 *   not may still try once. Guessing from many addresses gets that total plus one try per
 *   new address, not the per-pair allowance times the addresses; the owner, signing in from
 *   an address of their own, is never refused.
 *
 * Each attempt reserves a slot in both counters before the password is checked, with one
 * atomic increment each (see RateLimitStore.hit); an attempt that finds a counter past its
 * limit is refused without a check and gives its slots back. A failed check keeps its slots;
 * a correct password frees the pair's counter and gives back its address slot. So however
 * many attempts arrive at once, at most the allowed number of passwords are checked.
 */
@Injectable()
export class LoginLimiterService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly counters: RateLimitStore,
  ) {}

  /** Takes a slot for one password check, or throws 429 when this client may not try now. */
  async reserve(email: string, rawIp: string): Promise<LoginAttempt> {
    const { perAccount, perIp, perAccountTotal, windowMinutes } = this.config.loginLimits;
    const ip = normalizeIp(rawIp);
    const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
    const keys = {
      address: `login:address:${ip}`,
      accountAtAddress: `login:account-address:${sha256(`${email}\n${ip}`)}`,
      account: `login:account:${sha256(email)}`,
    };
    const windowMs = windowMinutes * 60_000;
    const taken: string[] = [];
    let wait = 0;
    let pairHits = 0;
    for (const [key, limit] of [
      [keys.address, perIp],
      [keys.accountAtAddress, perAccount],
      [keys.account, perAccountTotal],
    ] as const) {
      const { hits, secondsLeft } = await this.counters.hit(key, windowMs, limit, 0);
      taken.push(key);
      if (key === keys.accountAtAddress) pairHits = hits;
      // Past the account's total, only an address with no failure on it yet may try.
      const over = key === keys.account ? hits > limit && pairHits > 1 : hits > limit;
      if (over) {
        wait = secondsLeft;
        break;
      }
    }
    if (wait > 0) {
      await Promise.all(taken.map((key) => this.counters.release(key)));
      throw new TooManyLoginAttemptsException(wait);
    }
    return { email, ip, keys };
  }

  /** The password was wrong: the slots stay taken; the failure is kept for the record. */
  async recordFailure(attempt: LoginAttempt): Promise<void> {
    await this.dataSource
      .getRepository(LoginFailureEntity)
      .insert({ email: attempt.email, ip: attempt.ip });
    await this.dataSource.query(
      `DELETE FROM login_failures WHERE failed_at < now() - make_interval(mins => $1)`,
      [this.config.loginLimits.windowMinutes * 4],
    );
  }

  /**
   * The password was right: this pair starts afresh, and the address and the account get
   * back the slot of this attempt (not the failures of others).
   */
  async recordSuccess(attempt: LoginAttempt): Promise<void> {
    await this.counters.clear(attempt.keys.accountAtAddress);
    await this.counters.release(attempt.keys.address);
    await this.counters.release(attempt.keys.account);
  }
}
