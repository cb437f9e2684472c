import type { SellerApplicationDetail } from '@hirfa/shared';
import { apiSend } from '@/lib/api-client';
import { useDecision } from './use-decision';

export interface ReasonInput {
  id: string;
  reason: string;
}

/** The reason (5 to 1000 characters) is shown to the applicant. */
export function rejectApplication({ id, reason }: ReasonInput): Promise<SellerApplicationDetail> {
  return apiSend<SellerApplicationDetail>(
    'POST',
    `/admin/seller-applications/${encodeURIComponent(id)}/reject`,
    { reason },
  );
}

export function useRejectApplication() {
  return useDecision(rejectApplication);
}
