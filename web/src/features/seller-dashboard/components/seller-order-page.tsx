import { useId } from 'react';
import { Link } from 'wouter';
import type { OrderLine, OrderStatusChange, SellerShipTo } from '@hirfa/shared';
import { Money } from '@/components/money';
import { LoadingStatus } from '@/components/ui/loading-status';
import { QueryError } from '@/components/ui/query-error';
import { SlottedText } from '@/components/ui/slotted-text';
import { isApiError } from '@/lib/api-client';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useSellerOrder, type SellerOrderDetail } from '../api/get-seller-order';
import { useSellerTexts } from '../i18n';
import { countryName, formatDate, formatDateTime } from '../utils/format-date';
import { isNoShopError, NoShopNotice } from './no-shop-notice';
import { CancelSellerOrder } from './cancel-seller-order';
import { OrderActions } from './order-actions';
import { OrderNumber, OrderStatusBadge } from './order-status-badge';
import { SELLER_PATHS } from './seller-nav';

/** A dialable number: digits and a leading +, whatever spaces or dashes the buyer typed. */
export function telHref(phone: string): string {
  const trimmed = phone.trim();
  const digits = trimmed.replace(/\D/g, '');
  return `tel:${trimmed.startsWith('+') ? '+' : ''}${digits}`;
}

function LineItem({ line }: { line: OrderLine }) {
  const { t } = useSellerTexts();
  return (
    <li className="order-line">
      <p className="order-line__title">
        {line.productId ? (
          <Link to={`/products/${encodeURIComponent(line.productSlug)}`} dir="auto">
            {line.title}
          </Link>
        ) : (
          <bdi>{line.title}</bdi>
        )}
      </p>
      <p className="order-line__meta">
        <span>
          <SlottedText
            text={t('order.quantityPrice')}
            slots={{ quantity: line.quantity, price: <Money value={line.unitPrice} /> }}
          />
        </span>
        {line.madeBy ? (
          <span>
            <SlottedText text={t('order.madeBy')} slots={{ name: <bdi>{line.madeBy}</bdi> }} />
          </span>
        ) : null}
      </p>
      <Money value={line.lineTotal} className="order-line__total" />
    </li>
  );
}

function ShipTo({ shipTo }: { shipTo: SellerShipTo }) {
  const { t, language } = useSellerTexts();
  const titleId = useId();
  const cityLine = [shipTo.postalCode, shipTo.city].filter(Boolean).join(' ');
  return (
    <section className="order-section" aria-labelledby={titleId}>
      <h2 id={titleId} className="order-section__title">
        {t('order.shipToTitle')}
      </h2>
      <address className="ship-to" data-testid="seller-order-ship-to">
        {/* Each line follows the page's direction; the buyer's words keep their own. */}
        <span className="ship-to__name">
          <bdi>{shipTo.name}</bdi>
        </span>
        <span>
          <bdi>{shipTo.line1}</bdi>
        </span>
        {shipTo.line2 ? (
          <span>
            <bdi>{shipTo.line2}</bdi>
          </span>
        ) : null}
        <span>
          <bdi>{cityLine}</bdi>
        </span>
        <span>{countryName(shipTo.country, language)}</span>
        <span className="ship-to__phone">
          {t('order.phone')}{' '}
          <a href={telHref(shipTo.phone)} dir="ltr" data-testid="seller-order-phone">
            {shipTo.phone}
          </a>
        </span>
      </address>
    </section>
  );
}

