import type { ApiErrorDetail } from '@hirfa/shared';
import { isApiError } from '@/lib/api-client';

export type ErrorKind = 'network' | 'server' | 'other';

export function errorKind(error: unknown): ErrorKind {
  if (isApiError(error)) {
    if (error.kind === 'network') return 'network';
    if (error.kind !== 'http' || error.status >= 500) return 'server';
  }
  return 'other';
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function httpStatus(error: unknown): number | null {
  return isApiError(error) && error.kind === 'http' ? error.status : null;
}

/** The API's per-field complaints of a 400 answer; none for other errors. */
export function apiDetails(error: unknown): ApiErrorDetail[] {
  return isApiError(error) && error.status === 400 ? (error.body?.details ?? []) : [];
}

/** The stable `code` of a refusal (e.g. `checkout.total_changed`), when the API gave one. */
export function apiCode(error: unknown): string | null {
  return isApiError(error) ? (error.body?.code ?? null) : null;
}

/** The refusal's body as the type its code promises (the API adds fields beside `code`). */
export function apiBodyFor<T extends { code: string }>(error: unknown, code: T['code']): T | null {
  return isApiError(error) && error.body?.code === code ? (error.body as unknown as T) : null;
}
