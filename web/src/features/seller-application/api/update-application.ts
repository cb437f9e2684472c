import type { SellerApplication, UpdateSellerApplicationRequest } from '@hirfa/shared';
import { apiSend } from '@/lib/api-client';

/** Only drafts and rejected applications can be changed (409 otherwise). */
export function updateApplication(
  input: UpdateSellerApplicationRequest,
): Promise<SellerApplication> {
  return apiSend<SellerApplication>('PATCH', '/seller-applications/mine', input);
}
