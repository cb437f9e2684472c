/**
 * A fresh key for one checkout attempt. `crypto.randomUUID` exists only on secure pages
 * (https, localhost); elsewhere the same randomness is read directly.
 */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
