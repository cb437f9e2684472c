import type { SellerApplicationDetail } from '@hirfa/shared';
import { apiSend } from '@/lib/api-client';
import { useDecision } from './use-decision';

export interface ApproveInput {
  id: string;
  note?: string;
}

/** 409 unless submitted; 422 when an artisan's card has expired. */
export function approveApplication({ id, note }: ApproveInput): Promise<SellerApplicationDetail> {
  return apiSend<SellerApplicationDetail>(
    'POST',
    `/admin/seller-applications/${encodeURIComponent(id)}/approve`,
    note ? { note } : {},
  );
}

export function useApproveApplication() {
  return useDecision(approveApplication);
}
