/** Where uploaded media (product photos) are kept and served from. */
export interface MediaStorage {
  /** Stores the bytes under `key`, replacing what was there, and returns their public URL. */
  put(key: string, bytes: Buffer, contentType: string): Promise<string>;
  /** Removes the object; removing a missing key is not an error. */
  delete(key: string): Promise<void>;
}

export const MEDIA_STORAGE = Symbol('MEDIA_STORAGE');

/** The storage could not be reached or refused the operation. */
export class MediaStorageError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'MediaStorageError';
  }
}

/**
 * Path-like keys of plain characters, each segment starting with a letter or digit: safe as
 * file paths (no `..`) and as URL paths without encoding.
 */
const KEY_PATTERN = /^[a-z0-9][a-z0-9._-]*(?:\/[a-z0-9][a-z0-9._-]*)*$/i;

export function assertValidMediaKey(key: string): void {
  if (key.length > 400 || !KEY_PATTERN.test(key)) {
    throw new MediaStorageError(`Invalid media key "${key}"`);
  }
}
