import { Link, useLocation } from 'wouter';
import { SELLER_ROLES, hasRole, useSession, useSignOut } from '@/lib/auth';
import { useTranslation } from '@/lib/i18n';
import { useSearchParams, withSearch } from '@/lib/search-params';
import './user-menu.css';

/** Signing in from a page comes back to it, except from the sign-in pages themselves. */
function signInPath(pathname: string, search: URLSearchParams): string {
  if (pathname === '/' || pathname === '/login' || pathname === '/register') return '/login';
  return `/login?next=${encodeURIComponent(withSearch(pathname, search))}`;
}

export function UserMenu() {
  const { t } = useTranslation();
  const { user, isLoading } = useSession();
  const signOut = useSignOut();
  const [pathname, navigate] = useLocation();
  const searchParams = useSearchParams();

  // Nothing to offer until the session is known; the empty row keeps the header from jumping.
  if (isLoading) return <div className="user-menu" data-testid="user-menu" />;

  return (
    <nav className="user-menu" data-testid="user-menu" aria-label={t('account.menuLabel')}>
      <ul className="user-menu__list">
        {user ? (
          <>
            <li>
              <Link to="/account" className="user-menu__link user-menu__name">
                {user.name}
              </Link>
            </li>
            {user.role === 'shopper' ? (
              <li>
                <Link to="/apply" className="user-menu__link">
                  {t('account.sellOnHirfa')}
                </Link>
              </li>
            ) : null}
            {hasRole(user, SELLER_ROLES) ? (
              <li>
                <Link to="/seller" className="user-menu__link">
                  {t('account.sellerSpace')}
                </Link>
              </li>
            ) : null}
            {user.role === 'chamber_staff' ? (
              <li>
                <Link to="/chamber" className="user-menu__link">
                  {t('account.console')}
                </Link>
              </li>
            ) : null}
            <li>
              <button
                type="button"
                className="user-menu__link user-menu__sign-out"
                data-testid="sign-out"
                disabled={signOut.isPending}
                onClick={() => signOut.mutate(undefined, { onSettled: () => navigate('/') })}
              >
                {t('account.signOut')}
              </button>
            </li>
          </>
        ) : (
          <li>
            <Link to={signInPath(pathname, searchParams)} className="user-menu__link">
              {t('account.signIn')}
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
