import { useParams } from 'wouter';
import { OrderPage } from '@/features/orders/components/order-detail';
import { useSearchParams } from '@/lib/search-params';

export function OrderRoute() {
  const { id = '' } = useParams<{ id?: string }>();
  const placed = useSearchParams().get('placed') === '1';
  return <OrderPage key={id} id={id} placed={placed} />;
}
