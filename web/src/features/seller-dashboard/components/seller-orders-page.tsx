import { EmptyResults } from './empty-results';
import { useId, useMemo } from 'react';
import { Link, useLocation } from 'wouter';
import { ORDER_STATUSES, pageCount, type OrderStatus, type SellerOrder } from '@hirfa/shared';
import { Money } from '@/components/money';
import { LoadingStatus } from '@/components/ui/loading-status';
import { QueryError } from '@/components/ui/query-error';
import { SlottedText } from '@/components/ui/slotted-text';
import { useSearchParams, withSearch } from '@/lib/search-params';
import { useDocumentTitle } from '@/lib/use-document-title';
import {
  SELLER_ORDERS_PAGE_SIZE,
  useSellerOrders,
  type SellerOrderListQuery,
} from '../api/get-seller-orders';
import { useSellerTexts } from '../i18n';
import { formatDate } from '../utils/format-date';
import { isNoShopError, NoShopNotice } from './no-shop-notice';
import { OrderNumber, OrderStatusBadge } from './order-status-badge';
import { PageLinks } from './page-links';
import { SELLER_PATHS, SellerNav } from './seller-nav';

const ORDERS_PATH = SELLER_PATHS.orders;

/** Unpaid card orders never reach the seller, so they are not offered as a filter. */
const FILTER_STATUSES = ORDER_STATUSES.filter((status) => status !== 'pending_payment');

function readFilters(params: URLSearchParams) {
  const page = Number(params.get('page'));
  const status = params.get('status');
  return {
    page: Number.isInteger(page) && page > 0 ? page : 1,
    status: (FILTER_STATUSES as readonly string[]).includes(status ?? '')
      ? (status as OrderStatus)
      : undefined,
  };
}

export const orderPath = (id: string) => `${ORDERS_PATH}/${encodeURIComponent(id)}`;

export const itemCount = (order: Pick<SellerOrder, 'lines'>) =>
  order.lines.reduce((count, line) => count + line.quantity, 0);

function OrderRow({ order }: { order: SellerOrder }) {
  const { t, language } = useSellerTexts();
  return (
    <li className="seller-row order-row" data-testid="seller-order-row">
      <div className="seller-row__body">
        <h3 className="seller-row__title">
          <Link to={orderPath(order.id)}>
            <SlottedText
              text={t('orders.number')}
              slots={{ number: <OrderNumber number={order.orderNumber} /> }}
            />
          </Link>
        </h3>
        <p className="seller-row__meta">
          <span>{t('orders.placedOn', { date: formatDate(order.createdAt, language) })}</span>
          <span>{t(`paymentMethod.${order.paymentMethod}`)}</span>
          <span>{t('orders.items', { count: itemCount(order) })}</span>
        </p>
      </div>
      <div className="order-row__end">
        <OrderStatusBadge status={order.status} />
        <Money value={order.total} className="seller-row__price" />
      </div>
    </li>
  );
}

export function SellerOrdersPage() {
  const { t } = useSellerTexts();
  useDocumentTitle(t('meta.ordersTitle'));
  const headingId = useId();
  const filterId = useId();
  const searchParams = useSearchParams();
  const [, navigate] = useLocation();
  const search = searchParams.toString();
  const filters = useMemo(() => readFilters(new URLSearchParams(search)), [search]);
  const query = useMemo<SellerOrderListQuery>(
    () => ({ page: filters.page, limit: SELLER_ORDERS_PAGE_SIZE, status: filters.status }),
    [filters],
  );
  const orders = useSellerOrders(query);

  function filterBy(status: string) {
    const params = new URLSearchParams(searchParams);
    params.delete('page');
    if (status) params.set('status', status);
    else params.delete('status');
    navigate(withSearch(ORDERS_PATH, params));
  }

  if (orders.isError && isNoShopError(orders.error)) {
    return (
      <div className="container seller-page">
        <SellerNav current="orders" />
        <NoShopNotice error={orders.error} />
      </div>
    );
  }

  const data = orders.data;
  let results;
  if (data) {
    results = (
      <>
        <h2 className="seller-count" id={headingId}>
          {t('orders.count', { count: data.total })}
        </h2>
        {data.items.length > 0 ? (
          <>
            <ul
              className="seller-rows"
              aria-labelledby={headingId}
              aria-busy={orders.isPlaceholderData || undefined}
            >
              {data.items.map((order) => (
                <OrderRow key={order.id} order={order} />
              ))}
            </ul>
            <PageLinks
              pathname={ORDERS_PATH}
              page={data.page}
              pageCount={pageCount(data.total, data.limit)}
            />
          </>
        ) : (
          <EmptyResults
            filtered={Boolean(filters.status)}
            total={data.total}
            path={ORDERS_PATH}
            texts={{
              emptyFiltered: t('orders.emptyFiltered'),
              clearFilters: t('orders.clearFilters'),
              firstPage: t('orders.firstPage'),
              empty: t('orders.empty'),
            }}
          />
        )}
      </>
    );
  } else if (orders.isError && !orders.isFetching) {
    results = <QueryError error={orders.error} onRetry={() => void orders.refetch()} />;
  } else {
    results = <LoadingStatus />;
  }

  return (
    <div className="container seller-page">
      <SellerNav current="orders" />
      <header className="seller-heading">
        <div>
          <h1 className="seller-heading__title">{t('orders.title')}</h1>
          <p className="seller-heading__intro">{t('orders.intro')}</p>
        </div>
      </header>

      <div className="seller-toolbar seller-toolbar--single">
        <div className="field">
          <label htmlFor={filterId} className="field__label">
            {t('orders.filterLabel')}
          </label>
          <select
            id={filterId}
            className="field__control"
            value={filters.status ?? ''}
            onChange={(event) => filterBy(event.target.value)}
            data-testid="seller-order-filter"
          >
            <option value="">{t('orders.filterAll')}</option>
            {FILTER_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`orderStatus.${status}`)}
              </option>
            ))}
          </select>
        </div>
      </div>

      <section className="seller-results" aria-busy={orders.isFetching || undefined}>
        {orders.isPlaceholderData ? <LoadingStatus /> : null}
        {results}
      </section>
    </div>
  );
}
