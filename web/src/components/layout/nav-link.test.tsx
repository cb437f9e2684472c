import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '@/test/render';
import { NavLink } from './nav-link';

function Nav() {
  return (
    <nav>
      <NavLink to="/" end>
        Accueil
      </NavLink>
      <NavLink to="/products">Catalogue</NavLink>
    </nav>
  );
}

const current = (name: string) => screen.getByRole('link', { name }).getAttribute('aria-current');

describe('<NavLink>', () => {
  it('marks the link to the page on screen', () => {
    renderWithProviders(<Nav />, { route: '/' });
    expect(current('Accueil')).toBe('page');
    expect(current('Catalogue')).toBeNull();
  });

  it('marks a section link on the pages below it too, but not an `end` one', () => {
    renderWithProviders(<Nav />, { route: '/products/tajine-safi-bleu?from=home' });
    expect(current('Catalogue')).toBe('page');
    expect(current('Accueil')).toBeNull();
  });

  it('does not mark a link whose path only starts the same way', () => {
    renderWithProviders(<Nav />, { route: '/products-archive' });
    expect(current('Catalogue')).toBeNull();
  });
});
