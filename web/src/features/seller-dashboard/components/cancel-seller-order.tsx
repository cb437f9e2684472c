import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { CANCEL_REASON_LIMITS, ORDER_CANCEL_ERROR_CODES, partCancellation } from '@hirfa/shared';
import { TextAreaField } from '@/components/form/form-controls';
import { isApiError } from '@/lib/api-client';
import { useCancelSellerOrder } from '../api/cancel-seller-order';
import type { SellerOrderDetail } from '../api/get-seller-order';
import { useSellerTexts } from '../i18n';

const { minLength, maxLength } = CANCEL_REASON_LIMITS;

type Problem = 'notCancellable' | 'refundRequired' | 'reason' | 'notFound' | 'network' | 'generic';

/** Every refusal is worded from its code (or its status), never from the server's English. */
function problemOf(error: unknown): Problem {
  if (!isApiError(error)) return 'generic';
  if (error.kind === 'network') return 'network';
  if (error.body?.code === ORDER_CANCEL_ERROR_CODES.notCancellable) return 'notCancellable';
  if (error.body?.code === ORDER_CANCEL_ERROR_CODES.refundRequired) return 'refundRequired';
  if (error.status === 400) return 'reason';
  if (error.status === 404) return 'notFound';
  return 'generic';
}

/**
 * "Cancel this order" for the seller's part, offered while it has not shipped and no card
 * payment was taken (a paid part is refunded by the chamber). It asks why first: the buyer
 * reads the reason in the email that tells them.
 */
export function CancelSellerOrder({ order }: { order: SellerOrderDetail }) {
  const { t } = useSellerTexts();
  const id = useId();
  const textarea = useRef<HTMLTextAreaElement>(null);
  const cancel = useCancelSellerOrder(order.id);
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [invalid, setInvalid] = useState(false);
  const [done, setDone] = useState(false);

  const allowed = partCancellation(order.paymentMethod, order.status) === 'cancellable';
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
      ? t('cancelOrder.reasonInvalid', { min: minLength, max: maxLength })
      : undefined;

  return (
    <section
      className="order-section order-cancel"
      aria-labelledby={`${id}-title`}
      data-testid="seller-order-cancel"
    >
      <h2 id={`${id}-title`} className="order-section__title">
        {t('cancelOrder.title')}
      </h2>
      <div role="status" className="seller-flash">
        {done ? <p>{t('cancelOrder.done')}</p> : null}
      </div>
      {problem && problem !== 'reason' ? (
        <p role="alert" className="order-actions__error" data-testid="seller-order-cancel-error">
          {t(`cancelOrder.errors.${problem}`)}
        </p>
      ) : null}
      {allowed && !open ? (
        <>
          <p className="order-hint">{t('cancelOrder.intro')}</p>
          <button
            type="button"
            className="button button--danger-ghost"
            data-testid="seller-order-cancel-open"
            onClick={() => {
              cancel.reset();
              setOpen(true);
            }}
          >
            {t('cancelOrder.open')}
          </button>
        </>
      ) : null}
      {allowed && open ? (
        <form noValidate onSubmit={onSubmit}>
          <TextAreaField
            ref={textarea}
            id={`${id}-reason`}
            label={t('cancelOrder.reasonLabel')}
            hint={t('cancelOrder.reasonHint', { min: minLength, max: maxLength })}
            error={reasonError}
            errorIsAlert
            testId="seller-order-cancel-reason"
            rows={3}
            maxLength={maxLength}
            required
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
          <div className="order-actions__buttons">
            <button
              type="submit"
              className="button button--danger"
              data-testid="seller-order-cancel-confirm"
              aria-disabled={cancel.isPending || undefined}
            >
              {cancel.isPending ? t('cancelOrder.sending') : t('cancelOrder.confirm')}
            </button>
            <button
              type="button"
              className="button button--ghost"
              onClick={() => {
                setOpen(false);
                setInvalid(false);
              }}
            >
              {t('cancelOrder.keep')}
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
