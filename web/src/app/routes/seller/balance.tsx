import { SellerBalancePage } from '@/features/seller-dashboard/components/seller-balance-page';
import { SellerGuard } from '@/features/seller-dashboard/components/seller-guard';

export function SellerBalanceRoute() {
  return (
    <SellerGuard>
      <SellerBalancePage />
    </SellerGuard>
  );
}
