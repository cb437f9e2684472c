import { useId, useRef, useState, type FormEvent } from 'react';
import { CHECKOUT_LIMITS, type OrderStatus } from '@hirfa/shared';
import { isApiError } from '@/lib/api-client';
import type { SellerOrderDetail } from '../api/get-seller-order';
import { useMoveSellerOrder, type SellerOrderAction } from '../api/move-seller-order';
import { useSellerTexts } from '../i18n';
import {
  actionLabelKey,
  orderActions,
  trackingNumberProblem,
  type OrderActionSpec,
  type TrackingProblem,
} from '../utils/order-actions';
import { describedBy, FieldError, FieldHint, focusOnMount } from './form-controls';

const MAX_TRACKING = CHECKOUT_LIMITS.trackingNumberMaxLength;

type Failure =
  { kind: 'conflict'; detail: string } | { kind: 'network' } | { kind: 'other'; detail: string };

function failureOf(error: unknown): Failure {
  if (isApiError(error)) {
    if (error.kind === 'network') return { kind: 'network' };
    if (error.status === 409) return { kind: 'conflict', detail: error.message };
    return { kind: 'other', detail: error.message };
  }
  return { kind: 'other', detail: error instanceof Error ? error.message : '' };
}

/** A tracking number refused by the API comes back as a detail on its field. */
function trackingDetail(error: unknown): string | null {
  if (!isApiError(error)) return null;
  const detail = error.body?.details?.find((item) => item.field === 'trackingNumber');
  return detail ? detail.messages.join(' ') : null;
}

const DONE_STATUSES = [
  'accepted',
  'confirmed',
  'shipped',
  'delivered',
  'refused',
  'returned',
] as const;
type DoneStatus = (typeof DONE_STATUSES)[number];
const isDoneStatus = (status: OrderStatus): status is DoneStatus =>
  (DONE_STATUSES as readonly OrderStatus[]).includes(status);

type Mode = { kind: 'idle' } | { kind: 'ship' } | { kind: 'confirm'; action: SellerOrderAction };

/**
 * The seller's next moves, exactly those the API lists in `nextStatuses`. Shipping asks for
 * the carrier's tracking number; refusing and taking back a parcel ask once more.
 */
