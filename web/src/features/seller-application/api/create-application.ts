import type { CreateSellerApplicationRequest, SellerApplication } from '@hirfa/shared';
import { apiSend } from '@/lib/api-client';

/** 201 with the application; 400 with details per field; 409 when the caller already applied. */
export function createApplication(
  input: CreateSellerApplicationRequest,
): Promise<SellerApplication> {
  return apiSend<SellerApplication>('POST', '/seller-applications', input);
}
