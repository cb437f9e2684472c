import type { ReactNode } from 'react';

export interface FieldMessages {
  hint?: ReactNode;
  error?: string;
}

/** The ids an input points to with `aria-describedby`: its hint, then its error. */
export function describedBy(id: string, { hint, error }: FieldMessages, ...extra: string[]) {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null, ...extra].filter(Boolean);
  return {
    'aria-describedby': ids.length > 0 ? ids.join(' ') : undefined,
    'aria-invalid': error ? true : undefined,
  };
}

export function FieldHint({ id, children }: { id: string; children: ReactNode }) {
  return (
    <p id={`${id}-hint`} className="field__hint">
      {children}
    </p>
  );
}

export function FieldError({ id, error }: { id: string; error?: string }) {
  if (!error) return null;
  return (
    <p id={`${id}-error`} className="field__error">
      {error}
    </p>
  );
}

interface FieldProps extends FieldMessages {
  id: string;
  label: ReactNode;
  children: ReactNode;
  className?: string;
}

/** Label above the control, hint and error below it. */
export function Field({ id, label, hint, error, children, className }: FieldProps) {
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      {children}
      {hint ? <FieldHint id={id}>{hint}</FieldHint> : null}
      <FieldError id={id} error={error} />
    </div>
  );
}

interface CheckboxProps extends FieldMessages {
  id: string;
  label: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
  disabled?: boolean;
  testId?: string;
  describedByExtra?: string[];
}

/** A checkbox with its label beside it, the whole line a touch target. */
export function Checkbox({
  id,
  label,
  hint,
  error,
  checked,
  onChange,
  disabled,
  testId,
  describedByExtra = [],
}: CheckboxProps) {
  return (
    <div className="checkbox-field">
      <input
        id={id}
        type="checkbox"
        className="checkbox-field__control"
        checked={checked}
        disabled={disabled}
        onChange={(event) => onChange(event.target.checked)}
        data-testid={testId}
        {...describedBy(id, { hint, error }, ...describedByExtra)}
      />
      <div className="checkbox-field__text">
        <label htmlFor={id} className="checkbox-field__label">
          {label}
        </label>
        {hint ? <FieldHint id={id}>{hint}</FieldHint> : null}
        <FieldError id={id} error={error} />
      </div>
    </div>
  );
}

/**
 * A ref callback that focuses its element when it appears. Being one module-level function,
 * React calls it on mount only, not on every render as it would an inline arrow.
 */
export function focusOnMount(element: HTMLElement | null): void {
  element?.focus();
}
