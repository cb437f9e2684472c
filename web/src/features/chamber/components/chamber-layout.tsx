import type { ReactNode } from 'react';
import { NavLink } from '@/components/layout/nav-link';
import { useChamberTexts } from '../i18n';
// The console's filters and panels lay out hints and errors as the shared form controls do.
import '@/components/form/form.css';
import '../chamber.css';

/**
 * The console's frame: its own navigation between applications, statistics, moderation,
 * orders and payouts.
 */
export function ChamberLayout({ children }: { children: ReactNode }) {
  const { t } = useChamberTexts();
  return (
    <div className="container chamber">
      <nav className="chamber-nav" aria-label={t('nav.label')}>
        <ul className="chamber-nav__list">
          <li>
            <NavLink to="/chamber" end className="chamber-nav__link">
              {t('nav.queue')}
            </NavLink>
          </li>
          <li>
            <NavLink to="/chamber/stats" className="chamber-nav__link">
              {t('nav.stats')}
            </NavLink>
          </li>
          <li>
            <NavLink to="/chamber/moderation" className="chamber-nav__link">
              {t('nav.moderation')}
            </NavLink>
          </li>
          <li>
            <NavLink to="/chamber/orders" className="chamber-nav__link">
              {t('nav.orders')}
            </NavLink>
          </li>
          <li>
            <NavLink to="/chamber/payouts" className="chamber-nav__link">
              {t('nav.payouts')}
            </NavLink>
          </li>
        </ul>
      </nav>
      {children}
    </div>
  );
}
