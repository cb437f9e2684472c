import '../checkout.css';
import {
  useEffect,
  useRef,
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
} from 'react';

export interface FieldError {
  /** The id of the control the error is about. */
  id: string;
  text: string;
}

function describedBy(...ids: (string | undefined)[]): string | undefined {
  return ids.filter(Boolean).join(' ') || undefined;
}

interface FieldProps {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  testId?: string;
}

export function TextField({
  id,
  label,
  hint,
  error,
  testId,
  ...input
}: FieldProps & Omit<InputHTMLAttributes<HTMLInputElement>, 'id'>) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      ) : null}
      <input
        id={id}
        className="field__control"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hintId, errorId)}
        data-testid={testId}
        {...input}
      />
      {error ? (
        <p id={errorId} className="field__error">
          {error}
        </p>
      ) : null}
    </div>
  );
}

export function SelectField({
  id,
  label,
  hint,
  error,
  testId,
  children,
  ...select
}: FieldProps & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'>) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      ) : null}
      <select
        id={id}
        className="field__control"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hintId, errorId)}
        data-testid={testId}
        {...select}
      >
        {children}
      </select>
      {error ? (
        <p id={errorId} className="field__error">
          {error}
        </p>
      ) : null}
    </div>
  );
}

interface ErrorSummaryProps {
  title: string;
  /** A problem with the form as a whole (wrong password, server down…). */
  message?: string | null;
  errors: readonly FieldError[];
  /** Counts the attempts to send the form: each one that fails brings focus back here. */
  attempt: number;
  /** A way out, such as a link back to the cart. */
  children?: ReactNode;
}

/**
 * What went wrong, announced and focused after a failed attempt, with a link to each
 * field in error.
 */
export function ErrorSummary({ title, message, errors, attempt, children }: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);
  const visible = Boolean(message) || errors.length > 0;
  useEffect(() => {
    if (attempt > 0 && visible) ref.current?.focus();
  }, [attempt, visible]);
  if (!visible) return null;
  return (
    <div ref={ref} role="alert" tabIndex={-1} className="form-alert">
      <p className="form-alert__title">{title}</p>
      {message ? <p className="form-alert__message">{message}</p> : null}
      {errors.length > 0 ? (
        <ul className="form-alert__list">
          {errors.map((error) => (
            <li key={error.id}>
              <a
                href={`#${error.id}`}
                onClick={(event) => {
                  event.preventDefault();
                  document.getElementById(error.id)?.focus();
                }}
              >
                {error.text}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
      {children}
    </div>
  );
}
