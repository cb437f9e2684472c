import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { STATUS_REASON_LENGTH } from '@hirfa/shared';

interface ReasonFormProps {
  label: string;
  hint: string;
  confirmLabel: string;
  pendingLabel: string;
  cancelLabel: string;
  /** Shown when the reason is missing or out of bounds. */
  invalidMessage: string;
  /** The API refused the reason itself. */
  refused?: boolean;
  pending: boolean;
  reasonTestId: string;
  confirmTestId: string;
  onConfirm: (reason: string) => void;
  onCancel: () => void;
}

/**
 * An inline form asking for the reason a decision needs (a rejection, a suspension, hiding a
 * product): nothing is sent until the reason has 5 to 1000 characters.
 */
export function ReasonForm({
  label,
  hint,
  confirmLabel,
  pendingLabel,
  cancelLabel,
  invalidMessage,
  refused = false,
  pending,
  reasonTestId,
  confirmTestId,
  onConfirm,
  onCancel,
}: ReasonFormProps) {
  const id = useId();
  const textarea = useRef<HTMLTextAreaElement>(null);
  const [reason, setReason] = useState('');
  const [invalid, setInvalid] = useState(false);

  useEffect(() => {
    textarea.current?.focus();
  }, []);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const trimmed = reason.trim();
    const ok =
      trimmed.length >= STATUS_REASON_LENGTH.min && trimmed.length <= STATUS_REASON_LENGTH.max;
    setInvalid(!ok);
    if (!ok) {
      textarea.current?.focus();
      return;
    }
    onConfirm(trimmed);
  }

  const showError = invalid || refused;
  return (
    <form className="reason-form" noValidate onSubmit={onSubmit}>
      <div className={showError ? 'field field--invalid' : 'field'}>
        <label htmlFor={`${id}-reason`} className="field__label">
          {label}
        </label>
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
        <textarea
          ref={textarea}
          id={`${id}-reason`}
          className="field__control field__control--multiline"
          rows={3}
          maxLength={STATUS_REASON_LENGTH.max}
          required
          aria-invalid={showError || undefined}
          aria-describedby={showError ? `${id}-hint ${id}-error` : `${id}-hint`}
          data-testid={reasonTestId}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
        />
        {showError ? (
          <p id={`${id}-error`} className="field__error" role="alert">
            {invalidMessage}
          </p>
        ) : null}
      </div>
      <div className="reason-form__actions">
        <button
          type="submit"
          className="button button--danger"
          data-testid={confirmTestId}
          disabled={pending}
        >
          {pending ? pendingLabel : confirmLabel}
        </button>
        <button type="button" className="button button--ghost" onClick={onCancel}>
          {cancelLabel}
        </button>
      </div>
    </form>
  );
}
