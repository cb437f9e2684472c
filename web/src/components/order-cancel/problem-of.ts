import { ORDER_CANCEL_ERROR_CODES } from '@hirfa/shared';
import { isApiError } from '@/lib/api-client';

export type CancelProblem =
  | 'notCancellable'
  | 'refundRequired'
  | 'reason'
  | 'notFound'
  | 'unavailable'
  | 'network'
  | 'generic';

/** What went wrong with a cancellation, from the error's code (or its status), never from the server's English. */
export function problemOf(error: unknown): CancelProblem {
  if (!isApiError(error)) return 'generic';
  if (error.kind === 'network') return 'network';
  if (error.body?.code === ORDER_CANCEL_ERROR_CODES.notCancellable) return 'notCancellable';
  if (error.body?.code === ORDER_CANCEL_ERROR_CODES.refundRequired) return 'refundRequired';
  if (error.status === 400) return 'reason';
  if (error.status === 404) return 'notFound';
  if (error.status >= 500) return 'unavailable';
  return 'generic';
}
