import { HttpStatus, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { HealthStatus } from '@hirfa/shared';
import { ApiException } from '../../common/filters/api-exception.filter';
import {
  SERVICE_UNAVAILABLE_CODE,
  SERVICE_UNAVAILABLE_RETRY_SECONDS,
} from '../../common/filters/connection-errors';

const PING_TIMEOUT_MS = 2000;

@Injectable()
export class HealthService {
  private readonly logger = new Logger(HealthService.name);

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async check(): Promise<HealthStatus> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('database ping timed out')), PING_TIMEOUT_MS);
    });
    try {
      await Promise.race([this.dataSource.query('SELECT 1'), timeout]);
      return { status: 'ok', database: 'up' };
    } catch (error) {
      this.logger.warn(`Health check failed: ${(error as Error).message}`);
      throw new ApiException(
        HttpStatus.SERVICE_UNAVAILABLE,
        SERVICE_UNAVAILABLE_CODE,
        'The database is not answering',
        {},
        SERVICE_UNAVAILABLE_RETRY_SECONDS,
      );
    } finally {
      clearTimeout(timer);
    }
  }
}
