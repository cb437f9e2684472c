import { useId } from 'react';
import { useLocation } from 'wouter';
import { PAYOUT_STATUSES } from '@hirfa/shared';
import { useSearchParams, withSearch } from '@/lib/search-params';
import { useChamberTexts } from '../i18n';
import { PAYOUTS_PATH, type PayoutFilters as Filters } from '../utils/payout-search';
import { withFilter } from '../utils/url-filters';

export function PayoutFilters({ filters }: { filters: Filters }) {
  const { t } = useChamberTexts();
  const searchParams = useSearchParams();
  const [, navigate] = useLocation();
  const statusId = useId();

  return (
    <div className="field payout-filters">
      <label htmlFor={statusId} className="field__label">
        {t('payouts.status')}
      </label>
      <select
        id={statusId}
        className="field__control"
        value={filters.status ?? ''}
        data-testid="payout-filter-status"
        onChange={(event) =>
          navigate(withSearch(PAYOUTS_PATH, withFilter(searchParams, 'status', event.target.value)))
        }
      >
        <option value="">{t('payouts.allStatuses')}</option>
        {PAYOUT_STATUSES.map((status) => (
          <option key={status} value={status}>
            {t(`payoutStatuses.${status}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
