import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { CHECKOUT_LIMITS } from '@hirfa/shared';
import { TextField } from '@/components/form/form-controls';
import { useChamberTexts } from '../i18n';

/** The API's rule for a bank transfer's reference, once trimmed. */
export const BANK_REFERENCE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9 ./_:-]*$/;

export function isBankReference(value: string): boolean {
  return (
    value.length <= CHECKOUT_LIMITS.bankReferenceMaxLength && BANK_REFERENCE_PATTERN.test(value)
  );
}

interface MarkPaidFormProps {
  pending: boolean;
  /** The API refused the reference itself. */
  refused: boolean;
  onConfirm: (bankReference: string) => void;
  onCancel: () => void;
}

/** Asks for the bank transfer's reference; nothing is sent without an acceptable one. */
export function MarkPaidForm({ pending, refused, onConfirm, onCancel }: MarkPaidFormProps) {
  const { t } = useChamberTexts();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [reference, setReference] = useState('');
  const [invalid, setInvalid] = useState(false);

  useEffect(() => {
    input.current?.focus();
  }, []);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const trimmed = reference.trim();
    const ok = isBankReference(trimmed);
    setInvalid(!ok);
    if (!ok) {
      input.current?.focus();
      return;
    }
    onConfirm(trimmed);
  }

  const showError = invalid || refused;
  return (
    <form className="reason-form mark-paid-form" noValidate onSubmit={onSubmit}>
      <TextField
        ref={input}
        id={`${id}-reference`}
        label={t('payouts.referenceLabel')}
        hint={t('payouts.referenceHint')}
        error={showError ? t('payouts.referenceRequired') : undefined}
        errorIsAlert
        testId="bank-reference"
        type="text"
        dir="ltr"
        autoComplete="off"
        maxLength={CHECKOUT_LIMITS.bankReferenceMaxLength}
        required
        value={reference}
        onChange={(event) => setReference(event.target.value)}
      />
      <div className="reason-form__actions">
        <button
          type="submit"
          className="button button--primary"
          data-testid="confirm-mark-paid"
          disabled={pending}
        >
          {pending ? t('payouts.sending') : t('payouts.confirmMarkPaid')}
        </button>
        <button type="button" className="button button--ghost" onClick={onCancel}>
          {t('payouts.cancel')}
        </button>
      </div>
    </form>
  );
}
