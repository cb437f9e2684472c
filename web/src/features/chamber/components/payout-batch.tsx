import { useId } from 'react';
import { sum } from '@hirfa/shared';
import { Money } from '@/components/money';
import { SlottedText } from '@/components/ui/slotted-text';
import { isApiError } from '@/lib/api-client';
import { useCreatePayoutBatch } from '../api/create-payout-batch';
import { useChamberTexts } from '../i18n';
import { errorKind, errorMessage } from '../utils/api-errors';

/** Creates one pending payout for every seller whose balance has reached the minimum. */
export function PayoutBatch() {
  const { t } = useChamberTexts();
  const headingId = useId();
  const create = useCreatePayoutBatch();
  const batch = create.data;

  let message: string | null = null;
  if (create.error) {
    if (isApiError(create.error) && create.error.status === 422) {
      message = t('payouts.nothingToPay');
    } else {
      const kind = errorKind(create.error);
      message =
        kind === 'other'
          ? t('errors.generic', { message: errorMessage(create.error) })
          : t(`errors.${kind}`);
    }
  }

  return (
    <section className="decision payout-batch" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('payouts.batchTitle')}</h2>
      <p className="field__hint">{t('payouts.batchHint')}</p>
      {message ? (
        <p role="alert" className="decision__error" data-testid="payout-batch-error">
          {message}
        </p>
      ) : null}
      <div className="decision__buttons">
        <button
          type="button"
          className="button button--primary"
          data-testid="create-payout-batch"
          disabled={create.isPending}
          onClick={() => {
            create.reset();
            create.mutate();
          }}
        >
          {create.isPending ? t('payouts.creating') : t('payouts.create')}
        </button>
      </div>
      <p role="status" className="decision__done" data-testid="payout-batch-result">
        {batch ? (
          <SlottedText
            text={t('payouts.created', { count: batch.payouts.length })}
            slots={{
              total: (
                <Money
                  value={sum(
                    batch.payouts.map((payout) => payout.amount),
                    batch.minimumAmount.currency,
                  )}
                />
              ),
              minimum: <Money value={batch.minimumAmount} />,
            }}
          />
        ) : null}
      </p>
    </section>
  );
}
