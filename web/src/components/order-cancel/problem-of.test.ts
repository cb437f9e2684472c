import { describe, expect, it } from 'vitest';
import { ORDER_CANCEL_ERROR_CODES } from '@hirfa/shared';
import { ApiError } from '@/lib/api-client';
import { problemOf } from './problem-of';

function http(status: number, code?: string) {
  return new ApiError('http', status, 'server English', {
    statusCode: status,
    error: 'Error',
    message: 'server English',
    ...(code ? { code } : {}),
  });
}

describe('problemOf', () => {
  it('reads the code first, then the status', () => {
    expect(problemOf(http(409, ORDER_CANCEL_ERROR_CODES.notCancellable))).toBe('notCancellable');
    expect(problemOf(http(409, ORDER_CANCEL_ERROR_CODES.refundRequired))).toBe('refundRequired');
    expect(problemOf(http(400))).toBe('reason');
    expect(problemOf(http(404))).toBe('notFound');
    expect(problemOf(http(502))).toBe('unavailable');
    expect(problemOf(http(409))).toBe('generic');
  });

  it('tells a network failure from anything else', () => {
    expect(problemOf(new ApiError('network', 0, 'offline'))).toBe('network');
    expect(problemOf(new Error('boom'))).toBe('generic');
  });
});
