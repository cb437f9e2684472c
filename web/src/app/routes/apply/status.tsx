import { useEffect } from 'react';
import { Redirect } from 'wouter';
import { useQueryClient } from '@tanstack/react-query';
import { LoadingStatus } from '@/components/ui/loading-status';
import { QueryError } from '@/components/ui/query-error';
import { RequireRole } from '@/features/auth/components/require-role';
import { useMyApplication } from '@/features/seller-application/api/get-my-application';
import { ApplicationStatus } from '@/features/seller-application/components/application-status';
import { useApplyTexts } from '@/features/seller-application/i18n';
import { SESSION_QUERY_KEY, useSession } from '@/lib/auth';
import { useDocumentTitle } from '@/lib/use-document-title';
import { APPLICANT_ROLES } from './apply-roles';

function MyApplication() {
  const { t } = useApplyTexts();
  const application = useMyApplication();
  const { user } = useSession();
  const queryClient = useQueryClient();
  useDocumentTitle(t('status.title'));

  // Approval makes the applicant a seller: the session still holds the role they had before.
  const approvedShopper = application.data?.status === 'approved' && user?.role === 'shopper';
  useEffect(() => {
    if (approvedShopper) void queryClient.invalidateQueries({ queryKey: SESSION_QUERY_KEY });
  }, [approvedShopper, queryClient]);

  if (application.isPending) return <LoadingStatus />;
  if (application.isError) {
    return <QueryError error={application.error} onRetry={() => void application.refetch()} />;
  }
  if (!application.data) return <Redirect to="/apply" replace />;
  return (
    <>
      <h1>{t('status.title')}</h1>
      <ApplicationStatus application={application.data} />
    </>
  );
}

export function ApplyStatusRoute() {
  return (
    <RequireRole roles={APPLICANT_ROLES}>
      <div className="container apply-page">
        <MyApplication />
      </div>
    </RequireRole>
  );
}
