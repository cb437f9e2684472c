import type { SellerApplicationDetail } from '@hirfa/shared';
import { apiSend } from '@/lib/api-client';
import { useDecision } from './use-decision';

export function reinstateSeller({ id }: { id: string }): Promise<SellerApplicationDetail> {
  return apiSend<SellerApplicationDetail>(
    'POST',
    `/admin/sellers/${encodeURIComponent(id)}/reinstate`,
    {},
  );
}

export function useReinstateSeller() {
  return useDecision(reinstateSeller);
}
