import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import {
  CANCEL_REASON_LIMITS,
  ORDER_CANCEL_ERROR_CODES,
  orderCancellation,
  type Order,
} from '@hirfa/shared';
import { TextAreaField } from '@/components/form/form-controls';
import { isApiError } from '@/lib/api-client';
import { useCancelOrder } from '../api/cancel-order';
import { useOrderTexts } from '../i18n';

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
 * The buyer's "Cancel the order", offered only while every part still open can be cancelled
 * (nothing shipped, nothing paid by card); it asks why before anything is sent.
 */
export function CancelOrder({ order }: { order: Order }) {
  const { t } = useOrderTexts();
  const id = useId();
  const textarea = useRef<HTMLTextAreaElement>(null);
  const cancel = useCancelOrder(order.id);
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [invalid, setInvalid] = useState(false);
  const [done, setDone] = useState(false);

  const allowed =
    orderCancellation(
      order.paymentMethod,
      order.subOrders.map((part) => part.status),
    ) === 'cancellable';
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
    cancel.mutate(trimmed, {
      onSuccess: () => {
        setOpen(false);
        setReason('');
        setDone(true);
      },
    });
  }

  const reasonError =
    invalid || problem === 'reason'
      ? t('cancel.reasonInvalid', { min: minLength, max: maxLength })
      : undefined;

  return (
    <section className="order-cancel" aria-labelledby={`${id}-title`} data-testid="order-cancel">
      <h2 id={`${id}-title`}>{t('cancel.title')}</h2>
      <div role="status">{done ? <p>{t('cancel.done')}</p> : null}</div>
      {problem && problem !== 'reason' ? (
        <p role="alert" className="order-cancel__error" data-testid="order-cancel-error">
          {t(`cancel.errors.${problem}`)}
        </p>
      ) : null}
      {allowed && !open ? (
        <>
          <p>{t('cancel.intro')}</p>
          <button
            type="button"
            className="button button--danger-outline"
            data-testid="order-cancel-open"
            onClick={() => {
              cancel.reset();
              setOpen(true);
            }}
          >
            {t('cancel.open')}
          </button>
        </>
      ) : null}
      {allowed && open ? (
        <form className="order-cancel__form" noValidate onSubmit={onSubmit}>
          <TextAreaField
            ref={textarea}
            id={`${id}-reason`}
            label={t('cancel.reasonLabel')}
            hint={t('cancel.reasonHint', { min: minLength, max: maxLength })}
            error={reasonError}
            errorIsAlert
            testId="order-cancel-reason"
            rows={3}
            maxLength={maxLength}
            required
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
          <div className="order-cancel__actions">
            <button
              type="submit"
              className="button button--danger"
              data-testid="order-cancel-confirm"
              aria-disabled={cancel.isPending || undefined}
            >
              {cancel.isPending ? t('cancel.sending') : t('cancel.confirm')}
            </button>
            <button
              type="button"
              className="button button--ghost"
              onClick={() => {
                setOpen(false);
                setInvalid(false);
              }}
            >
              {t('cancel.keep')}
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
