import { useEffect } from 'react';
import { useTranslation } from './i18n';

/** Sets the tab title as "<page> · Hirfa"; with no page title, just the site name. */
export function useDocumentTitle(pageTitle: string | undefined): void {
  const { t } = useTranslation();
  const siteName = t('meta.siteName');
  useEffect(() => {
    document.title = pageTitle ? `${pageTitle} · ${siteName}` : siteName;
  }, [pageTitle, siteName]);
}
