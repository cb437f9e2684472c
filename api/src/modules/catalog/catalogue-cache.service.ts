import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/configuration';

interface Entry<T> {
  value: T;
  expiresAt: number;
}

/**
 * Keeps recent catalogue answers in memory. Every write to products, images, sellers or
 * members moves the `catalogue_version` sequence (database triggers), and answers are
 * keyed by that version, so a change made anywhere, by any instance, is seen at once. The
 * time limit only bounds a rare race (a read between a write and its commit).
 */
@Injectable()
export class CatalogueCacheService {
  private readonly entries = new Map<string, Entry<unknown>>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get enabled(): boolean {
    return this.config.catalogueCache.seconds > 0;
  }

  async getOrCompute<T>(key: string, compute: () => Promise<T>): Promise<T> {
    if (!this.enabled) return compute();
    const [{ version }] = await this.dataSource.query(
      'SELECT last_value::text AS version FROM catalogue_version',
    );
    const versionedKey = `${version}:${key}`;
    const now = Date.now();
    const cached = this.entries.get(versionedKey);
    if (cached && cached.expiresAt > now) {
      // Re-inserting keeps the Map in least-recently-used order.
      this.entries.delete(versionedKey);
      this.entries.set(versionedKey, cached);
      return cached.value as T;
    }
    const value = await compute();
    this.entries.set(versionedKey, {
      value,
      expiresAt: now + this.config.catalogueCache.seconds * 1000,
    });
    while (this.entries.size > this.config.catalogueCache.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
    return value;
  }
}