export function OrderActions({ order }: { order: SellerOrderDetail }) {
  const { t } = useSellerTexts();
  const baseId = useId();
  const move = useMoveSellerOrder(order.id);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [mode, setMode] = useState<Mode>({ kind: 'idle' });
  const [done, setDone] = useState<OrderStatus | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [tracking, setTracking] = useState('');
  const [trackingError, setTrackingError] = useState<string | null>(null);

  const actions = orderActions(order.nextStatuses);
  const available = (action: SellerOrderAction) => actions.some((spec) => spec.action === action);
  // After a refusal the order is fetched again; a form for a move now gone closes by itself.
  const shown: Mode =
    (mode.kind === 'ship' && !available('ship')) ||
    (mode.kind === 'confirm' && !available(mode.action))
      ? { kind: 'idle' }
      : mode;

  const trackingMessage = (problem: TrackingProblem) =>
    t(`orderActions.${problem}`, { max: MAX_TRACKING });

  function send(action: SellerOrderAction, trackingNumber?: string) {
    if (move.isPending) return;
    setFailure(null);
    setDone(null);
    move.mutate(
      { action, trackingNumber },
      {
        onSuccess: (updated) => {
          setMode({ kind: 'idle' });
          setTracking('');
          setTrackingError(null);
          setDone(updated.status);
          headingRef.current?.focus();
        },
        onError: (error) => {
          const onField = action === 'ship' ? trackingDetail(error) : null;
          if (onField) setTrackingError(onField);
          else setFailure(failureOf(error));
        },
      },
    );
  }

  function start(spec: OrderActionSpec) {
    setFailure(null);
    setDone(null);
    if (spec.action === 'ship') setMode({ kind: 'ship' });
    else if (spec.confirm) setMode({ kind: 'confirm', action: spec.action });
    else send(spec.action);
  }

  function submitShip(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problem = trackingNumberProblem(tracking, MAX_TRACKING);
    if (problem) {
      setTrackingError(trackingMessage(problem));
      document.getElementById(trackingId)?.focus();
      return;
    }
    setTrackingError(null);
    send('ship', tracking.trim());
  }

  const busy = move.isPending;
  const trackingId = `${baseId}-tracking`;
  const questionId = `${baseId}-question`;

  return (
    <section className="order-actions" aria-labelledby={`${baseId}-title`}>
      <h2 id={`${baseId}-title`} className="order-section__title" tabIndex={-1} ref={headingRef}>
        {t('orderActions.title')}
      </h2>

      <div role="status" className="seller-flash">
        {done && isDoneStatus(done) ? <p>{t(`orderActions.done.${done}`)}</p> : null}
      </div>

      {actions.length === 0 ? (
        <p className="order-actions__none">{t('orderActions.none')}</p>
      ) : null}

      {shown.kind === 'idle' && actions.length > 0 ? (
        <div className="order-actions__buttons">
          {actions.map((spec) => (
            <button
              key={spec.action}
              type="button"
              className={spec.confirm ? 'button button--danger-ghost' : 'button button--primary'}
              aria-disabled={busy || undefined}
              onClick={() => start(spec)}
              data-testid={`order-action-${spec.action}`}
            >
              {t(actionLabelKey(spec.action, order.paymentMethod))}
            </button>
          ))}
        </div>
      ) : null}

      {shown.kind === 'ship' ? (
        <form className="order-actions__ship" noValidate onSubmit={submitShip}>
          <div className="field">
            <label htmlFor={trackingId} className="field__label">
              {t('orderActions.trackingLabel')}
            </label>
            <input
              id={trackingId}
              ref={focusOnMount}
              type="text"
              className="field__control"
              autoComplete="off"
              autoCapitalize="characters"
              spellCheck={false}
              dir="ltr"
              required
              maxLength={MAX_TRACKING}
              value={tracking}
              onChange={(event) => setTracking(event.target.value)}
              data-testid="tracking-number"
              {...describedBy(trackingId, {
                hint: true,
                error: trackingError ?? undefined,
              })}
            />
            <FieldHint id={trackingId}>{t('orderActions.trackingHint')}</FieldHint>
            <FieldError id={trackingId} error={trackingError ?? undefined} />
          </div>
          <div className="order-actions__buttons">
            <button
              type="submit"
              className="button button--primary"
              aria-disabled={busy || undefined}
              data-testid="confirm-ship"
            >
              {busy ? t('orderActions.sending') : t('orderActions.confirmShip')}
            </button>
            <button
              type="button"
              className="button button--ghost"
              onClick={() => {
                setMode({ kind: 'idle' });
                setTrackingError(null);
              }}
            >
              {t('orderActions.cancel')}
            </button>
          </div>
        </form>
      ) : null}

      {shown.kind === 'confirm' ? (
        <div
          role="group"
          aria-labelledby={questionId}
          aria-describedby={`${baseId}-consequence`}
          className="danger-zone__confirm"
        >
          <p id={questionId} className="danger-zone__question" tabIndex={-1} ref={focusOnMount}>
            {shown.action === 'refuse'
              ? t('orderActions.confirmRefuseTitle')
              : t('orderActions.confirmReturnTitle')}
          </p>
          <p id={`${baseId}-consequence`}>
            {shown.action === 'refuse'
              ? t('orderActions.confirmRefuseText')
              : t('orderActions.confirmReturnText')}
          </p>
          <div className="order-actions__buttons">
            <button
              type="button"
              className="button button--danger"
              aria-disabled={busy || undefined}
              onClick={() => send(shown.action)}
              data-testid="confirm-action"
            >
              {busy ? t('orderActions.sending') : t('orderActions.confirmYes')}
            </button>
            <button
              type="button"
              className="button button--ghost"
              onClick={() => setMode({ kind: 'idle' })}
            >
              {t('orderActions.cancel')}
            </button>
          </div>
        </div>
      ) : null}

      {failure ? (
        <div role="alert" className="order-actions__error">
          <p>
            {failure.kind === 'conflict'
              ? t('orderActions.errorConflict')
              : failure.kind === 'network'
                ? t('orderActions.errorNetwork')
                : t('orderActions.errorOther')}
          </p>
          {failure.kind !== 'network' && failure.detail ? (
            <p className="order-actions__detail">
              {t('orderActions.serverDetail', { message: failure.detail })}
            </p>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
