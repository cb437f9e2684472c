import { SellerGuard } from '@/features/seller-dashboard/components/seller-guard';
import { SellerOrdersPage } from '@/features/seller-dashboard/components/seller-orders-page';

export function SellerOrdersRoute() {
  return (
    <SellerGuard>
      <SellerOrdersPage />
    </SellerGuard>
  );
}
