import { Link, useParams } from 'wouter';
import { LoadingStatus } from '@/components/ui/loading-status';
import { QueryError } from '@/components/ui/query-error';
import { RequireRole } from '@/features/auth/components/require-role';
import { useOrder } from '@/features/chamber/api/get-order';
import { ChamberLayout } from '@/features/chamber/components/chamber-layout';
import { OrderDetail } from '@/features/chamber/components/order-detail';
import { useChamberTexts } from '@/features/chamber/i18n';
import { isApiError } from '@/lib/api-client';
import { useDocumentTitle } from '@/lib/use-document-title';
import { STAFF_ROLES } from './staff';

/** The API answers 400 for an id that is not a UUID, which is as good as not found. */
const isMissing = (error: unknown) =>
  isApiError(error) && (error.status === 404 || error.status === 400);

function Order({ id }: { id: string }) {
  const { t } = useChamberTexts();
  const order = useOrder(id);
  const missing = order.isError && isMissing(order.error);
  useDocumentTitle(
    order.data
      ? t('order.title', { number: order.data.number })
      : missing
        ? t('order.notFoundTitle')
        : undefined,
  );

  if (order.data) return <OrderDetail order={order.data} />;
  if (missing) {
    return (
      <div className="notice">
        <h1>{t('order.notFoundTitle')}</h1>
        <p>{t('order.notFoundText')}</p>
        <Link to="/chamber/orders" className="button button--primary">
          {t('order.back')}
        </Link>
      </div>
    );
  }
  if (order.isError) {
    return <QueryError error={order.error} onRetry={() => void order.refetch()} />;
  }
  return <LoadingStatus />;
}

export function ChamberOrderRoute() {
  const { id = '' } = useParams<{ id?: string }>();
  return (
    <RequireRole roles={STAFF_ROLES}>
      <ChamberLayout>
        <Order key={id} id={id} />
      </ChamberLayout>
    </RequireRole>
  );
}
