import { useMutation } from '@tanstack/react-query';
import type { Language } from '@hirfa/shared';
import { apiSend } from '@/lib/api-client';
import { useSetSession } from '@/lib/auth';
import type { SessionResponse } from './session';

export interface RegisterRequest {
  email: string;
  password: string;
  name: string;
  preferredLanguage?: Language;
}

export function register(input: RegisterRequest): Promise<SessionResponse> {
  return apiSend<SessionResponse>('POST', '/auth/register', input);
}

/** A new account is signed in at once. */
export function useRegister() {
  const setSession = useSetSession();
  return useMutation({
    mutationFn: register,
    onSuccess: (session) => setSession(session.user),
  });
}
