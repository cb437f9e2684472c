import { queryOptions, useQuery } from '@tanstack/react-query';
import type { SellerShippingSettings } from '@hirfa/shared';
import { apiGet } from '@/lib/api-client';

export const shippingSettingsKey = ['seller-shipping'] as const;

export function getShippingSettings(signal?: AbortSignal): Promise<SellerShippingSettings> {
  return apiGet<SellerShippingSettings>('/seller/shop/shipping', { signal });
}

export function shippingSettingsQueryOptions() {
  return queryOptions({
    queryKey: shippingSettingsKey,
    queryFn: ({ signal }) => getShippingSettings(signal),
  });
}

export function useShippingSettings() {
  return useQuery(shippingSettingsQueryOptions());
}
