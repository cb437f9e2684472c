import { useParams } from 'wouter';
import { SellerGuard } from '@/features/seller-dashboard/components/seller-guard';
import { SellerOrderPage } from '@/features/seller-dashboard/components/seller-order-page';

export function SellerOrderRoute() {
  const { id = '' } = useParams<{ id?: string }>();
  return (
    <SellerGuard>
      {/* Keyed so that moving to another order starts its actions afresh. */}
      <SellerOrderPage key={id} id={id} />
    </SellerGuard>
  );
}
