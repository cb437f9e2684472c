import { NewProductPage } from '@/features/seller-dashboard/components/new-product-page';
import { SellerGuard } from '@/features/seller-dashboard/components/seller-guard';

export function SellerNewProductRoute() {
  return (
    <SellerGuard>
      <NewProductPage />
    </SellerGuard>
  );
}
