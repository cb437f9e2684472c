import { Suspense, type ReactNode } from 'react';
import { useLocation } from 'wouter';
import { useTranslation } from '@/lib/i18n';
import { ErrorBoundary } from '../error-boundary';
import { LoadingStatus } from '../ui/loading-status';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';
import { MAIN_CONTENT_ID, SkipLink } from './skip-link';
import { useFocusOnNavigate } from './use-focus-on-navigate';

/** Last resort for a page that threw while rendering or whose code failed to download. */
function PageCrashed() {
  const { t } = useTranslation();
  return (
    <div className="container notice" role="alert">
      <h1>{t('routeError.title')}</h1>
      <p>{t('routeError.text')}</p>
      <button
        type="button"
        className="button button--primary"
        onClick={() => window.location.reload()}
      >
        {t('routeError.reload')}
      </button>
    </div>
  );
}

export function Layout({ children }: { children: ReactNode }) {
  const [pathname] = useLocation();
  useFocusOnNavigate();
  return (
    <div className="page">
      <SkipLink />
      <SiteHeader />
      <main id={MAIN_CONTENT_ID} tabIndex={-1} className="page__main">
        {/* Keyed on the path so that leaving a broken page gives the next one a fresh start. */}
        <ErrorBoundary key={pathname} fallback={<PageCrashed />}>
          <Suspense fallback={<LoadingStatus className="container" />}>{children}</Suspense>
        </ErrorBoundary>
      </main>
      <SiteFooter />
    </div>
  );
}
