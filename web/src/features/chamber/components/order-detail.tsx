import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { Link } from 'wouter';
import { useIsFetching, useQueryClient } from '@tanstack/react-query';
import { sum, type Order, type Refund } from '@hirfa/shared';
import { Money } from '@/components/money';
import { SlottedText } from '@/components/ui/slotted-text';
import { useOrderPolling } from '../api/get-order';
import { chamberKeys } from '../api/keys';
import { useChamberTexts } from '../i18n';
import { formatMoment } from '../utils/dates';
import { countryName } from '../utils/names';
import {
  isRefundableOrder,
  refundState,
  refundableLeft,
  trackRefunds,
  type TrackedRefund,
} from '../utils/refunds';
import { PaymentStatusBadge } from './order-badges';
import { OrderRefunds } from './order-refunds';
import { RefundForm } from './refund-form';
import { SubOrderPanel } from './sub-order-panel';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

const WHOLE_ORDER = 'whole';

/**
 * One order as the chamber sees it: the buyer and payment, each seller's part with its
 * actions (cash on delivery moves, card refunds), and the refunds asked for from this page,
 * followed until Stripe confirms them.
 */
export function OrderDetail({ order }: { order: Order }) {
  const { t, language } = useChamberTexts();
  const summaryId = useId();
  const actionsId = useId();
  const refundsId = useId();
  const addressId = useId();
  const wholeButtonId = useId();
  const refundsHeading = useRef<HTMLHeadingElement>(null);
  const focusAfterRender = useRef<'refunds' | 'whole-button' | null>(null);
  const [tracked, setTracked] = useState<TrackedRefund[]>([]);
  const [refunding, setRefunding] = useState<string | null>(null);
  const queryClient = useQueryClient();
  const refreshing = useIsFetching({ queryKey: chamberKeys.order(order.id) }) > 0;

  const states = tracked.map((refund) => refundState(refund, order));
  const anyPending = states.includes('pending');
  useOrderPolling(order.id, anyPending);

  useEffect(() => {
    const target = focusAfterRender.current;
    if (target === null) return;
    focusAfterRender.current = null;
    if (target === 'refunds') refundsHeading.current?.focus();
    else document.getElementById(wholeButtonId)?.focus();
  });

  function requested(refunds: Refund[]) {
    setTracked((previous) => trackRefunds(refunds, order, previous));
    setRefunding(null);
    focusAfterRender.current = 'refunds';
  }

  const address = order.shippingAddress;
  const lefts = order.subOrders.map((subOrder) => refundableLeft(subOrder, order, tracked));
  const wholeLeft = sum(lefts, order.total.currency);
  const sellerOf = (subOrderId: string) =>
    order.subOrders.find((subOrder) => subOrder.id === subOrderId)?.seller.name ?? '';

  const statusTexts = {
    pending: t('refund.statusPending'),
    succeeded: t('refund.statusSucceeded'),
    failed: t('refund.statusFailed'),
  };

  return (
    <article className="order">
      <p>
        <Link to="/chamber/orders">{t('order.back')}</Link>
      </p>
      <header className="application__header">
        <h1>
          <SlottedText text={t('order.title')} slots={{ number: <bdi>{order.number}</bdi> }} />
        </h1>
        <p className="application__state">
          {t(`paymentMethods.${order.paymentMethod}`)}{' '}
          <PaymentStatusBadge status={order.paymentStatus} />
        </p>
      </header>

      <div className="order__layout">
        <div className="order__side">
          <section className="panel" aria-labelledby={summaryId}>
            <h2 id={summaryId}>{t('order.summaryTitle')}</h2>
            <dl className="facts-list">
              <Fact label={t('order.placedAt')}>
                <time dateTime={order.createdAt}>{formatMoment(order.createdAt, language)}</time>
              </Fact>
              <Fact label={t('order.email')}>
                <a href={`mailto:${order.email}`} dir="ltr">
                  {order.email}
                </a>
              </Fact>
              <Fact label={t('order.paymentMethod')}>
                {t(`paymentMethods.${order.paymentMethod}`)}
              </Fact>
              <Fact label={t('order.paymentStatus')}>
                <PaymentStatusBadge status={order.paymentStatus} />
              </Fact>
              {order.paidAt ? (
                <Fact label={t('order.paidAt')}>
                  <time dateTime={order.paidAt}>{formatMoment(order.paidAt, language)}</time>
                </Fact>
              ) : null}
              {order.paymentDueAt && order.paymentStatus === 'awaiting_payment' ? (
                <Fact label={t('order.paymentDueAt')}>
                  <time dateTime={order.paymentDueAt}>
                    {formatMoment(order.paymentDueAt, language)}
                  </time>
                </Fact>
              ) : null}
              <Fact label={t('order.items')}>
                <Money value={order.items} />
              </Fact>
              <Fact label={t('order.shipping')}>
                <Money value={order.shipping} />
              </Fact>
              <Fact label={t('order.total')}>
                <Money value={order.total} />
              </Fact>
            </dl>
          </section>

          {isRefundableOrder(order) ? (
            <section className="decision" aria-labelledby={actionsId}>
              <h2 id={actionsId}>{t('order.actionsTitle')}</h2>
              {wholeLeft.amount === 0 ? (
                <p className="decision__none">{t('order.noOrderActions')}</p>
              ) : refunding === WHOLE_ORDER ? (
                <RefundForm
                  orderId={order.id}
                  left={wholeLeft}
                  allowAmount={order.subOrders.length === 1}
                  onRequested={requested}
                  onCancel={() => {
                    setRefunding(null);
                    focusAfterRender.current = 'whole-button';
                  }}
                />
              ) : (
                <div className="decision__buttons">
                  <button
                    type="button"
                    id={wholeButtonId}
                    className="button button--danger-outline"
                    data-testid="refund-order-button"
                    onClick={() => setRefunding(WHOLE_ORDER)}
                  >
                    {t('refund.wholeButton')}
                  </button>
                </div>
              )}
            </section>
          ) : null}

          {tracked.length > 0 ? (
            <section className="panel" aria-labelledby={refundsId}>
              <h2 id={refundsId} ref={refundsHeading} tabIndex={-1}>
                {t('refund.statusTitle')}
              </h2>
              <div role="status">
                <ul className="plain-list refund-statuses">
                  {tracked.map((refund, index) => (
                    <li
                      key={refund.id}
                      className={`refund-status refund-status--${states[index]}`}
                      data-testid="refund-status"
                      data-status={states[index]}
                    >
                      <SlottedText
                        text={statusTexts[states[index]]}
                        slots={{
                          amount: <Money value={refund.amount} />,
                          seller: <bdi>{sellerOf(refund.subOrderId)}</bdi>,
                        }}
                      />
                    </li>
                  ))}
                </ul>
              </div>
              {anyPending ? (
                <div className="refund-statuses__refresh">
                  <p className="field__hint">{t('refund.pendingNote')}</p>
                  <button
                    type="button"
                    className="button button--ghost"
                    data-testid="refresh-order"
                    disabled={refreshing}
                    onClick={() =>
                      void queryClient.invalidateQueries({ queryKey: chamberKeys.order(order.id) })
                    }
                  >
                    {refreshing ? t('refund.refreshing') : t('refund.refresh')}
                  </button>
                </div>
              ) : null}
            </section>
          ) : null}

          <OrderRefunds order={order} />

          <section className="panel" aria-labelledby={addressId}>
            <h2 id={addressId}>{t('order.shipToTitle')}</h2>
            <address className="order__address">
              {address.name}
              <br />
              {address.line1}
              {address.line2 ? (
                <>
                  <br />
                  {address.line2}
                </>
              ) : null}
              <br />
              {address.postalCode ? `${address.postalCode} ` : ''}
              {address.city}
              <br />
              {countryName(address.country, language)}
              <br />
              <SlottedText
                text={t('order.phoneLine')}
                slots={{
                  phone: (
                    <a href={`tel:${address.phone}`} dir="ltr">
                      {address.phone}
                    </a>
                  ),
                }}
              />
            </address>
          </section>
        </div>

        <div className="order__main">
          {order.subOrders.map((subOrder) => (
            <SubOrderPanel
              key={subOrder.id}
              order={order}
              subOrder={subOrder}
              tracked={tracked}
              refundOpen={refunding === subOrder.id}
              onOpenRefund={() => setRefunding(subOrder.id)}
              onCloseRefund={() => setRefunding(null)}
              onRefundRequested={requested}
            />
          ))}
        </div>
      </div>
    </article>
  );
}
