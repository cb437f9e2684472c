import type { SellerApplicationDetail } from '@hirfa/shared';
import { apiSend } from '@/lib/api-client';
import type { ReasonInput } from './reject-application';
import { useDecision } from './use-decision';

/** Hides an approved seller's shop and products; the reason is shown to the seller. */
export function suspendSeller({ id, reason }: ReasonInput): Promise<SellerApplicationDetail> {
  return apiSend<SellerApplicationDetail>(
    'POST',
    `/admin/sellers/${encodeURIComponent(id)}/suspend`,
    { reason },
  );
}

export function useSuspendSeller() {
  return useDecision(suspendSeller);
}
