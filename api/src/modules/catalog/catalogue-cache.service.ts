import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/configuration';
import { ByteBoundedCache } from './byte-bounded-cache';

/**
 * Keeps recent catalogue answers in memory. Every write to products, images, sellers or
 * members moves the `catalogue_version` sequence (database triggers), and answers are
 * keyed by that version, so a change made anywhere, by any instance, is seen at once. The
 * time limit only bounds a rare race (a read between a write and its commit). Memory is
 * bounded by CATALOGUE_CACHE_MAX_BYTES (serialised size) and CATALOGUE_CACHE_ENTRIES, least
 * recently used first out, so no run of distinct queries can grow the process without end.
 */
@Injectable()
export class CatalogueCacheService {
  private readonly entries: ByteBoundedCache<unknown>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.entries = new ByteBoundedCache(config.catalogueCache);
  }

  get enabled(): boolean {
    return this.config.catalogueCache.seconds > 0;
  }

  /** Entries held and the bytes they count for. */
  get usage(): { entries: number; bytes: number } {
    return { entries: this.entries.size, bytes: this.entries.totalBytes };
  }

  async getOrCompute<T>(key: string, compute: () => Promise<T>): Promise<T> {
    if (!this.enabled) return compute();
    const [{ version }] = await this.dataSource.query(
      'SELECT last_value::text AS version FROM catalogue_version',
    );
    const versionedKey = `${version}:${key}`;
    const cached = this.entries.get(versionedKey);
    if (cached !== undefined) return cached as T;
    const value = await compute();
    this.entries.set(versionedKey, value, this.config.catalogueCache.seconds * 1000);
    return value;
  }
}
