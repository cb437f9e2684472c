import type { ReactNode } from 'react';
import { Link, Redirect, useLocation } from 'wouter';
import type { UserRole } from '@hirfa/shared';
import { LoadingStatus } from '@/components/ui/loading-status';
import { QueryError } from '@/components/ui/query-error';
import { hasRole, useSession } from '@/lib/auth';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useSearchParams, withSearch } from '@/lib/search-params';
import { useAuthTexts } from '../i18n';
import { loginPath } from '../utils/next-path';

export function NotAllowed() {
  const { t } = useAuthTexts();
  useDocumentTitle(t('guard.forbiddenTitle'));
  return (
    <div className="container notice" data-testid="not-allowed">
      <h1>{t('guard.forbiddenTitle')}</h1>
      <p>{t('guard.forbiddenText')}</p>
      <Link to="/" className="button button--primary">
        {t('guard.home')}
      </Link>
    </div>
  );
}

interface RequireRoleProps {
  /** Any signed-in user when left out. */
  roles?: readonly UserRole[];
  children: ReactNode;
}

/**
 * Shows `children` to a signed-in user with one of `roles`; sends visitors to the sign-in
 * page, coming back here afterwards, and tells other users they may not see the page.
 */
export function RequireRole({ roles, children }: RequireRoleProps) {
  const { user, query } = useSession();
  const [pathname] = useLocation();
  const searchParams = useSearchParams();

  if (query.isPending) return <LoadingStatus className="container" />;
  if (query.isError) {
    return (
      <div className="container">
        <QueryError error={query.error} onRetry={() => void query.refetch()} />
      </div>
    );
  }
  if (!user) return <Redirect to={loginPath(withSearch(pathname, searchParams))} replace />;
  if (roles && !hasRole(user, roles)) return <NotAllowed />;
  return children;
}
