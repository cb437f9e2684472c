import { useId, useMemo } from 'react';
import { pageCount } from '@hirfa/shared';
import { LoadingStatus } from '@/components/ui/loading-status';
import { QueryError } from '@/components/ui/query-error';
import { RequireRole } from '@/features/auth/components/require-role';
import { useQueue } from '@/features/chamber/api/get-queue';
import { ChamberLayout } from '@/features/chamber/components/chamber-layout';
import { Pager } from '@/features/chamber/components/pager';
import { QueueFilters } from '@/features/chamber/components/queue-filters';
import { QueueList } from '@/features/chamber/components/queue-list';
import { useChamberTexts } from '@/features/chamber/i18n';
import {
  QUEUE_PATH,
  parseQueueSearch,
  toQueueQuery,
  withQueuePage,
} from '@/features/chamber/utils/queue-search';
import { useSearchParams, withSearch } from '@/lib/search-params';
import { useDocumentTitle } from '@/lib/use-document-title';
import { STAFF_ROLES } from './staff';

function Queue() {
  const { t } = useChamberTexts();
  const resultsId = useId();
  const searchParams = useSearchParams();
  const search = searchParams.toString();
  // Keyed on the string so that the query, and so its cache key, stay the same across renders.
  const filters = useMemo(() => parseQueueSearch(new URLSearchParams(search)), [search]);
  const query = useMemo(() => toQueueQuery(filters), [filters]);
  const queue = useQueue(query);
  useDocumentTitle(t('queue.title'));

  let results;
  if (queue.data) {
    const data = queue.data;
    results = (
      <>
        <h2 id={resultsId} className="queue__count">
          {t('queue.results', { count: data.total })}
        </h2>
        {queue.isPlaceholderData ? <LoadingStatus /> : null}
        {data.items.length > 0 ? (
          <QueueList items={data.items} busy={queue.isPlaceholderData} />
        ) : (
          <p className="empty-state">{t('queue.empty')}</p>
        )}
        <Pager
          page={data.page}
          pageCount={pageCount(data.total, data.limit)}
          label={t('queue.pagination')}
          hrefFor={(page) => withSearch(QUEUE_PATH, withQueuePage(searchParams, page))}
        />
      </>
    );
  } else if (queue.isError) {
    results = <QueryError error={queue.error} onRetry={() => void queue.refetch()} />;
  } else {
    results = <LoadingStatus />;
  }

  return (
    <>
      <header className="page-heading">
        <h1>{t('queue.title')}</h1>
        <p>{t('queue.intro')}</p>
      </header>
      <div className="queue-layout">
        <QueueFilters filters={filters} />
        <section aria-labelledby={queue.data ? resultsId : undefined}>{results}</section>
      </div>
    </>
  );
}

export function ChamberQueueRoute() {
  return (
    <RequireRole roles={STAFF_ROLES}>
      <ChamberLayout>
        <Queue />
      </ChamberLayout>
    </RequireRole>
  );
}
