import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { CANCEL_REASON_LIMITS } from '@hirfa/shared';
import { TextAreaField } from '@/components/form/form-controls';
import type { TranslationValues } from '@/lib/i18n';
import { problemOf, type CancelProblem } from './problem-of';

const { minLength, maxLength } = CANCEL_REASON_LIMITS;

/** The texts every cancel form words from the calling feature's own locales. */
export type CancelTextKey =
  | 'title'
  | 'done'
  | 'reasonLabel'
  | 'reasonHint'
  | 'reasonInvalid'
  | 'confirm'
  | 'sending'
  | 'keep'
  | `errors.${Exclude<CancelProblem, 'reason'>}`;

/** The part of a mutation the form uses: it sends the trimmed reason and learns the outcome. */
export interface CancelMutation {
  mutate(reason: string, options: { onSuccess: () => void }): void;
  isPending: boolean;
  isError: boolean;
  error: unknown;
  reset(): void;
}

export interface CancelWithReasonProps {
  /** Whether the thing can be cancelled now; when not, only an outcome or a refusal shows. */
  allowed: boolean;
  mutation: CancelMutation;
  /** Words a key in the reader's language; `reasonHint` and `reasonInvalid` get `min` and `max`. */
  text: (key: CancelTextKey, values?: TranslationValues) => string;
  /** The words on the button that opens the form, and its accessible name when they differ. */
  openText: string;
  openLabel?: string;
  /** Said above the button that opens the form. */
  intro?: string;
  /** Shown in the form, above the reason (inline layout). */
  note?: ReactNode;
  /**
   * `section`: a titled section with the outcome under its heading; `inline`: a bare block
   * whose form carries the title (in a list of parts).
   */
  layout: 'section' | 'inline';
  /** The root's test id; the error, open, reason and confirm controls get it with a suffix. */
  testId: string;
  classNames: {
    root: string;
    title?: string;
    status?: string;
    error: string;
    intro?: string;
    open: string;
    form?: string;
    actions: string;
  };
  /** Disable the confirm button while sending (otherwise it is only `aria-disabled`). */
  disableWhilePending?: boolean;
}

/**
 * A "Cancel" button that opens a form asking why: the reason is checked against
 * `CANCEL_REASON_LIMITS` before anything is sent, focus goes to it when the form opens or the
 * reason is refused, and a refusal is worded from its code.
 */
export function CancelWithReason({
  allowed,
  mutation,
  text,
  openText,
  openLabel,
  intro,
  note,
  layout,
  testId,
  classNames,
  disableWhilePending = false,
}: CancelWithReasonProps) {
  const id = useId();
  const titleId = `${id}-title`;
  const textarea = useRef<HTMLTextAreaElement>(null);
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [invalid, setInvalid] = useState(false);
  const [done, setDone] = useState(false);

  const problem = mutation.isError ? problemOf(mutation.error) : null;

  useEffect(() => {
    if (open) textarea.current?.focus();
  }, [open]);
  if (!allowed && !done && !problem) return null;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (mutation.isPending) return;
    const trimmed = reason.trim();
    const ok = trimmed.length >= minLength && trimmed.length <= maxLength;
    setInvalid(!ok);
    if (!ok) {
      textarea.current?.focus();
      return;
    }
    mutation.mutate(trimmed, {
      onSuccess: () => {
        setOpen(false);
        setReason('');
        setDone(true);
      },
    });
  }

  const limits = { min: minLength, max: maxLength };
  const reasonError = invalid || problem === 'reason' ? text('reasonInvalid', limits) : undefined;
  const inline = layout === 'inline';

  const error =
    problem && problem !== 'reason' ? (
      <p role="alert" className={classNames.error} data-testid={`${testId}-error`}>
        {text(`errors.${problem}`)}
      </p>
    ) : null;

  const opener =
    allowed && !open ? (
      <>
        {intro !== undefined ? <p className={classNames.intro}>{intro}</p> : null}
        <button
          type="button"
          className={classNames.open}
          data-testid={`${testId}-open`}
          aria-label={openLabel}
          onClick={() => {
            mutation.reset();
            setOpen(true);
          }}
        >
          {openText}
        </button>
      </>
    ) : null;

  const form =
    allowed && open ? (
      <form
        className={classNames.form}
        noValidate
        onSubmit={onSubmit}
        aria-labelledby={inline ? titleId : undefined}
      >
        {inline ? (
          <p id={titleId} className={classNames.title}>
            {text('title')}
          </p>
        ) : null}
        {note}
        <TextAreaField
          ref={textarea}
          id={`${id}-reason`}
          label={text('reasonLabel')}
          hint={text('reasonHint', limits)}
          error={reasonError}
          errorIsAlert
          testId={`${testId}-reason`}
          rows={3}
          maxLength={maxLength}
          required
          value={reason}
          onChange={(event) => setReason(event.target.value)}
        />
        <div className={classNames.actions}>
          <button
            type="submit"
            className="button button--danger"
            data-testid={`${testId}-confirm`}
            disabled={disableWhilePending ? mutation.isPending : undefined}
            aria-disabled={disableWhilePending ? undefined : mutation.isPending || undefined}
          >
            {mutation.isPending ? text('sending') : text('confirm')}
          </button>
          <button
            type="button"
            className="button button--ghost"
            onClick={() => {
              setOpen(false);
              setInvalid(false);
            }}
          >
            {text('keep')}
          </button>
        </div>
      </form>
    ) : null;

  if (inline) {
    return (
      <div className={classNames.root} data-testid={testId}>
        <p role="status" className={classNames.status}>
          {done ? text('done') : ''}
        </p>
        {error}
        {opener}
        {form}
      </div>
    );
  }
  return (
    <section className={classNames.root} aria-labelledby={titleId} data-testid={testId}>
      <h2 id={titleId} className={classNames.title}>
        {text('title')}
      </h2>
      <div role="status" className={classNames.status}>
        {done ? <p>{text('done')}</p> : null}
      </div>
      {error}
      {opener}
      {form}
    </section>
  );
}
