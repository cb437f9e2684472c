import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import {
  CHECKOUT_LIMITS,
  type Money as MoneyValue,
  type Refund,
  type SubOrder,
} from '@hirfa/shared';
import { Money } from '@/components/money';
import { SlottedText } from '@/components/ui/slotted-text';
import { isApiError } from '@/lib/api-client';
import { useRefundOrder } from '../api/refund-order';
import { useChamberTexts } from '../i18n';
import { errorKind, errorMessage, fieldsInError } from '../utils/api-errors';
import { parseDirhams } from '../utils/dirhams';

/** The API's bounds for a refund's reason, once trimmed. */
export const REFUND_REASON_LENGTH = { min: 3, max: CHECKOUT_LIMITS.reasonMaxLength } as const;

type AmountProblem = 'format' | 'zero' | 'too_large' | 'refused';

interface RefundFormProps {
  orderId: string;
  /** One seller's part; the whole order when left out. */
  subOrder?: SubOrder;
  /** What is left to refund: the default amount, and the largest one allowed. */
  left: MoneyValue;
  /** The API takes an amount only for one seller's part (or an order with a single seller). */
  allowAmount: boolean;
  onRequested: (refunds: Refund[]) => void;
  onCancel: () => void;
}

/**
 * Asks for a card refund: an optional amount typed in dirhams (read as integer centimes, never
 * through a float) and a required reason. Nothing is sent until both are acceptable.
 */
