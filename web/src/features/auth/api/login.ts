import { useMutation } from '@tanstack/react-query';
import type { ApiErrorBody } from '@hirfa/shared';
import { ApiError } from '@/lib/api-client';
import { useSetSession } from '@/lib/auth';
import { parseRetryAfter } from '../utils/retry-after';
import type { SessionResponse } from './session';

export interface LoginRequest {
  email: string;
  password: string;
}

/** A 429: too many failed sign-ins, with how long to wait when the API said so. */
export class SignInThrottledError extends ApiError {
  constructor(
    readonly retryAfterSeconds: number | null,
    body: ApiErrorBody | null,
  ) {
    super('http', 429, body?.message ?? 'Too Many Requests', body);
  }
}

function asErrorBody(value: unknown): ApiErrorBody | null {
  if (typeof value !== 'object' || value === null) return null;
  const candidate = value as Partial<ApiErrorBody>;
  return typeof candidate.statusCode === 'number' && typeof candidate.message === 'string'
    ? (value as ApiErrorBody)
    : null;
}

/**
 * Signs in. This call reads the response itself, rather than through `apiSend`, because the
 * wait before the next attempt is only given in the Retry-After header.
 */
export async function login(input: LoginRequest): Promise<SessionResponse> {
  let response: Response;
  try {
    response = await fetch('/api/auth/login', {
      method: 'POST',
      headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
      body: JSON.stringify(input),
      credentials: 'same-origin',
    });
  } catch (error) {
    throw new ApiError('network', 0, error instanceof Error ? error.message : 'Network error');
  }
  const payload: unknown = await response.json().catch(() => null);
  if (response.status === 429) {
    throw new SignInThrottledError(
      parseRetryAfter(response.headers.get('Retry-After')),
      asErrorBody(payload),
    );
  }
  if (!response.ok) {
    const body = asErrorBody(payload);
    throw new ApiError(
      'http',
      response.status,
      body?.message ?? (response.statusText || `HTTP ${response.status}`),
      body,
    );
  }
  if (payload === null) {
    throw new ApiError('invalid-response', response.status, 'The server sent no JSON');
  }
  return payload as SessionResponse;
}

export function useLogin() {
  const setSession = useSetSession();
  return useMutation({
    mutationFn: login,
    onSuccess: (session) => setSession(session.user),
  });
}
