import { useMutation } from '@tanstack/react-query';
import type { Language } from '@hirfa/shared';
import { apiSend } from '@/lib/api-client';
import { useSetSession, type SessionUser } from '@/lib/auth';

export interface UpdateProfileRequest {
  name?: string;
  preferredLanguage?: Language;
}

export function updateProfile(input: UpdateProfileRequest): Promise<SessionUser> {
  return apiSend<SessionUser>('PATCH', '/auth/me', input);
}

export function useUpdateProfile() {
  const setSession = useSetSession();
  return useMutation({ mutationFn: updateProfile, onSuccess: setSession });
}
