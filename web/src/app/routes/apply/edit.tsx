import { Redirect } from 'wouter';
import { LoadingStatus } from '@/components/ui/loading-status';
import { QueryError } from '@/components/ui/query-error';
import { RequireRole } from '@/features/auth/components/require-role';
import { useMyApplication } from '@/features/seller-application/api/get-my-application';
import { ApplicationForm } from '@/features/seller-application/components/application-form';
import { useApplyTexts } from '@/features/seller-application/i18n';
import { useDocumentTitle } from '@/lib/use-document-title';
import { APPLICANT_ROLES } from './apply-roles';

function EditApplication() {
  const { t } = useApplyTexts();
  const application = useMyApplication();
  useDocumentTitle(t('form.editTitle'));

  if (application.isPending) return <LoadingStatus />;
  if (application.isError) {
    return <QueryError error={application.error} onRetry={() => void application.refetch()} />;
  }
  if (!application.data) return <Redirect to="/apply" replace />;
  if (!application.data.editable) return <Redirect to="/apply/status" replace />;
  return (
    <>
      <h1>{t('form.editTitle')}</h1>
      <ApplicationForm application={application.data} />
    </>
  );
}

export function ApplyEditRoute() {
  return (
    <RequireRole roles={APPLICANT_ROLES}>
      <div className="container apply-page">
        <EditApplication />
      </div>
    </RequireRole>
  );
}
