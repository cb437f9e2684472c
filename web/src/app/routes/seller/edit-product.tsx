import { useParams } from 'wouter';
import { EditProductPage } from '@/features/seller-dashboard/components/edit-product-page';
import { SellerGuard } from '@/features/seller-dashboard/components/seller-guard';

export function SellerEditProductRoute() {
  const { id = '' } = useParams<{ id?: string }>();
  return (
    <SellerGuard>
      {/* Keyed so that moving to another product starts its form afresh. */}
      <EditProductPage key={id} id={id} />
    </SellerGuard>
  );
}
