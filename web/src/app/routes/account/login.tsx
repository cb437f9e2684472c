import { Link } from 'wouter';
import { LoginForm } from '@/features/auth/components/login-form';
import { useAuthTexts } from '@/features/auth/i18n';
import { safeNextPath } from '@/features/auth/utils/next-path';
import { useSession } from '@/lib/auth';
import { useSearchParams } from '@/lib/search-params';
import { useDocumentTitle } from '@/lib/use-document-title';

export function LoginRoute() {
  const { t } = useAuthTexts();
  const next = safeNextPath(useSearchParams().get('next'));
  const { user } = useSession();
  useDocumentTitle(t('login.title'));

  return (
    <div className="container auth-page">
      <h1>{t('login.title')}</h1>
      {user ? (
        <div className="auth-card">
          <p>{t('login.alreadySignedIn', { name: user.name })}</p>
          <Link to={next} className="button button--primary">
            {t('login.continue')}
          </Link>
        </div>
      ) : (
        <>
          <p className="auth-page__intro">{t('login.intro')}</p>
          <div className="auth-card">
            <LoginForm next={next} />
          </div>
        </>
      )}
    </div>
  );
}
