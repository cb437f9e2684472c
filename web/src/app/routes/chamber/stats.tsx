import { LoadingStatus } from '@/components/ui/loading-status';
import { QueryError } from '@/components/ui/query-error';
import { RequireRole } from '@/features/auth/components/require-role';
import { useStats } from '@/features/chamber/api/get-stats';
import { ChamberLayout } from '@/features/chamber/components/chamber-layout';
import { StatsTables } from '@/features/chamber/components/stats-tables';
import { useChamberTexts } from '@/features/chamber/i18n';
import { useDocumentTitle } from '@/lib/use-document-title';
import { STAFF_ROLES } from './staff';

function Stats() {
  const { t } = useChamberTexts();
  const stats = useStats();
  useDocumentTitle(t('stats.title'));

  return (
    <>
      <header className="page-heading">
        <h1>{t('stats.title')}</h1>
        <p>{t('stats.intro')}</p>
      </header>
      {stats.data ? (
        <StatsTables stats={stats.data} />
      ) : stats.isError ? (
        <QueryError error={stats.error} onRetry={() => void stats.refetch()} />
      ) : (
        <LoadingStatus />
      )}
    </>
  );
}

export function ChamberStatsRoute() {
  return (
    <RequireRole roles={STAFF_ROLES}>
      <ChamberLayout>
        <Stats />
      </ChamberLayout>
    </RequireRole>
  );
}
