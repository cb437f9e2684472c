import { HttpException, HttpStatus, Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/configuration';
import { LoginFailureEntity } from './entities/login-failure.entity';

/** 429 with the seconds to wait, sent as Retry-After by the controller. */
export class TooManyLoginAttemptsException extends HttpException {
  constructor(readonly retryAfterSeconds: number) {
    super(
      `Too many failed sign-ins; try again in ${Math.ceil(retryAfterSeconds / 60)} minute(s)`,
      HttpStatus.TOO_MANY_REQUESTS,
    );
  }
}

/**
 * Counts failed sign-ins per account and per IP address in a sliding window, in PostgreSQL
 * so that every API instance sees the same counts.
 */
@Injectable()
export class LoginLimiterService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async assertAllowed(email: string, ip: string): Promise<void> {
    const { perAccount, perIp, windowMinutes } = this.config.loginLimits;
    const [row] = await this.dataSource.query(
      `SELECT count(*) FILTER (WHERE email = $1)::int AS by_email,
              count(*) FILTER (WHERE ip = $2)::int AS by_ip,
              extract(epoch FROM min(failed_at) FILTER (WHERE email = $1)
                + make_interval(mins => $3) - now())::int AS email_wait,
              extract(epoch FROM min(failed_at) FILTER (WHERE ip = $2)
                + make_interval(mins => $3) - now())::int AS ip_wait
         FROM login_failures
        WHERE failed_at > now() - make_interval(mins => $3) AND (email = $1 OR ip = $2)`,
      [email, ip, windowMinutes],
    );
    const waits: number[] = [];
    if (row.by_email >= perAccount) waits.push(row.email_wait);
    if (row.by_ip >= perIp) waits.push(row.ip_wait);
    if (waits.length > 0) throw new TooManyLoginAttemptsException(Math.max(1, ...waits));
  }

  async recordFailure(email: string, ip: string): Promise<void> {
    await this.dataSource.getRepository(LoginFailureEntity).insert({ email, ip });
    await this.dataSource.query(
      `DELETE FROM login_failures WHERE failed_at < now() - make_interval(mins => $1)`,
      [this.config.loginLimits.windowMinutes * 4],
    );
  }

  async clearAccount(email: string): Promise<void> {
    await this.dataSource.getRepository(LoginFailureEntity).delete({ email });
  }
}
