import { useTranslation } from 'react-i18next';
import { Shell } from '@/components/layout/layout';
import { useDocumentTitle } from '@/lib/use-document-title';

/** Last resort for a page that threw while rendering or whose code failed to download. */
export function RouteError() {
  const { t } = useTranslation();
  useDocumentTitle(t('routeError.title'));
  return (
    <Shell>
      <div className="container notice" role="alert">
        <h1>{t('routeError.title')}</h1>
        <p>{t('routeError.text')}</p>
        <button type="button" className="button button--primary" onClick={() => window.location.reload()}>
          {t('routeError.reload')}
        </button>
      </div>
    </Shell>
  );
}
