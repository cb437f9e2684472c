import { Link, useParams } from 'wouter';
import { LoadingStatus } from '@/components/ui/loading-status';
import { QueryError } from '@/components/ui/query-error';
import { RequireRole } from '@/features/auth/components/require-role';
import { useApplication } from '@/features/chamber/api/get-application';
import { ApplicationDetail } from '@/features/chamber/components/application-detail';
import { ChamberLayout } from '@/features/chamber/components/chamber-layout';
import { useChamberTexts } from '@/features/chamber/i18n';
import { isApiError } from '@/lib/api-client';
import { useDocumentTitle } from '@/lib/use-document-title';
import { STAFF_ROLES } from './staff';

/** The API answers 400 for an id that is not a UUID, which is as good as not found. */
const isMissing = (error: unknown) =>
  isApiError(error) && (error.status === 404 || error.status === 400);

function Application({ id }: { id: string }) {
  const { t } = useChamberTexts();
  const application = useApplication(id);
  const missing = application.isError && isMissing(application.error);
  useDocumentTitle(application.data?.name ?? (missing ? t('detail.notFoundTitle') : undefined));

  if (application.data) return <ApplicationDetail application={application.data} />;
  if (missing) {
    return (
      <div className="notice">
        <h1>{t('detail.notFoundTitle')}</h1>
        <p>{t('detail.notFoundText')}</p>
        <Link to="/chamber" className="button button--primary">
          {t('detail.back')}
        </Link>
      </div>
    );
  }
  if (application.isError) {
    return <QueryError error={application.error} onRetry={() => void application.refetch()} />;
  }
  return <LoadingStatus />;
}

export function ChamberApplicationRoute() {
  const { id = '' } = useParams<{ id?: string }>();
  return (
    <RequireRole roles={STAFF_ROLES}>
      <ChamberLayout>
        <Application key={id} id={id} />
      </ChamberLayout>
    </RequireRole>
  );
}
