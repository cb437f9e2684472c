import { sha256Hex, signRequest, type SigningCredentials } from './aws-signature-v4';
import { assertValidMediaKey, MediaStorageError, type MediaStorage } from './media-storage';

export interface S3Settings {
  /** Base URL of the S3 API; objects are addressed path-style: `<endpoint>/<bucket>/<key>`. */
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** Base URL the public reads objects from. */
  publicUrl: string;
}

const REQUEST_TIMEOUT_MS = 30_000;
// Keys are never reused for other content, so the photos can be cached for good.
const CACHE_CONTROL = 'public, max-age=31536000, immutable';

/** An S3-compatible bucket, spoken to with signed PUT and DELETE requests (no SDK). */
export class S3MediaStorage implements MediaStorage {
  private readonly credentials: SigningCredentials;

  constructor(
    private readonly settings: S3Settings,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.credentials = {
      accessKeyId: settings.accessKeyId,
      secretAccessKey: settings.secretAccessKey,
      region: settings.region,
      service: 's3',
    };
  }

  async put(key: string, bytes: Buffer, contentType: string): Promise<string> {
    assertValidMediaKey(key);
    await this.send('PUT', key, bytes, {
      'content-type': contentType,
      'cache-control': CACHE_CONTROL,
    });
    return `${this.settings.publicUrl}/${key}`;
  }

  async delete(key: string): Promise<void> {
    assertValidMediaKey(key);
    await this.send('DELETE', key);
  }

  private async send(
    method: 'PUT' | 'DELETE',
    key: string,
    body?: Buffer,
    headers: Record<string, string> = {},
  ): Promise<void> {
    const url = new URL(`${this.settings.endpoint}/${this.settings.bucket}/${key}`);
    const payload = body ?? Buffer.alloc(0);
    const signed = signRequest(
      { method, url, headers, payloadHash: sha256Hex(payload) },
      this.credentials,
      this.now(),
    );
    let response: Response;
    try {
      response = await fetch(url, {
        method,
        headers: signed,
        body: body ? new Uint8Array(body) : undefined,
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
    } catch (error) {
      throw new MediaStorageError(`S3 ${method} ${key} failed`, { cause: error });
    }
    const answer = await response.text().catch(() => '');
    // A missing object is already deleted.
    if (response.ok || (method === 'DELETE' && response.status === 404)) return;
    throw new MediaStorageError(
      `S3 ${method} ${key} answered ${response.status}: ${answer.slice(0, 300)}`,
    );
  }
}
