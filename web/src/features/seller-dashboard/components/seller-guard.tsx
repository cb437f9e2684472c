import type { ReactNode } from 'react';
import { Link, Redirect, useLocation } from 'wouter';
import { LoadingStatus } from '@/components/ui/loading-status';
import { QueryError } from '@/components/ui/query-error';
import { hasRole, SELLER_ROLES, useSession } from '@/lib/auth';
import { useSearchParams, withSearch } from '@/lib/search-params';
import { useSellerTexts } from '../i18n';
import '../seller-dashboard.css';

/** Who may see the seller pages: signed-in artisans and cooperatives. */
export function SellerGuard({ children }: { children: ReactNode }) {
  const { t } = useSellerTexts();
  const { user, isLoading, query } = useSession();
  const [pathname] = useLocation();
  const searchParams = useSearchParams();

  if (isLoading) return <LoadingStatus label={t('guard.checking')} className="container" />;
  if (query.isError) {
    return (
      <div className="container">
        <QueryError error={query.error} onRetry={() => void query.refetch()} />
      </div>
    );
  }
  if (!user) {
    const next = withSearch(pathname, searchParams);
    return <Redirect to={`/login?next=${encodeURIComponent(next)}`} replace />;
  }
  if (!hasRole(user, SELLER_ROLES)) {
    return (
      <div className="container seller-page">
        <div className="seller-notice">
          <h1 className="seller-notice__title">{t('guard.notSellerTitle')}</h1>
          <p>{t('guard.notSellerText')}</p>
          <Link to="/apply" className="button button--primary">
            {t('guard.apply')}
          </Link>
        </div>
      </div>
    );
  }
  return children;
}
