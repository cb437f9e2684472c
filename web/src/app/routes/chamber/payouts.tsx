import { useId, useMemo } from 'react';
import { pageCount } from '@hirfa/shared';
import { LoadingStatus } from '@/components/ui/loading-status';
import { QueryError } from '@/components/ui/query-error';
import { RequireRole } from '@/features/auth/components/require-role';
import { usePayouts } from '@/features/chamber/api/get-payouts';
import { ChamberLayout } from '@/features/chamber/components/chamber-layout';
import { Pager } from '@/features/chamber/components/pager';
import { PayoutBatch } from '@/features/chamber/components/payout-batch';
import { PayoutFilters } from '@/features/chamber/components/payout-filters';
import { PayoutList } from '@/features/chamber/components/payout-list';
import { useChamberTexts } from '@/features/chamber/i18n';
import {
  PAYOUTS_PATH,
  parsePayoutSearch,
  toPayoutQuery,
} from '@/features/chamber/utils/payout-search';
import { withPage } from '@/features/chamber/utils/url-filters';
import { useSearchParams, withSearch } from '@/lib/search-params';
import { useDocumentTitle } from '@/lib/use-document-title';
import { STAFF_ROLES } from './staff';

function Payouts() {
  const { t } = useChamberTexts();
  const resultsId = useId();
  const searchParams = useSearchParams();
  const search = searchParams.toString();
  const filters = useMemo(() => parsePayoutSearch(new URLSearchParams(search)), [search]);
  const query = useMemo(() => toPayoutQuery(filters), [filters]);
  const payouts = usePayouts(query);
  useDocumentTitle(t('payouts.title'));

  let results;
  if (payouts.data) {
    const data = payouts.data;
    results = (
      <>
        {payouts.isPlaceholderData ? <LoadingStatus /> : null}
        {data.items.length > 0 ? (
          <PayoutList items={data.items} busy={payouts.isPlaceholderData} headingId={resultsId} />
        ) : (
          <p className="empty-state">{t('payouts.empty')}</p>
        )}
        <Pager
          page={data.page}
          pageCount={pageCount(data.total, data.limit)}
          label={t('payouts.pagination')}
          hrefFor={(page) => withSearch(PAYOUTS_PATH, withPage(searchParams, page))}
        />
      </>
    );
  } else if (payouts.isError) {
    results = <QueryError error={payouts.error} onRetry={() => void payouts.refetch()} />;
  } else {
    results = <LoadingStatus />;
  }

  return (
    <>
      <header className="page-heading">
        <h1>{t('payouts.title')}</h1>
        <p>{t('payouts.intro')}</p>
      </header>
      <div className="queue-layout">
        <div>
          <PayoutBatch />
          <PayoutFilters filters={filters} />
        </div>
        <section aria-labelledby={resultsId}>
          <h2 id={resultsId} className="queue__count" tabIndex={-1}>
            {payouts.data
              ? t('payouts.results', { count: payouts.data.total })
              : t('payouts.title')}
          </h2>
          {results}
        </section>
      </div>
    </>
  );
}

export function ChamberPayoutsRoute() {
  return (
    <RequireRole roles={STAFF_ROLES}>
      <ChamberLayout>
        <Payouts />
      </ChamberLayout>
    </RequireRole>
  );
}
