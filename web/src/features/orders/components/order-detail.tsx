import '../orders.css';
import { useEffect, useId, useRef } from 'react';
import { Link } from 'wouter';
import { sum, type Money as MoneyValue, type Order, type SubOrder } from '@hirfa/shared';
import { Money } from '@/components/money';
import { LoadingStatus } from '@/components/ui/loading-status';
import { QueryError } from '@/components/ui/query-error';
import { SlottedText } from '@/components/ui/slotted-text';
import { isApiError } from '@/lib/api-client';
import { useSession } from '@/lib/auth';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useOrder } from '../api/get-order';
import { useOrderTexts } from '../i18n';
import { countryName, formatMoment } from '../utils/dates';
import { CancelOrder } from './cancel-order';
import { OrderStatusBadge, PaymentStatusBadge } from './status-badge';

function Shipping({ value }: { value: MoneyValue }) {
  const { t } = useOrderTexts();
  return value.amount === 0 ? <>{t('detail.free')}</> : <Money value={value} />;
}

function OrderNumber({ text, number }: { text: string; number: string }) {
  return (
    <SlottedText
      text={text}
      slots={{
        number: (
          <bdi dir="ltr" className="order-number" data-testid="order-number">
            {number}
          </bdi>
        ),
      }}
    />
  );
}

