import type { ReactNode } from 'react';
import { Outlet, ScrollRestoration, useNavigation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { LoadingStatus } from '../ui/loading-status';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';
import { MAIN_CONTENT_ID, SkipLink } from './skip-link';
import { useFocusOnNavigate } from './use-focus-on-navigate';

export function Shell({ children }: { children: ReactNode }) {
  return (
    <div className="page">
      <SkipLink />
      <SiteHeader />
      <main id={MAIN_CONTENT_ID} tabIndex={-1} className="page__main">
        {children}
      </main>
      <SiteFooter />
    </div>
  );
}

function NavigationProgress() {
  const { t } = useTranslation();
  const navigation = useNavigation();
  if (navigation.state === 'idle') return null;
  return (
    <div className="navigation-progress" role="status">
      <span className="visually-hidden">{t('status.loading')}</span>
    </div>
  );
}

export function Layout() {
  useFocusOnNavigate();
  return (
    <Shell>
      <NavigationProgress />
      <Outlet />
      <ScrollRestoration />
    </Shell>
  );
}

/** Shown while the first page's code is still downloading. */
export function LayoutFallback() {
  return (
    <Shell>
      <LoadingStatus className="container" />
    </Shell>
  );
}