export function RefundForm({
  orderId,
  subOrder,
  left,
  allowAmount,
  onRequested,
  onCancel,
}: RefundFormProps) {
  const { t } = useChamberTexts();
  const id = useId();
  const amountInput = useRef<HTMLInputElement>(null);
  const reasonInput = useRef<HTMLTextAreaElement>(null);
  const [amount, setAmount] = useState('');
  const [reason, setReason] = useState('');
  const [amountProblem, setAmountProblem] = useState<AmountProblem | null>(null);
  const [reasonInvalid, setReasonInvalid] = useState(false);
  const refund = useRefundOrder();

  useEffect(() => {
    (amountInput.current ?? reasonInput.current)?.focus();
  }, []);

  const apiFields = fieldsInError(refund.error);
  const amountError = amountProblem ?? (apiFields.has('amount') ? 'refused' : null);
  const reasonError = reasonInvalid || apiFields.has('reason');

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    refund.reset();
    const trimmed = reason.trim();
    const reasonOk =
      trimmed.length >= REFUND_REASON_LENGTH.min && trimmed.length <= REFUND_REASON_LENGTH.max;
    let centimes: number | undefined;
    let problem: AmountProblem | null = null;
    if (allowAmount) {
      const parsed = parseDirhams(amount, left.amount);
      if (parsed.ok) centimes = parsed.centimes;
      else if (parsed.reason !== 'empty') problem = parsed.reason;
    }
    setAmountProblem(problem);
    setReasonInvalid(!reasonOk);
    if (problem) {
      amountInput.current?.focus();
      return;
    }
    if (!reasonOk) {
      reasonInput.current?.focus();
      return;
    }
    refund.mutate(
      { orderId, subOrderId: subOrder?.id, amount: centimes, reason: trimmed },
      { onSuccess: (answer) => onRequested(answer.refunds) },
    );
  }

  const amountMessages: Record<AmountProblem, ReactNode> = {
    format: t('refund.amountFormat'),
    zero: t('refund.amountZero'),
    too_large: (
      <SlottedText text={t('refund.amountTooLarge')} slots={{ left: <Money value={left} /> }} />
    ),
    refused: t('refund.amountRefused'),
  };

  let failure: string | null = null;
  const error = refund.error;
  if (error && !amountError && !reasonError) {
    if (isApiError(error) && error.status === 409) failure = t('refund.conflict');
    else if (isApiError(error) && error.body?.code === 'refund.refused_by_stripe') {
      failure = t('refund.refusedByStripe');
    } else if (isApiError(error) && error.status === 422) {
      failure = t('refund.unprocessable', { message: error.message });
    } else if (isApiError(error) && error.status === 503) failure = t('refund.unavailable');
    else {
      const kind = errorKind(error);
      failure =
        kind === 'other'
          ? t('errors.generic', { message: errorMessage(error) })
          : t(`errors.${kind}`);
    }
  }
  const hasErrors = Boolean(amountError || reasonError || failure);

  const hint = allowAmount ? (
    <SlottedText text={t('refund.amountHint')} slots={{ left: <Money value={left} /> }} />
  ) : (
    <SlottedText text={t('refund.wholeHint')} slots={{ left: <Money value={left} /> }} />
  );

  return (
    <form
      className="reason-form refund-form"
      noValidate
      aria-labelledby={`${id}-title`}
      onSubmit={onSubmit}
    >
      <h3 id={`${id}-title`} className="refund-form__title">
        {subOrder
          ? t('refund.titleSubOrder', { seller: subOrder.seller.name })
          : t('refund.titleWhole')}
      </h3>
      {hasErrors ? (
        <div role="alert" className="decision__error">
          <p className="refund-form__summary">{t('refund.errorsTitle')}</p>
          <ul className="refund-form__errors">
            {amountError ? <li>{amountMessages[amountError]}</li> : null}
            {reasonError ? <li>{t('refund.reasonRequired')}</li> : null}
            {failure ? <li>{failure}</li> : null}
          </ul>
        </div>
      ) : null}
      {allowAmount ? (
        <div className={amountError ? 'field field--invalid' : 'field'}>
          <label htmlFor={`${id}-amount`} className="field__label">
            {t('refund.amount')}
          </label>
          <p id={`${id}-amount-hint`} className="field__hint">
            {hint}
          </p>
          <input
            ref={amountInput}
            id={`${id}-amount`}
            type="text"
            inputMode="decimal"
            autoComplete="off"
            dir="ltr"
            className="field__control refund-form__amount"
            maxLength={20}
            aria-invalid={amountError ? true : undefined}
            aria-describedby={
              amountError ? `${id}-amount-hint ${id}-amount-error` : `${id}-amount-hint`
            }
            data-testid="refund-amount"
            value={amount}
            onChange={(event) => setAmount(event.target.value)}
          />
          {amountError ? (
            <p id={`${id}-amount-error`} className="field__error">
              {amountMessages[amountError]}
            </p>
          ) : null}
        </div>
      ) : (
        <p className="field__hint">{hint}</p>
      )}
      <div className={reasonError ? 'field field--invalid' : 'field'}>
        <label htmlFor={`${id}-reason`} className="field__label">
          {t('refund.reason')}
        </label>
        <p id={`${id}-reason-hint`} className="field__hint">
          {t('refund.reasonHint')}
        </p>
        <textarea
          ref={reasonInput}
          id={`${id}-reason`}
          className="field__control field__control--multiline"
          rows={3}
          maxLength={REFUND_REASON_LENGTH.max}
          required
          aria-invalid={reasonError || undefined}
          aria-describedby={
            reasonError ? `${id}-reason-hint ${id}-reason-error` : `${id}-reason-hint`
          }
          data-testid="refund-reason"
          value={reason}
          onChange={(event) => setReason(event.target.value)}
        />
        {reasonError ? (
          <p id={`${id}-reason-error`} className="field__error">
            {t('refund.reasonRequired')}
          </p>
        ) : null}
      </div>
      <div className="reason-form__actions">
        <button
          type="submit"
          className="button button--danger"
          data-testid="confirm-refund"
          disabled={refund.isPending}
        >
          {refund.isPending ? t('refund.sending') : t('refund.confirm')}
        </button>
        <button type="button" className="button button--ghost" onClick={onCancel}>
          {t('refund.cancel')}
        </button>
      </div>
    </form>
  );
}
