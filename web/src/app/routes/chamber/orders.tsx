import { useId, useMemo } from 'react';
import { pageCount } from '@hirfa/shared';
import { LoadingStatus } from '@/components/ui/loading-status';
import { QueryError } from '@/components/ui/query-error';
import { RequireRole } from '@/features/auth/components/require-role';
import { useOrders } from '@/features/chamber/api/get-orders';
import { ChamberLayout } from '@/features/chamber/components/chamber-layout';
import { OrderFilters } from '@/features/chamber/components/order-filters';
import { OrderList } from '@/features/chamber/components/order-list';
import { Pager } from '@/features/chamber/components/pager';
import { useChamberTexts } from '@/features/chamber/i18n';
import { ORDERS_PATH, parseOrderSearch, toOrderQuery } from '@/features/chamber/utils/order-search';
import { withPage } from '@/features/chamber/utils/url-filters';
import { useSearchParams, withSearch } from '@/lib/search-params';
import { useDocumentTitle } from '@/lib/use-document-title';
import { STAFF_ROLES } from './staff';

function Orders() {
  const { t } = useChamberTexts();
  const resultsId = useId();
  const searchParams = useSearchParams();
  const search = searchParams.toString();
  // Keyed on the string so that the query, and so its cache key, stay the same across renders.
  const filters = useMemo(() => parseOrderSearch(new URLSearchParams(search)), [search]);
  const query = useMemo(() => toOrderQuery(filters), [filters]);
  const orders = useOrders(query);
  useDocumentTitle(t('orders.title'));

  let results;
  if (orders.data) {
    const data = orders.data;
    results = (
      <>
        <h2 id={resultsId} className="queue__count">
          {t('orders.results', { count: data.total })}
        </h2>
        {orders.isPlaceholderData ? <LoadingStatus /> : null}
        {data.items.length > 0 ? (
          <OrderList items={data.items} busy={orders.isPlaceholderData} />
        ) : (
          <p className="empty-state">{t('orders.empty')}</p>
        )}
        <Pager
          page={data.page}
          pageCount={pageCount(data.total, data.limit)}
          label={t('orders.pagination')}
          hrefFor={(page) => withSearch(ORDERS_PATH, withPage(searchParams, page))}
        />
      </>
    );
  } else if (orders.isError) {
    results = <QueryError error={orders.error} onRetry={() => void orders.refetch()} />;
  } else {
    results = <LoadingStatus />;
  }

  return (
    <>
      <header className="page-heading">
        <h1>{t('orders.title')}</h1>
        <p>{t('orders.intro')}</p>
      </header>
      <div className="queue-layout">
        <OrderFilters filters={filters} />
        <section aria-labelledby={orders.data ? resultsId : undefined}>{results}</section>
      </div>
    </>
  );
}

export function ChamberOrdersRoute() {
  return (
    <RequireRole roles={STAFF_ROLES}>
      <ChamberLayout>
        <Orders />
      </ChamberLayout>
    </RequireRole>
  );
}
