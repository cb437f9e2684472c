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
