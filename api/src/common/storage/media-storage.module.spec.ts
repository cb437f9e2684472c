import { ConfigurationError, loadConfig } from '../../config/configuration';
import { LocalMediaStorage } from './local-media-storage';
import { createMediaStorage } from './media-storage.module';
import { S3MediaStorage } from './s3-media-storage';

describe('media storage selection', () => {
  it('keeps photos in MEDIA_DIR by default', () => {
    const config = loadConfig({ DATA_DIR: '/tmp/hirfa-data' });
    expect(config.mediaStorage).toEqual({
      kind: 'local',
      directory: '/tmp/hirfa-data/media',
      publicPath: '/media',
    });
    expect(createMediaStorage(config)).toBeInstanceOf(LocalMediaStorage);
  });

  it('uses the bucket when S3_BUCKET is set, with defaults for the rest', () => {
    const config = loadConfig({
      S3_BUCKET: 'hirfa-media',
      S3_ACCESS_KEY_ID: 'key',
      S3_SECRET_ACCESS_KEY: 'secret',
      S3_REGION: 'eu-west-3',
    });
    expect(config.mediaStorage).toEqual({
      kind: 's3',
      bucket: 'hirfa-media',
      endpoint: 'https://s3.eu-west-3.amazonaws.com',
      region: 'eu-west-3',
      accessKeyId: 'key',
      secretAccessKey: 'secret',
      publicUrl: 'https://s3.eu-west-3.amazonaws.com/hirfa-media',
    });
    expect(createMediaStorage(config)).toBeInstanceOf(S3MediaStorage);
  });

  it('takes an S3-compatible endpoint and a public URL (CDN)', () => {
    const config = loadConfig({
      S3_BUCKET: 'hirfa-media',
      S3_ENDPOINT: 'http://127.0.0.1:9000/',
      S3_ACCESS_KEY_ID: 'key',
      S3_SECRET_ACCESS_KEY: 'secret',
      S3_PUBLIC_URL: 'https://cdn.hirfa.ma/media/',
    });
    expect(config.mediaStorage).toMatchObject({
      endpoint: 'http://127.0.0.1:9000',
      region: 'us-east-1',
      publicUrl: 'https://cdn.hirfa.ma/media',
    });
  });

  it('fails fast on half an S3 configuration', () => {
    expect(() => loadConfig({ S3_BUCKET: 'hirfa-media' })).toThrow(
      /S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY are required/,
    );
    expect(() => loadConfig({ S3_ENDPOINT: 'https://s3.example.com' })).toThrow(
      /S3_ENDPOINT set without S3_BUCKET/,
    );
    expect(() =>
      loadConfig({ S3_BUCKET: 'Bad_Bucket', S3_ACCESS_KEY_ID: 'k', S3_SECRET_ACCESS_KEY: 's' }),
    ).toThrow(ConfigurationError);
    expect(() =>
      loadConfig({
        S3_BUCKET: 'hirfa-media',
        S3_ENDPOINT: 'ftp://example.com',
        S3_ACCESS_KEY_ID: 'k',
        S3_SECRET_ACCESS_KEY: 's',
      }),
    ).toThrow(/S3_ENDPOINT must be an http\(s\) URL/);
  });
});
