import { useMutation } from '@tanstack/react-query';
import { apiSend } from '@/lib/api-client';

export interface ChangePasswordRequest {
  currentPassword: string;
  newPassword: string;
}

/** 204 when changed; 403 when the current password is wrong. */
export function changePassword(input: ChangePasswordRequest): Promise<void> {
  return apiSend('POST', '/auth/me/password', input);
}

export function useChangePassword() {
  return useMutation({ mutationFn: changePassword });
}
