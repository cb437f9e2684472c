import { Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/configuration';
import { LocalMediaStorage } from './local-media-storage';
import { MEDIA_STORAGE, type MediaStorage } from './media-storage';
import { S3MediaStorage } from './s3-media-storage';

export function createMediaStorage(config: AppConfig): MediaStorage {
  const settings = config.mediaStorage;
  return settings.kind === 's3'
    ? new S3MediaStorage(settings)
    : new LocalMediaStorage(settings.directory, settings.publicPath);
}

/** Provides MEDIA_STORAGE: local files by default, an S3-compatible bucket when configured. */
@Module({
  providers: [{ provide: MEDIA_STORAGE, inject: [APP_CONFIG], useFactory: createMediaStorage }],
  exports: [MEDIA_STORAGE],
})
export class MediaStorageModule {}
