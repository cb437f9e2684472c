import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import {
  CANCEL_REASON_LIMITS,
  ORDER_CANCEL_ERROR_CODES,
  partCancellation,
  type Order,
  type SubOrder,
} from '@hirfa/shared';
import { TextAreaField } from '@/components/form/form-controls';
import { isApiError } from '@/lib/api-client';
import { useCancelOrder } from '../api/cancel-order';
import { useChamberTexts } from '../i18n';

const { minLength, maxLength } = CANCEL_REASON_LIMITS;

type Problem =
  | 'notCancellable'
  | 'refundRequired'
  | 'reason'
  | 'notFound'
  | 'unavailable'
  | 'network'
  | 'generic';

/** Every refusal is worded from its code (or its status), never from the server's English. */
function problemOf(error: unknown): Problem {
  if (!isApiError(error)) return 'generic';
  if (error.kind === 'network') return 'network';
  if (error.body?.code === ORDER_CANCEL_ERROR_CODES.notCancellable) return 'notCancellable';
  if (error.body?.code === ORDER_CANCEL_ERROR_CODES.refundRequired) return 'refundRequired';
  if (error.status === 400) return 'reason';
  if (error.status === 404) return 'notFound';
  if (error.status >= 500) return 'unavailable';
  return 'generic';
}

/**
 * Staff cancel one seller's part that has not shipped (a cash part placed or confirmed, or an
 * unpaid card order, which goes whole): a reason is asked first and kept in the history.
 * A paid card part is refunded instead, with the refund form.
 */
export function CancelPart({ order, subOrder }: { order: Order; subOrder: SubOrder }) {
  const { t } = useChamberTexts();
  const id = useId();
  const textarea = useRef<HTMLTextAreaElement>(null);
  const cancel = useCancelOrder();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [invalid, setInvalid] = useState(false);
  const [done, setDone] = useState(false);
  const seller = subOrder.seller.name;

  const allowed = partCancellation(order.paymentMethod, subOrder.status) === 'cancellable';
  const wholeOrder = order.paymentMethod === 'card' && order.subOrders.length > 1;
  const problem = cancel.isError ? problemOf(cancel.error) : null;

  useEffect(() => {
    if (open) textarea.current?.focus();
  }, [open]);
  if (!allowed && !done && !problem) return null;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (cancel.isPending) return;
    const trimmed = reason.trim();
    const ok = trimmed.length >= minLength && trimmed.length <= maxLength;
    setInvalid(!ok);
    if (!ok) {
      textarea.current?.focus();
      return;
    }
    cancel.mutate(
      { orderId: order.id, subOrderId: subOrder.id, reason: trimmed },
      {
        onSuccess: () => {
          setOpen(false);
          setReason('');
          setDone(true);
        },
      },
    );
  }

  const reasonError =
    invalid || problem === 'reason'
      ? t('cancelPart.reasonInvalid', { min: minLength, max: maxLength })
      : undefined;

  return (
    <div className="sub-order__actions" data-testid="cancel-part">
      <p role="status" className="decision__done">
        {done ? t('cancelPart.done', { seller }) : ''}
      </p>
      {problem && problem !== 'reason' ? (
        <p role="alert" className="decision__error" data-testid="cancel-part-error">
          {t(`cancelPart.errors.${problem}`)}
        </p>
      ) : null}
      {allowed && !open ? (
        <button
          type="button"
          className="button button--danger-outline"
          data-testid="cancel-part-open"
          aria-label={t('cancelPart.buttonLabel', { seller })}
          onClick={() => {
            cancel.reset();
            setOpen(true);
          }}
        >
          {t('cancelPart.button')}
        </button>
      ) : null}
      {allowed && open ? (
        <form
          className="reason-form"
          noValidate
          onSubmit={onSubmit}
          aria-labelledby={`${id}-title`}
        >
          <p id={`${id}-title`} className="field__label">
            {t('cancelPart.title', { seller })}
          </p>
          {wholeOrder ? <p className="field__hint">{t('cancelPart.wholeCardOrder')}</p> : null}
          <TextAreaField
            ref={textarea}
            id={`${id}-reason`}
            label={t('cancelPart.reasonLabel')}
            hint={t('cancelPart.reasonHint', { min: minLength, max: maxLength })}
            error={reasonError}
            errorIsAlert
            testId="cancel-part-reason"
            rows={3}
            maxLength={maxLength}
            required
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
          <div className="reason-form__actions">
            <button
              type="submit"
              className="button button--danger"
              data-testid="cancel-part-confirm"
              disabled={cancel.isPending}
            >
              {cancel.isPending ? t('cancelPart.sending') : t('cancelPart.confirm')}
            </button>
            <button
              type="button"
              className="button button--ghost"
              onClick={() => {
                setOpen(false);
                setInvalid(false);
              }}
            >
              {t('cancelPart.keep')}
            </button>
          </div>
        </form>
      ) : null}
    </div>
  );
}
