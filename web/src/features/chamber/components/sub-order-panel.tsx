import { useEffect, useId, useRef, useState } from 'react';
import { Link } from 'wouter';
import { canTransition, type Order, type Refund, type SubOrder } from '@hirfa/shared';
import { Money } from '@/components/money';
import { isApiError } from '@/lib/api-client';
import { useConfirmOrder } from '../api/confirm-order';
import { useRemitOrder } from '../api/remit-order';
import { useChamberTexts } from '../i18n';
import { errorKind, errorMessage } from '../utils/api-errors';
import { formatMoment } from '../utils/dates';
import { isRefundableOrder, refundableLeft, type TrackedRefund } from '../utils/refunds';
import { CancelPart } from './cancel-part';
import { OrderStatusBadge } from './order-badges';
import { RefundForm } from './refund-form';

interface SubOrderPanelProps {
  order: Order;
  subOrder: SubOrder;
  tracked: readonly TrackedRefund[];
  refundOpen: boolean;
  onOpenRefund: () => void;
  onCloseRefund: () => void;
  onRefundRequested: (refunds: Refund[]) => void;
}

type CodMove = 'confirm' | 'remit';

/** One seller's part of an order: what was sold, where it stands, and what staff can do. */
export function SubOrderPanel({
  order,
  subOrder,
  tracked,
  refundOpen,
  onOpenRefund,
  onCloseRefund,
  onRefundRequested,
}: SubOrderPanelProps) {
  const { t, language } = useChamberTexts();
  const headingId = useId();
  const refundButtonId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [done, setDone] = useState<CodMove | null>(null);
  const focusRefundButton = useRef(false);
  const confirm = useConfirmOrder();
  const remit = useRemitOrder();
  const seller = subOrder.seller.name;

  const isCod = order.paymentMethod === 'cod';
  const canConfirm = isCod && canTransition('cod', subOrder.status, 'confirmed');
  const canRemit = isCod && canTransition('cod', subOrder.status, 'remitted');
  const left = refundableLeft(subOrder, order, tracked);
  const canRefund = left.amount > 0;
  const moving = confirm.isPending || remit.isPending;

  useEffect(() => {
    if (!focusRefundButton.current || refundOpen) return;
    focusRefundButton.current = false;
    document.getElementById(refundButtonId)?.focus();
  });

  function move(kind: CodMove) {
    const mutation = kind === 'confirm' ? confirm : remit;
    confirm.reset();
    remit.reset();
    setDone(null);
    mutation.mutate(
      { orderId: order.id, subOrderId: subOrder.id },
      {
        onSuccess: () => {
          setDone(kind);
          // The button used is gone with the old status: continue from the part's heading.
          heading.current?.focus();
        },
      },
    );
  }

  const error = confirm.error ?? remit.error;
  let message: string | null = null;
  if (error) {
    if (isApiError(error) && error.status === 409) message = t('order.conflict');
    else {
      const kind = errorKind(error);
      message =
        kind === 'other'
          ? t('errors.generic', { message: errorMessage(error) })
          : t(`errors.${kind}`);
    }
  }

  return (
    <section className="panel sub-order" aria-labelledby={headingId} data-testid="admin-sub-order">
      <header className="sub-order__header">
        <h2 id={headingId} ref={heading} tabIndex={-1}>
          {subOrder.seller.slug ? (
            <Link to={`/sellers/${encodeURIComponent(subOrder.seller.slug)}`}>{seller}</Link>
          ) : (
            seller
          )}
        </h2>
        <OrderStatusBadge status={subOrder.status} />
      </header>

      <div className="table-scroll table-scroll--flat">
        <table className="data-table sub-order__lines">
          <caption className="visually-hidden">{t('order.linesCaption', { seller })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('order.product')}</th>
              <th scope="col" className="data-table__number">
                {t('order.quantity')}
              </th>
              <th scope="col" className="data-table__number">
                {t('order.unitPrice')}
              </th>
              <th scope="col" className="data-table__number">
                {t('order.lineTotal')}
              </th>
            </tr>
          </thead>
          <tbody>
            {subOrder.lines.map((line) => (
              <tr key={line.id}>
                <th scope="row">
                  {line.title}
                  {line.madeBy ? (
                    <span className="sub-order__made-by">
                      {t('order.madeBy', { name: line.madeBy })}
                    </span>
                  ) : null}
                </th>
                <td className="data-table__number">{line.quantity}</td>
                <td className="data-table__number">
                  <Money value={line.unitPrice} />
                </td>
                <td className="data-table__number">
                  <Money value={line.lineTotal} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <dl className="facts-list sub-order__facts">
        <div>
          <dt>{t('order.items')}</dt>
          <dd>
            <Money value={subOrder.items} />
          </dd>
        </div>
        <div>
          <dt>{t('order.shipping')}</dt>
          <dd>
            <Money value={subOrder.shipping} />
          </dd>
        </div>
        <div>
          <dt>{t('order.total')}</dt>
          <dd>
            <Money value={subOrder.total} />
          </dd>
        </div>
        <div>
          <dt>{t('order.refunded')}</dt>
          <dd data-testid="sub-order-refunded">
            <Money value={subOrder.refunded} />
          </dd>
        </div>
        {isRefundableOrder(order) ? (
          <div>
            <dt>{t('order.refundable')}</dt>
            <dd>
              <Money value={left} />
            </dd>
          </div>
        ) : null}
        {subOrder.trackingNumber ? (
          <div>
            <dt>{t('order.tracking')}</dt>
            <dd>
              <bdi>{subOrder.trackingNumber}</bdi>
            </dd>
          </div>
        ) : null}
      </dl>

      {message ? (
        <p role="alert" className="decision__error">
          {message}
        </p>
      ) : null}
      <p role="status" className="decision__done">
        {done ? t(`order.done.${done}`, { seller }) : ''}
      </p>

      {canConfirm || canRemit ? (
        <div className="sub-order__actions">
          <p className="field__hint">
            {canConfirm ? t('order.codHintPlaced') : t('order.codHintDelivered')}
          </p>
          <div className="decision__buttons">
            {canConfirm ? (
              <button
                type="button"
                className="button button--primary"
                data-testid="cod-confirm"
                aria-label={t('order.codConfirmLabel', { seller })}
                disabled={moving}
                onClick={() => move('confirm')}
              >
                {confirm.isPending ? t('order.codConfirming') : t('order.codConfirm')}
              </button>
            ) : null}
            {canRemit ? (
              <button
                type="button"
                className="button button--primary"
                data-testid="cod-remit"
                aria-label={t('order.codRemitLabel', { seller })}
                disabled={moving}
                onClick={() => move('remit')}
              >
                {remit.isPending ? t('order.codRemitting') : t('order.codRemit')}
              </button>
            ) : null}
          </div>
        </div>
      ) : null}

      {canRefund ? (
        refundOpen ? (
          <RefundForm
            orderId={order.id}
            subOrder={subOrder}
            left={left}
            allowAmount
            onRequested={onRefundRequested}
            onCancel={() => {
              focusRefundButton.current = true;
              onCloseRefund();
            }}
          />
        ) : (
          <div className="sub-order__actions">
            <button
              type="button"
              id={refundButtonId}
              className="button button--danger-outline"
              data-testid="refund-button"
              aria-label={t('refund.buttonLabel', { seller })}
              onClick={onOpenRefund}
            >
              {t('refund.button')}
            </button>
          </div>
        )
      ) : null}

      <CancelPart order={order} subOrder={subOrder} />

      <h3 className="sub-order__history-title">{t('order.historyTitle')}</h3>
      <ol className="history">
        {subOrder.history.map((change, index) => (
          <li key={`${change.at}-${index}`} className="history__item">
            <p className="history__move">
              {change.from
                ? t('order.historyMove', {
                    from: t(`orderStatuses.${change.from}`),
                    to: t(`orderStatuses.${change.to}`),
                  })
                : t('order.historyCreated', { to: t(`orderStatuses.${change.to}`) })}
            </p>
            <p className="history__when">
              <time dateTime={change.at}>{formatMoment(change.at, language)}</time>
              {` · ${t('order.historyBy', { actor: t(`actors.${change.actor}`) })}`}
            </p>
            {change.note ? (
              <p className="history__reason">{t('order.historyNote', { note: change.note })}</p>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
