import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { MarkPayoutPaidRequest, Payout } from '@hirfa/shared';
import { apiSend } from '@/lib/api-client';
import { chamberKeys } from './keys';

export interface MarkPayoutPaidInput extends MarkPayoutPaidRequest {
  id: string;
}

/** Records the bank transfer's reference once the money is sent; 409 when already paid. */
export function markPayoutPaid({ id, bankReference }: MarkPayoutPaidInput): Promise<Payout> {
  const body: MarkPayoutPaidRequest = { bankReference };
  return apiSend<Payout>('POST', `/admin/payouts/${encodeURIComponent(id)}/mark-paid`, body);
}

/** Either way (paid now, or by someone else before) every list of payouts is out of date. */
export function useMarkPayoutPaid() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markPayoutPaid,
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: chamberKeys.payouts() });
    },
  });
}
