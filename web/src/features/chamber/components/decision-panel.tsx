import { useEffect, useId, useRef, useState } from 'react';
import type { SellerAction, SellerApplicationDetail } from '@hirfa/shared';
import { isApiError } from '@/lib/api-client';
import { useApproveApplication } from '../api/approve-application';
import { useRejectApplication } from '../api/reject-application';
import { useReinstateSeller } from '../api/reinstate-seller';
import { useSuspendSeller } from '../api/suspend-seller';
import { useChamberTexts } from '../i18n';
import { errorKind, errorMessage, fieldsInError } from '../utils/api-errors';
import { ReasonForm } from './reason-form';

type Decision = Exclude<SellerAction, 'submit'>;
type ReasonAction = Extract<Decision, 'reject' | 'suspend'>;

/** What staff can decide, given where the application stands. */
export function DecisionPanel({ application }: { application: SellerApplicationDetail }) {
  const { t } = useChamberTexts();
  const headingId = useId();
  const noteId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const focusAfterRender = useRef<string | null>(null);
  const [open, setOpen] = useState<ReasonAction | null>(null);
  const [note, setNote] = useState('');
  const [done, setDone] = useState<Decision | null>(null);

  const approve = useApproveApplication();
  const reject = useRejectApplication();
  const suspend = useSuspendSeller();
  const reinstate = useReinstateSeller();
  const mutations = [approve, reject, suspend, reinstate];
  const pending = mutations.some((mutation) => mutation.isPending);
  const error = mutations.find((mutation) => mutation.error)?.error ?? null;

  useEffect(() => {
    if (focusAfterRender.current === null) return;
    document.getElementById(focusAfterRender.current)?.focus();
    focusAfterRender.current = null;
  });

  const id = application.id;
  const openerId = (action: ReasonAction) => `${headingId}-${action}`;

  function start() {
    for (const mutation of mutations) mutation.reset();
    setDone(null);
  }

  function succeeded(action: Decision) {
    return () => {
      setOpen(null);
      setNote('');
      setDone(action);
      // The button used is gone with the old status: continue from the panel's heading.
      heading.current?.focus();
    };
  }

  function openReason(action: ReasonAction) {
    start();
    setOpen(action);
  }

  function cancel(action: ReasonAction) {
    setOpen(null);
    focusAfterRender.current = openerId(action);
  }

  const reasonRefused = isApiError(error) && fieldsInError(error).has('reason');
  let message: string | null = null;
  if (error && !reasonRefused) {
    if (isApiError(error) && error.status === 409) message = t('detail.conflict');
    else if (isApiError(error) && error.status === 422) {
      message = t('detail.unprocessable', { message: error.message });
    } else {
      const kind = errorKind(error);
      message =
        kind === 'other'
          ? t('errors.generic', { message: errorMessage(error) })
          : t(`errors.${kind}`);
    }
  }

  const status = application.status;
  let actions;
  if (status === 'submitted') {
    actions =
      open === 'reject' ? (
        <ReasonForm
          label={t('detail.rejectReason')}
          hint={t('detail.rejectHint')}
          confirmLabel={t('detail.confirmReject')}
          pendingLabel={t('detail.sending')}
          cancelLabel={t('detail.cancel')}
          invalidMessage={t('detail.reasonRequired')}
          refused={reasonRefused}
          pending={reject.isPending}
          reasonTestId="reject-reason"
          confirmTestId="confirm-reject"
          onConfirm={(reason) => reject.mutate({ id, reason }, { onSuccess: succeeded('reject') })}
          onCancel={() => cancel('reject')}
        />
      ) : (
        <>
          <div className="field">
            <label htmlFor={noteId} className="field__label">
              {t('detail.approveNote')}
            </label>
            <textarea
              id={noteId}
              className="field__control field__control--multiline"
              rows={2}
              maxLength={1000}
              value={note}
              onChange={(event) => setNote(event.target.value)}
            />
          </div>
          <div className="decision__buttons">
            <button
              type="button"
              className="button button--primary"
              data-testid="approve-button"
              disabled={pending}
              onClick={() => {
                start();
                approve.mutate(
                  { id, note: note.trim() || undefined },
                  { onSuccess: succeeded('approve') },
                );
              }}
            >
              {approve.isPending ? t('detail.approving') : t('detail.approve')}
            </button>
            <button
              type="button"
              id={openerId('reject')}
              className="button button--danger-outline"
              data-testid="reject-button"
              disabled={pending}
              onClick={() => openReason('reject')}
            >
              {t('detail.reject')}
            </button>
          </div>
        </>
      );
  } else if (status === 'approved') {
    actions =
      open === 'suspend' ? (
        <ReasonForm
          label={t('detail.suspendReason')}
          hint={t('detail.suspendHint')}
          confirmLabel={t('detail.confirmSuspend')}
          pendingLabel={t('detail.sending')}
          cancelLabel={t('detail.cancel')}
          invalidMessage={t('detail.reasonRequired')}
          refused={reasonRefused}
          pending={suspend.isPending}
          reasonTestId="suspend-reason"
          confirmTestId="confirm-suspend"
          onConfirm={(reason) =>
            suspend.mutate({ id, reason }, { onSuccess: succeeded('suspend') })
          }
          onCancel={() => cancel('suspend')}
        />
      ) : (
        <div className="decision__buttons">
          <button
            type="button"
            id={openerId('suspend')}
            className="button button--danger-outline"
            data-testid="suspend-button"
            disabled={pending}
            onClick={() => openReason('suspend')}
          >
            {t('detail.suspend')}
          </button>
        </div>
      );
  } else if (status === 'suspended') {
    actions = (
      <div className="decision__buttons">
        <button
          type="button"
          className="button button--primary"
          data-testid="reinstate-button"
          disabled={pending}
          onClick={() => {
            start();
            reinstate.mutate({ id }, { onSuccess: succeeded('reinstate') });
          }}
        >
          {reinstate.isPending ? t('detail.reinstating') : t('detail.reinstate')}
        </button>
      </div>
    );
  } else {
    actions = <p className="decision__none">{t('detail.noActions')}</p>;
  }

  return (
    <section className="decision" aria-labelledby={headingId}>
      <h2 id={headingId} ref={heading} tabIndex={-1}>
        {t('detail.actionsTitle')}
      </h2>
      {message ? (
        <p role="alert" className="decision__error">
          {message}
        </p>
      ) : null}
      {actions}
      <p role="status" className="decision__done">
        {done ? t(`detail.done.${done}`) : ''}
      </p>
    </section>
  );
}
