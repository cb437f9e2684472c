import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LocalMediaStorage } from './local-media-storage';
import { MediaStorageError } from './media-storage';

describe('LocalMediaStorage', () => {
  let directory: string;

  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), 'hirfa-media-'));
  });

  afterEach(() => {
    rmSync(directory, { recursive: true, force: true });
  });

  it('writes under the media folder and answers the URL the API serves it at', async () => {
    const storage = new LocalMediaStorage(directory, '/media');
    const url = await storage.put('products/p1/a-1200.webp', Buffer.from('bytes'), 'image/webp');

    expect(url).toBe('/media/products/p1/a-1200.webp');
    expect(readFileSync(join(directory, 'products/p1/a-1200.webp'), 'utf8')).toBe('bytes');
    expect(readdirSync(join(directory, 'products/p1'))).toEqual(['a-1200.webp']);
  });

  it('deletes, and deleting again is not an error', async () => {
    const storage = new LocalMediaStorage(directory, '/media');
    await storage.put('products/p1/a-400.webp', Buffer.from('bytes'), 'image/webp');
    await storage.delete('products/p1/a-400.webp');
    await storage.delete('products/p1/a-400.webp');
    expect(existsSync(join(directory, 'products/p1/a-400.webp'))).toBe(false);
  });

  it('refuses keys outside its folder', async () => {
    const storage = new LocalMediaStorage(directory, '/media');
    await expect(storage.put('../escape.webp', Buffer.from('x'), 'image/webp')).rejects.toThrow(
      MediaStorageError,
    );
    await expect(storage.put('/etc/passwd', Buffer.from('x'), 'image/webp')).rejects.toThrow(
      MediaStorageError,
    );
  });
});
