import { useMutation } from '@tanstack/react-query';
import type { ApiErrorBody } from '@hirfa/shared';
import { ApiError, apiSend } from '@/lib/api-client';
import { useSetSession } from '@/lib/auth';
import type { SessionResponse } from './session';

export interface LoginRequest {
  email: string;
  password: string;
}

/** A 429: too many failed sign-ins, with how long to wait when the API said so. */
export class SignInThrottledError extends ApiError {
  constructor(retryAfterSeconds: number | null, body: ApiErrorBody | null) {
    super('http', 429, body?.message ?? 'Too Many Requests', body, retryAfterSeconds);
  }
}

/** Signs in; a 429 becomes a SignInThrottledError carrying the wait the API asked for. */
export async function login(input: LoginRequest): Promise<SessionResponse> {
  try {
    return await apiSend<SessionResponse>('POST', '/auth/login', input);
  } catch (error) {
    if (error instanceof ApiError && error.status === 429) {
      throw new SignInThrottledError(error.retryAfterSeconds, error.body);
    }
    throw error;
  }
}

export function useLogin() {
  const setSession = useSetSession();
  return useMutation({
    mutationFn: login,
    onSuccess: (session) => setSession(session.user),
  });
}
