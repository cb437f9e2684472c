import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SellerApplication } from '@hirfa/shared';
import { apiSend } from '@/lib/api-client';
import { MY_APPLICATION_QUERY_KEY } from './get-my-application';

/** Sends a draft, or a corrected rejected application, to the chamber. */
export function submitApplication(): Promise<SellerApplication> {
  return apiSend<SellerApplication>('POST', '/seller-applications/mine/submit');
}

export function useSubmitApplication() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: submitApplication,
    onSuccess: (application) => queryClient.setQueryData(MY_APPLICATION_QUERY_KEY, application),
  });
}
