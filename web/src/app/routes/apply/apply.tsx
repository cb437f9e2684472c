import { Redirect } from 'wouter';
import { LoadingStatus } from '@/components/ui/loading-status';
import { QueryError } from '@/components/ui/query-error';
import { RequireRole } from '@/features/auth/components/require-role';
import { useMyApplication } from '@/features/seller-application/api/get-my-application';
import { ApplicationForm } from '@/features/seller-application/components/application-form';
import { useApplyTexts } from '@/features/seller-application/i18n';
import { useDocumentTitle } from '@/lib/use-document-title';
import { APPLICANT_ROLES } from './apply-roles';

function NewApplication() {
  const { t } = useApplyTexts();
  const application = useMyApplication();
  useDocumentTitle(t('form.title'));

  if (application.isPending) return <LoadingStatus />;
  if (application.isError) {
    return <QueryError error={application.error} onRetry={() => void application.refetch()} />;
  }
  if (application.data) return <Redirect to="/apply/status" replace />;
  return (
    <>
      <h1>{t('form.title')}</h1>
      <p className="apply-page__intro">{t('form.intro')}</p>
      <ApplicationForm application={null} />
    </>
  );
}

export function ApplyRoute() {
  return (
    <RequireRole roles={APPLICANT_ROLES}>
      <div className="container apply-page">
        <NewApplication />
      </div>
    </RequireRole>
  );
}
