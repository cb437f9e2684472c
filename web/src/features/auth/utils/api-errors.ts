import { isApiError } from '@/lib/api-client';

/** The API's per-field complaints (`details`), by field name; empty for other errors. */
export function fieldsInError(error: unknown): Set<string> {
  const fields = new Set<string>();
  if (isApiError(error) && error.status === 400) {
    for (const detail of error.body?.details ?? []) fields.add(detail.field);
  }
  return fields;
}

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
