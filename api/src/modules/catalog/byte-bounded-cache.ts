interface Entry<T> {
  value: T;
  expiresAt: number;
  /** What the entry counts for against the byte bound. */
  bytes: number;
}

/** Bytes of an entry as measured: its key and its value serialised to JSON (UTF-8). */
export function serialisedSize(key: string, value: unknown): number {
  return Buffer.byteLength(key) + Buffer.byteLength(JSON.stringify(value) ?? '');
}

/**
 * A least-recently-used map bounded both in entries and in bytes, the bytes being the
 * serialised size of each entry (the objects themselves take a small multiple of it). A
 * value larger than the whole byte bound is not kept at all.
 */
export class ByteBoundedCache<T> {
  private readonly entries = new Map<string, Entry<T>>();
  private bytes = 0;

  constructor(
    private readonly limits: { maxEntries: number; maxBytes: number },
    private readonly now: () => number = Date.now,
  ) {}

  /** Entries held, and the bytes they count for (never above `maxBytes`). */
  get size(): number {
    return this.entries.size;
  }

  get totalBytes(): number {
    return this.bytes;
  }

  get(key: string): T | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.remove(key);
    if (entry.expiresAt <= this.now()) return undefined;
    // Re-inserting keeps the Map in least-recently-used order.
    this.entries.set(key, entry);
    this.bytes += entry.bytes;
    return entry.value;
  }

  /** Keeps the value for `ttlMs`; says whether it was kept (false when it is too large). */
  set(key: string, value: T, ttlMs: number): boolean {
    this.remove(key);
    const bytes = serialisedSize(key, value);
    if (bytes > this.limits.maxBytes) return false;
    this.entries.set(key, { value, expiresAt: this.now() + ttlMs, bytes });
    this.bytes += bytes;
    for (const [oldest, entry] of this.entries) {
      if (this.entries.size <= this.limits.maxEntries && this.bytes <= this.limits.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= entry.bytes;
    }
    return true;
  }

  private remove(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.bytes -= entry.bytes;
  }
}
