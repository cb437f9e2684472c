import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SellerShippingSettings } from '@hirfa/shared';
import { apiSend } from '@/lib/api-client';
import { CART_QUERY_KEY } from '@/lib/cart';
import { shippingSettingsKey } from './get-shipping-settings';

export function updateShippingSettings(
  body: Partial<SellerShippingSettings>,
): Promise<SellerShippingSettings> {
  return apiSend<SellerShippingSettings>('PATCH', '/seller/shop/shipping', body);
}

export function useUpdateShippingSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateShippingSettings,
    onSuccess: (settings) => {
      queryClient.setQueryData(shippingSettingsKey, settings);
      // A cart shows each seller's rates.
      void queryClient.invalidateQueries({ queryKey: CART_QUERY_KEY });
    },
  });
}
