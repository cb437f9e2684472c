import { SellerDashboard } from '@/features/seller-dashboard/components/seller-dashboard';
import { SellerGuard } from '@/features/seller-dashboard/components/seller-guard';

export function SellerDashboardRoute() {
  return (
    <SellerGuard>
      <SellerDashboard />
    </SellerGuard>
  );
}
