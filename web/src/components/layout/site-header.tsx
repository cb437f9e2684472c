import { Link } from 'wouter';
import { useTranslation } from '@/lib/i18n';
import { LanguageSwitcher } from '../language-switcher';
import { CartLink } from './cart-link';
import { NavLink } from './nav-link';
import { SearchBox } from './search-box';
import { UserMenu } from './user-menu';

export function SiteHeader() {
  const { t } = useTranslation();
  return (
    <header className="site-header">
      <div className="site-header__inner container">
        <UserMenu />
        <Link to="/" className="brand">
          <span className="brand__mark" aria-hidden="true" />
          <span className="brand__text">
            <span className="brand__name">{t('meta.siteName')}</span>
            <span className="brand__tagline">{t('meta.tagline')}</span>
          </span>
        </Link>
        <nav className="site-nav" aria-label={t('nav.label')}>
          <ul className="site-nav__list">
            <li>
              <NavLink to="/" end className="site-nav__link">
                {t('nav.home')}
              </NavLink>
            </li>
            <li>
              <NavLink to="/products" className="site-nav__link">
                {t('nav.catalogue')}
              </NavLink>
            </li>
            <li className="site-nav__cart">
              <CartLink />
            </li>
          </ul>
        </nav>
        <SearchBox />
        <LanguageSwitcher />
      </div>
    </header>
  );
}
