import { RequireRole } from '@/features/auth/components/require-role';
import { OrderList } from '@/features/orders/components/order-list';
import { useSearchParams } from '@/lib/search-params';

function readPage(search: URLSearchParams): number {
  const page = Number(search.get('page'));
  return Number.isInteger(page) && page >= 1 ? page : 1;
}

export function OrdersRoute() {
  const page = readPage(useSearchParams());
  return (
    <RequireRole>
      <OrderList page={page} />
    </RequireRole>
  );
}
