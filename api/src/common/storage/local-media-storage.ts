import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { assertValidMediaKey, MediaStorageError, type MediaStorage } from './media-storage';

/** Files under a directory that the API serves itself (at `/media/`). */
export class LocalMediaStorage implements MediaStorage {
  constructor(
    private readonly directory: string,
    private readonly publicPath: string,
  ) {}

  async put(key: string, bytes: Buffer, _contentType: string): Promise<string> {
    assertValidMediaKey(key);
    const path = join(this.directory, key);
    // Written aside then renamed, so a reader never gets half a file.
    const partial = `${path}.${randomBytes(4).toString('hex')}.partial`;
    try {
      await mkdir(dirname(path), { recursive: true });
      await writeFile(partial, bytes);
      await rename(partial, path);
    } catch (error) {
      await rm(partial, { force: true });
      throw new MediaStorageError(`Could not write ${key}`, { cause: error });
    }
    return `${this.publicPath}/${key}`;
  }

  async delete(key: string): Promise<void> {
    assertValidMediaKey(key);
    const path = join(this.directory, key);
    try {
      await rm(path, { force: true });
    } catch (error) {
      throw new MediaStorageError(`Could not delete ${key}`, { cause: error });
    }
  }
}
