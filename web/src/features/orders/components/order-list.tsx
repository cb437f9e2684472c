import '../orders.css';
import { Link } from 'wouter';
import { pageCount } from '@hirfa/shared';
import { Money } from '@/components/money';
import { LoadingStatus } from '@/components/ui/loading-status';
import { QueryError } from '@/components/ui/query-error';
import { SlottedText } from '@/components/ui/slotted-text';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useOrders } from '../api/get-orders';
import { useOrderTexts } from '../i18n';
import { formatMoment } from '../utils/dates';
import { OrderStatusBadge, PaymentStatusBadge } from './status-badge';

const pageHref = (page: number) => (page > 1 ? `/orders?page=${page}` : '/orders');

function Pager({ page, pages }: { page: number; pages: number }) {
  const { t } = useOrderTexts();
  if (pages <= 1) return null;
  return (
    <nav className="orders-pager" aria-label={t('list.pagination')}>
      {page > 1 ? (
        <Link to={pageHref(page - 1)} rel="prev" className="button button--ghost">
          {t('list.previous')}
        </Link>
      ) : (
        <span />
      )}
      <p className="orders-pager__status">{t('list.pageOf', { page, pages })}</p>
      {page < pages ? (
        <Link to={pageHref(page + 1)} rel="next" className="button button--ghost">
          {t('list.next')}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}

/** The signed-in shopper's orders, newest first, each with where every seller's part stands. */
export function OrderList({ page }: { page: number }) {
  const { t, language } = useOrderTexts();
  const orders = useOrders(page);
  useDocumentTitle(t('list.title'));
  const data = orders.data;

  let content;
  if (data && data.items.length > 0) {
    content = (
      <>
        <p className="orders__count">{t('list.count', { count: data.total })}</p>
        <ul className="orders" aria-busy={orders.isPlaceholderData || undefined}>
          {data.items.map((order) => (
            <li key={order.id} className="orders__item" data-testid="order-summary">
              <p className="orders__number">
                <Link to={`/orders/${order.id}`}>
                  <SlottedText
                    text={t('list.number')}
                    slots={{ number: <bdi dir="ltr">{order.number}</bdi> }}
                  />
                </Link>
              </p>
              <p className="orders__meta">
                <time dateTime={order.createdAt}>
                  {t('list.placedOn', { date: formatMoment(order.createdAt, language) })}
                </time>
                <span>{t('list.items', { count: order.itemCount })}</span>
                <span>
                  <SlottedText
                    text={t('list.total')}
                    slots={{ total: <Money value={order.total} /> }}
                  />
                </span>
              </p>
              <p className="orders__statuses">
                <PaymentStatusBadge status={order.paymentStatus} />
                {order.statuses.map((status, index) => (
                  <OrderStatusBadge key={index} status={status} />
                ))}
              </p>
            </li>
          ))}
        </ul>
        <Pager page={data.page} pages={pageCount(data.total, data.limit)} />
      </>
    );
  } else if (data) {
    content = (
      <div className="empty-state" data-testid="orders-empty">
        {data.total > 0 ? (
          <Link to="/orders">{t('list.firstPage')}</Link>
        ) : (
          <>
            <p className="empty-state__title">{t('list.empty')}</p>
            <Link to="/products" className="button button--primary">
              {t('list.browse')}
            </Link>
          </>
        )}
      </div>
    );
  } else if (orders.isError && !orders.isFetching) {
    content = <QueryError error={orders.error} onRetry={() => void orders.refetch()} />;
  } else {
    content = <LoadingStatus />;
  }

  return (
    <div className="container order-page">
      <h1>{t('list.title')}</h1>
      {content}
    </div>
  );
}