function History({ history }: { history: OrderStatusChange[] }) {
  const { t, language } = useSellerTexts();
  const titleId = useId();
  return (
    <section className="order-section" aria-labelledby={titleId}>
      <h2 id={titleId} className="order-section__title">
        {t('order.historyTitle')}
      </h2>
      <ol className="order-history">
        {history.map((change) => (
          <li key={`${change.at}-${change.to}`} className="order-history__item">
            <span className="order-history__status">{t(`orderStatus.${change.to}`)}</span>{' '}
            <time dateTime={change.at}>{formatDateTime(change.at, language)}</time>{' '}
            <span>{t('order.historyBy', { actor: t(`actor.${change.actor}`) })}</span>
            {change.note ? (
              <span className="order-history__note">
                {t('order.note')} <bdi>{change.note}</bdi>
              </span>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}

function OrderDetail({ order }: { order: SellerOrderDetail }) {
  const { t, language } = useSellerTexts();
  const linesId = useId();
  return (
    <>
      <header className="seller-heading seller-heading--product">
        <h1 className="seller-heading__title">
          <SlottedText
            text={t('orders.number')}
            slots={{ number: <OrderNumber number={order.orderNumber} /> }}
          />
        </h1>
        <p className="seller-heading__status">
          <OrderStatusBadge status={order.status} />
          <span>{t('order.placedOn', { date: formatDate(order.createdAt, language) })}</span>
          <span>{t('order.payment', { method: t(`paymentMethod.${order.paymentMethod}`) })}</span>
        </p>
        {order.paymentMethod === 'cod' && order.status === 'placed' ? (
          <p className="order-hint">{t('order.codPlaced')}</p>
        ) : null}
      </header>

      <OrderActions order={order} />

      <CancelSellerOrder order={order} />

      {order.trackingNumber ? (
        <p className="order-tracking">
          {t('order.tracking')}{' '}
          <strong dir="ltr" data-testid="seller-order-tracking">
            {order.trackingNumber}
          </strong>
        </p>
      ) : null}

      <section className="order-section" aria-labelledby={linesId}>
        <h2 id={linesId} className="order-section__title">
          {t('order.linesTitle')}
        </h2>
        <ul className="order-lines">
          {order.lines.map((line) => (
            <LineItem key={line.id} line={line} />
          ))}
        </ul>
        <h3 className="visually-hidden">{t('order.totalsTitle')}</h3>
        <dl className="order-totals">
          <div>
            <dt>{t('order.items')}</dt>
            <dd>
              <Money value={order.items} />
            </dd>
          </div>
          <div>
            <dt>{t('order.shipping')}</dt>
            <dd>
              <Money value={order.shipping} />
            </dd>
          </div>
          <div className="order-totals__total">
            <dt>{t('order.total')}</dt>
            <dd>
              <Money value={order.total} />
            </dd>
          </div>
          {order.refunded.amount > 0 ? (
            <div className="order-totals__refunded">
              <dt>{t('order.refunded')}</dt>
              <dd>
                <Money value={order.refunded} />
              </dd>
            </div>
          ) : null}
        </dl>
      </section>

      <ShipTo shipTo={order.shipTo} />

      {order.history && order.history.length > 0 ? <History history={order.history} /> : null}
    </>
  );
}

export function SellerOrderPage({ id }: { id: string }) {
  const { t } = useSellerTexts();
  const order = useSellerOrder(id);
  const notFound = order.isError && isApiError(order.error) && order.error.isNotFound;
  useDocumentTitle(
    order.data
      ? t('meta.orderTitle', { number: order.data.orderNumber })
      : notFound
        ? t('order.notFoundTitle')
        : undefined,
  );

  const back = (
    <p className="seller-back">
      <Link to={SELLER_PATHS.orders}>{t('order.back')}</Link>
    </p>
  );

  let content;
  if (order.isError && isNoShopError(order.error)) {
    content = <NoShopNotice error={order.error} />;
  } else if (notFound) {
    content = (
      <>
        <h1>{t('order.notFoundTitle')}</h1>
        <p>{t('order.notFoundText')}</p>
      </>
    );
  } else if (order.data) {
    content = <OrderDetail order={order.data} />;
  } else if (order.isError && !order.isFetching) {
    content = <QueryError error={order.error} onRetry={() => void order.refetch()} />;
  } else {
    content = <LoadingStatus />;
  }

  return (
    <div className="container seller-page seller-page--narrow">
      {back}
      {content}
    </div>
  );
}
