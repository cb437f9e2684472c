import './form.css';
import { useEffect, useRef, type ComponentProps, type ReactNode } from 'react';

/**
 * The form controls the storefront, seller application and chamber forms share: a label
 * above the control, then its hint; a warning and an error below it, all tied to the
 * control by `aria-describedby`. Import it only from lazily loaded routes: it must stay out
 * of the home page's entry chunk.
 */

export interface FieldError {
  /** The id of the control the error is about. */
  id: string;
  text: string;
}

interface FieldProps {
  id: string;
  label: string;
  hint?: string;
  /** Something worth checking that does not stop the form being sent. */
  warning?: string;
  error?: string;
  /** Makes the error an alert, for a form with no error summary to announce it. */
  errorIsAlert?: boolean;
  testId?: string;
}

function describedBy(...ids: (string | undefined)[]): string | undefined {
  return ids.filter(Boolean).join(' ') || undefined;
}

/** The attributes that tie a control to its hint, warning and error. */
function controlProps({ id, hint, warning, error, testId }: FieldProps) {
  return {
    id,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy(
      hint ? `${id}-hint` : undefined,
      warning ? `${id}-warning` : undefined,
      error ? `${id}-error` : undefined,
    ),
    'data-testid': testId,
  };
}

function Field({
  id,
  label,
  hint,
  warning,
  error,
  errorIsAlert,
  children,
}: FieldProps & { children: ReactNode }) {
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      ) : null}
      {children}
      {warning ? (
        <p id={`${id}-warning`} className="field__warning">
          {warning}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="field__error" role={errorIsAlert ? 'alert' : undefined}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** Splits a control's props into those of its field and those of the control itself. */
function splitField<P extends FieldProps>({
  id,
  label,
  hint,
  warning,
  error,
  errorIsAlert,
  testId,
  ...control
}: P) {
  return [{ id, label, hint, warning, error, errorIsAlert, testId }, control] as const;
}

export function TextField(props: FieldProps & Omit<ComponentProps<'input'>, 'id'>) {
  const [field, input] = splitField(props);
  return (
    <Field {...field}>
      <input className="field__control" {...controlProps(field)} {...input} />
    </Field>
  );
}

export function SelectField(props: FieldProps & Omit<ComponentProps<'select'>, 'id'>) {
  const [field, select] = splitField(props);
  return (
    <Field {...field}>
      <select className="field__control" {...controlProps(field)} {...select} />
    </Field>
  );
}

export function TextAreaField(props: FieldProps & Omit<ComponentProps<'textarea'>, 'id'>) {
  const [field, textarea] = splitField(props);
  return (
    <Field {...field}>
      <textarea
        className="field__control field__control--multiline"
        {...controlProps(field)}
        {...textarea}
      />
    </Field>
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
