import fc from 'fast-check';
import { ByteBoundedCache, serialisedSize } from './byte-bounded-cache';

const listing = (id: number, size: number) => ({
  id,
  items: [{ title: 'Tajine bleu de Safi', description: 'x'.repeat(size) }],
});

describe('ByteBoundedCache', () => {
  it('never holds more bytes than its bound, however many large entries come', () => {
    const maxBytes = 1_000_000;
    const cache = new ByteBoundedCache<unknown>({ maxEntries: 100_000, maxBytes });
    let peak = 0;
    for (let i = 0; i < 2_000; i += 1) {
      cache.set(`listing:${i}`, listing(i, 10_000 + (i % 7) * 5_000), 60_000);
      peak = Math.max(peak, cache.totalBytes);
      expect(cache.totalBytes).toBeLessThanOrEqual(maxBytes);
    }
    // Full, not empty: the bound is used, and only the most recent entries are there.
    expect(peak).toBeGreaterThan(maxBytes * 0.9);
    expect(cache.get('listing:1999')).toEqual(listing(1999, 10_000 + (1999 % 7) * 5_000));
    expect(cache.get('listing:0')).toBeUndefined();
  });

  it('counts each entry as its serialised size and keeps the total exact', () => {
    const cache = new ByteBoundedCache<unknown>({ maxEntries: 10, maxBytes: 10_000 });
    const a = { text: 'é'.repeat(100) };
    cache.set('a', a, 60_000);
    expect(cache.totalBytes).toBe(Buffer.byteLength('a') + Buffer.byteLength(JSON.stringify(a)));
    expect(serialisedSize('a', a)).toBe(cache.totalBytes);
    cache.set('a', { text: 'short' }, 60_000);
    expect(cache.totalBytes).toBe(serialisedSize('a', { text: 'short' }));
  });

  it('evicts the least recently used entry first', () => {
    const entry = (id: string) => ({ id, text: 'x'.repeat(90) });
    const size = serialisedSize('k1', entry('k1'));
    const cache = new ByteBoundedCache<unknown>({ maxEntries: 100, maxBytes: size * 3 });
    for (const key of ['k1', 'k2', 'k3']) cache.set(key, entry(key), 60_000);
    expect(cache.get('k1')).toBeDefined(); // k1 is now the most recently used
    cache.set('k4', entry('k4'), 60_000);
    expect(cache.get('k2')).toBeUndefined();
    expect(['k1', 'k3', 'k4'].every((key) => cache.get(key) !== undefined)).toBe(true);
  });

  it('does not keep a value larger than the whole bound, nor an expired one', () => {
    let now = 0;
    const cache = new ByteBoundedCache<unknown>({ maxEntries: 10, maxBytes: 1_000 }, () => now);
    expect(cache.set('huge', listing(1, 5_000), 60_000)).toBe(false);
    expect(cache.size).toBe(0);
    cache.set('small', { n: 1 }, 1_000);
    now = 1_000;
    expect(cache.get('small')).toBeUndefined();
    expect(cache.totalBytes).toBe(0);
  });

  it('keeps the entries limit as well', () => {
    const cache = new ByteBoundedCache<unknown>({ maxEntries: 3, maxBytes: 1_000_000 });
    for (let i = 0; i < 10; i += 1) cache.set(`k${i}`, { i }, 60_000);
    expect(cache.size).toBe(3);
  });

  it('stays within both bounds for any sequence of reads and writes', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: 50, max: 5_000 }),
        fc.array(
          fc.record({
            key: fc.integer({ min: 0, max: 30 }),
            size: fc.integer({ min: 0, max: 3_000 }),
            read: fc.boolean(),
          }),
          { maxLength: 200 },
        ),
        (maxEntries, maxBytes, steps) => {
          const cache = new ByteBoundedCache<unknown>({ maxEntries, maxBytes });
          for (const step of steps) {
            const key = `k${step.key}`;
            if (step.read) {
              cache.get(key);
            } else {
              cache.set(key, { text: 'x'.repeat(step.size) }, 60_000);
            }
            expect(cache.totalBytes).toBeLessThanOrEqual(maxBytes);
            expect(cache.size).toBeLessThanOrEqual(maxEntries);
          }
        },
      ),
    );
  });
});
