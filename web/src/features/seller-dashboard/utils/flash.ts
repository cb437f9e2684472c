/**
 * A one-time message carried across a navigation (after creating or deleting a product): the
 * next page reads it on mount, then clears it once shown.
 */
export type FlashMessage = 'created' | 'deleted';

let pending: FlashMessage | null = null;

export function setFlash(message: FlashMessage): void {
  pending = message;
}

export function peekFlash(): FlashMessage | null {
  return pending;
}

export function clearFlash(): void {
  pending = null;
}
