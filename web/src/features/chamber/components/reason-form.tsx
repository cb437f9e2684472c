import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { STATUS_REASON_LENGTH } from '@hirfa/shared';
import { TextAreaField } from '@/components/form/form-controls';

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
      <TextAreaField
        ref={textarea}
        id={`${id}-reason`}
        label={label}
        hint={hint}
        error={showError ? invalidMessage : undefined}
        errorIsAlert
        testId={reasonTestId}
        rows={3}
        maxLength={STATUS_REASON_LENGTH.max}
        required
        value={reason}
        onChange={(event) => setReason(event.target.value)}
      />
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
