import { useEffect, useId, useRef, useState } from 'react';
import { Link } from 'wouter';
import type { Payout } from '@hirfa/shared';
import { Money } from '@/components/money';
import { isApiError } from '@/lib/api-client';
import { useMarkPayoutPaid } from '../api/mark-payout-paid';
import { useChamberTexts } from '../i18n';
import { errorKind, errorMessage, fieldsInError } from '../utils/api-errors';
import { formatMoment } from '../utils/dates';
import { MarkPaidForm } from './mark-paid-form';
import { PayoutStatusBadge } from './order-badges';

interface PayoutListProps {
  items: readonly Payout[];
  busy?: boolean;
  /** Where focus goes once a payout is recorded (its button is then gone). */
  headingId: string;
}

/** Payouts, each pending one with a way to record the bank transfer that settled it. */
export function PayoutList({ items, busy = false, headingId }: PayoutListProps) {
  const { t, language } = useChamberTexts();
  const idPrefix = useId();
  const markPaid = useMarkPayoutPaid();
  const [open, setOpen] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const focusAfterRender = useRef<string | null>(null);

  useEffect(() => {
    if (focusAfterRender.current === null) return;
    document.getElementById(focusAfterRender.current)?.focus();
    focusAfterRender.current = null;
  });

  const buttonId = (payoutId: string) => `${idPrefix}-mark-${payoutId}`;
  const refused = isApiError(markPaid.error) && fieldsInError(markPaid.error).has('bankReference');
  let message: string | null = null;
  if (markPaid.error && !refused) {
    if (isApiError(markPaid.error) && markPaid.error.status === 409) {
      message = t('payouts.conflict');
    } else {
      const kind = errorKind(markPaid.error);
      message =
        kind === 'other'
          ? t('errors.generic', { message: errorMessage(markPaid.error) })
          : t(`errors.${kind}`);
    }
  }

  return (
    <>
      {message ? (
        <p role="alert" className="decision__error">
          {message}
        </p>
      ) : null}
      <p role="status" className="decision__done">
        {done ? t('payouts.markedPaid', { seller: done }) : ''}
      </p>
      <ul className="queue-list" aria-busy={busy || undefined}>
        {items.map((payout) => (
          <li key={payout.id} className="queue-row payout-row" data-testid="payout-row">
            <div className="queue-row__head">
              <h3 className="queue-row__name">
                {payout.seller.slug ? (
                  <Link to={`/sellers/${encodeURIComponent(payout.seller.slug)}`}>
                    {payout.seller.name}
                  </Link>
                ) : (
                  payout.seller.name
                )}
              </h3>
              <PayoutStatusBadge status={payout.status} />
            </div>
            <dl className="payout-row__facts">
              <div>
                <dt>{t('payouts.amount')}</dt>
                <dd>
                  <Money value={payout.amount} className="payout-row__amount" />
                </dd>
              </div>
              <div>
                <dt>{t('payouts.createdAt')}</dt>
                <dd>
                  <time dateTime={payout.createdAt}>
                    {formatMoment(payout.createdAt, language)}
                  </time>
                </dd>
              </div>
              {payout.paidAt ? (
                <div>
                  <dt>{t('payouts.paidAt')}</dt>
                  <dd>
                    <time dateTime={payout.paidAt}>{formatMoment(payout.paidAt, language)}</time>
                  </dd>
                </div>
              ) : null}
              {payout.bankReference ? (
                <div>
                  <dt>{t('payouts.bankReference')}</dt>
                  <dd data-testid="payout-bank-reference">
                    <bdi>{payout.bankReference}</bdi>
                  </dd>
                </div>
              ) : null}
            </dl>
            {payout.status === 'pending' ? (
              open === payout.id ? (
                <MarkPaidForm
                  pending={markPaid.isPending}
                  refused={refused}
                  onConfirm={(bankReference) =>
                    markPaid.mutate(
                      { id: payout.id, bankReference },
                      {
                        onSuccess: () => {
                          setOpen(null);
                          setDone(payout.seller.name);
                          focusAfterRender.current = headingId;
                        },
                        onError: (error) => {
                          // Someone recorded it first: the refreshed list shows it paid.
                          if (isApiError(error) && error.status === 409) {
                            setOpen(null);
                            focusAfterRender.current = headingId;
                          }
                        },
                      },
                    )
                  }
                  onCancel={() => {
                    setOpen(null);
                    focusAfterRender.current = buttonId(payout.id);
                  }}
                />
              ) : (
                <button
                  type="button"
                  id={buttonId(payout.id)}
                  className="button"
                  data-testid="mark-paid"
                  aria-label={t('payouts.markPaidLabel', { seller: payout.seller.name })}
                  onClick={() => {
                    markPaid.reset();
                    setDone(null);
                    setOpen(payout.id);
                  }}
                >
                  {t('payouts.markPaid')}
                </button>
              )
            ) : null}
          </li>
        ))}
      </ul>
    </>
  );
}
