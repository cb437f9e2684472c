import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { PayoutBatch } from '@hirfa/shared';
import { apiSend } from '@/lib/api-client';
import { chamberKeys } from './keys';

/**
 * One pending payout for every seller whose balance has reached the minimum, debited from
 * their ledgers at once; 422 when no balance has reached it.
 */
export function createPayoutBatch(): Promise<PayoutBatch> {
  return apiSend<PayoutBatch>('POST', '/admin/payouts');
}

export function useCreatePayoutBatch() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createPayoutBatch,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: chamberKeys.payouts() });
    },
  });
}
