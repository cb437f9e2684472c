import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SellerApplicationDetail } from '@hirfa/shared';
import { isApiError } from '@/lib/api-client';
import { chamberKeys } from './keys';

/**
 * Wraps one of the chamber's decisions: the answer is the application as it now stands;
 * queues and statistics are out of date afterwards. When someone else decided first (409),
 * the application is read again so that staff see what it has become.
 */
export function useDecision<Input extends { id: string }>(
  decide: (input: Input) => Promise<SellerApplicationDetail>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: decide,
    onSuccess: (detail) => {
      queryClient.setQueryData(chamberKeys.application(detail.id), detail);
    },
    onError: (error, input) => {
      if (isApiError(error) && error.status === 409) {
        void queryClient.invalidateQueries({ queryKey: chamberKeys.application(input.id) });
      }
    },
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: chamberKeys.queues() });
      void queryClient.invalidateQueries({ queryKey: chamberKeys.stats() });
    },
  });
}
