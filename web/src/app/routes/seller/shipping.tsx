import { SellerGuard } from '@/features/seller-dashboard/components/seller-guard';
import { SellerShippingPage } from '@/features/seller-dashboard/components/seller-shipping-page';

export function SellerShippingRoute() {
  return (
    <SellerGuard>
      <SellerShippingPage />
    </SellerGuard>
  );
}