function SubOrderPart({ part, index }: { part: SubOrder; index: number }) {
  const { t, language } = useOrderTexts();
  const headingId = useId();
  return (
    <section className="sub-order" aria-labelledby={headingId} data-testid="sub-order">
      <div className="sub-order__header">
        <h3 id={headingId} className="sub-order__seller">
          <SlottedText
            text={t('detail.soldBy')}
            slots={{ name: <Link to={`/sellers/${part.seller.slug}`}>{part.seller.name}</Link> }}
          />
        </h3>
        <OrderStatusBadge status={part.status} testId="sub-order-status" />
      </div>
      {part.trackingNumber ? (
        <p className="sub-order__tracking">
          <SlottedText
            text={t('detail.tracking')}
            slots={{
              number: (
                <bdi dir="ltr" data-testid="sub-order-tracking">
                  {part.trackingNumber}
                </bdi>
              ),
            }}
          />
        </p>
      ) : null}
      <ul className="sub-order__lines">
        {part.lines.map((line) => (
          <li key={line.id} className="sub-order__line">
            <div>
              <p className="sub-order__title">
                {line.productId ? (
                  <Link to={`/products/${line.productSlug}`}>{line.title}</Link>
                ) : (
                  line.title
                )}
              </p>
              {line.madeBy ? (
                <p className="sub-order__maker">{t('detail.madeBy', { name: line.madeBy })}</p>
              ) : null}
              <p className="sub-order__price">
                <SlottedText
                  text={t('detail.unitPrice')}
                  slots={{ quantity: line.quantity, price: <Money value={line.unitPrice} /> }}
                />
              </p>
            </div>
            <Money value={line.lineTotal} className="sub-order__line-total" />
          </li>
        ))}
      </ul>
      <dl className="order-totals">
        <div className="order-totals__row">
          <dt>{t('detail.items')}</dt>
          <dd>
            <Money value={part.items} />
          </dd>
        </div>
        <div className="order-totals__row">
          <dt>{t('detail.shipping')}</dt>
          <dd>
            <Shipping value={part.shipping} />
          </dd>
        </div>
        <div className="order-totals__row order-totals__row--total">
          <dt>{t('detail.total')}</dt>
          <dd>
            <Money value={part.total} />
          </dd>
        </div>
        {part.refunded.amount > 0 ? (
          <div className="order-totals__row order-totals__row--refund">
            <dt>{t('detail.refunded')}</dt>
            <dd data-testid="sub-order-refunded">
              <Money value={part.refunded} />
            </dd>
          </div>
        ) : null}
      </dl>
      {part.history.length > 0 ? (
        <>
          <h4 className="sub-order__history-title" id={`${headingId}-history-${index}`}>
            {t('detail.history')}
          </h4>
          <ol className="order-history" aria-labelledby={`${headingId}-history-${index}`}>
            {part.history.map((change, position) => (
              <li key={`${change.at}-${position}`} className="order-history__entry">
                <time dateTime={change.at} className="order-history__time">
                  {formatMoment(change.at, language)}
                </time>
                <span>
                  {t('detail.historyEntry', {
                    status: t(`statuses.${change.to}`),
                    actor: t(`actors.${change.actor}`),
                  })}
                </span>
                {change.note ? (
                  <span className="order-history__note">
                    {t('detail.historyNote', { note: change.note })}
                  </span>
                ) : null}
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </section>
  );
}

export function OrderDetail({ order, placed }: { order: Order; placed: boolean }) {
  const { t, language } = useOrderTexts();
  const { user } = useSession();
  const partsId = useId();
  const totalsId = useId();
  const placedRef = useRef<HTMLDivElement>(null);
  const address = order.shippingAddress;
  const refunded = sum(
    order.subOrders.map((part) => part.refunded),
    order.total.currency,
  );
  const awaitingCard = order.paymentStatus === 'awaiting_payment' && order.paymentUrl !== null;

  useEffect(() => {
    // Arriving from the checkout, the confirmation is what the shopper needs to hear first.
    if (placed) placedRef.current?.focus();
  }, [placed]);

  return (
    <div className="container order-page">
      <h1>
        <OrderNumber text={t('detail.title')} number={order.number} />
      </h1>
      {placed ? (
        <div
          ref={placedRef}
          tabIndex={-1}
          role="status"
          className="order-placed"
          data-testid="order-placed"
        >
          <p className="order-placed__title">{t('detail.placedTitle')}</p>
          <p>{order.paymentMethod === 'cod' ? t('detail.placedCod') : t('detail.placedCard')}</p>
        </div>
      ) : null}

      <dl className="order-facts">
        <div>
          <dt>{t('detail.date')}</dt>
          <dd>
            <time dateTime={order.createdAt}>{formatMoment(order.createdAt, language)}</time>
          </dd>
        </div>
        <div>
          <dt>{t('detail.paymentMethod')}</dt>
          <dd>{t(`paymentMethods.${order.paymentMethod}`)}</dd>
        </div>
        <div>
          <dt>{t('detail.paymentStatus')}</dt>
          <dd>
            <PaymentStatusBadge status={order.paymentStatus} testId="order-payment-status" />
            {order.paidAt ? (
              <span className="order-facts__extra">
                {t('detail.paidAt', { date: formatMoment(order.paidAt, language) })}
              </span>
            ) : null}
          </dd>
        </div>
      </dl>

      {awaitingCard && order.paymentUrl ? (
        <div className="order-pay">
          {order.paymentDueAt ? (
            <p>{t('detail.payBefore', { date: formatMoment(order.paymentDueAt, language) })}</p>
          ) : null}
          <a href={order.paymentUrl} className="button button--primary" data-testid="pay-now">
            {t('detail.payNow')}
          </a>
        </div>
      ) : null}

      <section className="order-address" aria-label={t('detail.shippingTo')}>
        <h2>{t('detail.shippingTo')}</h2>
        <address>
          <span>{address.name}</span>
          <span>{address.line1}</span>
          {address.line2 ? <span>{address.line2}</span> : null}
          <span>
            {address.postalCode ? `${address.postalCode} ` : ''}
            {address.city}
          </span>
          <span>{countryName(address.country, language)}</span>
          <span>
            <bdi dir="ltr">{address.phone}</bdi>
          </span>
        </address>
        <p className="order-address__email">
          <SlottedText
            text={t('detail.email')}
            slots={{ email: <bdi dir="ltr">{order.email}</bdi> }}
          />
        </p>
      </section>

      <section aria-labelledby={partsId} className="order-parts">
        <h2 id={partsId}>{t('detail.parts')}</h2>
        {order.subOrders.length > 1 ? <p>{t('detail.partsIntro')}</p> : null}
        {order.subOrders.map((part, index) => (
          <SubOrderPart key={part.id} part={part} index={index} />
        ))}
      </section>

      <CancelOrder order={order} />

      <section aria-labelledby={totalsId} className="order-summary">
        <h2 id={totalsId}>{t('detail.totalsTitle')}</h2>
        <dl className="order-totals">
          <div className="order-totals__row">
            <dt>{t('detail.items')}</dt>
            <dd>
              <Money value={order.items} />
            </dd>
          </div>
          <div className="order-totals__row">
            <dt>{t('detail.shipping')}</dt>
            <dd>
              <Shipping value={order.shipping} />
            </dd>
          </div>
          <div className="order-totals__row order-totals__row--total">
            <dt>{t('detail.total')}</dt>
            <dd data-testid="order-total">
              <Money value={order.total} />
            </dd>
          </div>
          {refunded.amount > 0 ? (
            <div className="order-totals__row order-totals__row--refund">
              <dt>{t('detail.refunded')}</dt>
              <dd data-testid="order-refunded">
                <Money value={refunded} />
              </dd>
            </div>
          ) : null}
        </dl>
      </section>

      <p className="order-page__links">
        {user ? <Link to="/orders">{t('detail.orders')}</Link> : null}
        <Link to="/products">{t('detail.continue')}</Link>
      </p>
    </div>
  );
}

/** An order's page: loads it, and says so plainly when it is not the visitor's to see. */
export function OrderPage({ id, placed }: { id: string; placed: boolean }) {
  const { t } = useOrderTexts();
  const { user } = useSession();
  const order = useOrder(id);
  const notFound = order.isError && isApiError(order.error) && order.error.isNotFound;
  useDocumentTitle(
    order.data
      ? t('detail.title', { number: order.data.number })
      : notFound
        ? t('detail.notFoundTitle')
        : undefined,
  );

  if (notFound) {
    return (
      <div className="container notice" data-testid="order-not-found">
        <h1>{t('detail.notFoundTitle')}</h1>
        <p>{t('detail.notFoundText')}</p>
        {user ? (
          <Link to="/orders" className="button button--primary">
            {t('detail.orders')}
          </Link>
        ) : (
          <Link
            to={`/login?next=${encodeURIComponent(`/orders/${id}`)}`}
            className="button button--primary"
          >
            {t('detail.signIn')}
          </Link>
        )}
      </div>
    );
  }
  if (!order.data) {
    return (
      <div className="container order-page">
        {order.isError && !order.isFetching ? (
          <QueryError error={order.error} onRetry={() => void order.refetch()} />
        ) : (
          <LoadingStatus />
        )}
      </div>
    );
  }
  return <OrderDetail order={order.data} placed={placed} />;
}
