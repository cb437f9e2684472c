import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { UserRole } from '@hirfa/shared';
import { SESSION_QUERY_KEY } from '@/lib/auth';
import { apiError, jsonResponse, mockFetch } from '@/test/mock-fetch';
import { renderWithProviders } from '@/test/render';
import { UserMenu } from './user-menu';

function signedInAs(role: UserRole) {
  return mockFetch((url) =>
    url.pathname === '/api/auth/logout'
      ? new Response(null, { status: 204 })
      : jsonResponse({
          id: 'u-1',
          email: 'salma@example.ma',
          name: 'Salma Idrissi',
          role,
          preferredLanguage: 'fr',
        }),
  );
}

const linkNames = () =>
  within(screen.getByTestId('user-menu'))
    .getAllByRole('link')
    .map((link) => [link.textContent, link.getAttribute('href')]);

describe('<UserMenu>', () => {
  it('offers to sign in, coming back to the current page', async () => {
    mockFetch(() => apiError(401, 'Unauthorized', 'Sign in first'));
    renderWithProviders(<UserMenu />, { route: '/products?craft=pottery' });

    expect(await screen.findByRole('link', { name: 'Se connecter' })).toHaveAttribute(
      'href',
      '/login?next=%2Fproducts%3Fcraft%3Dpottery',
    );
    expect(screen.getByRole('navigation', { name: 'Compte' })).toBe(
      screen.getByTestId('user-menu'),
    );
  });

  it.each([
    ['shopper', ['Vendre sur Hirfa', '/apply']],
    ['artisan', ['Espace vendeur', '/seller']],
    ['cooperative_admin', ['Espace vendeur', '/seller']],
    ['chamber_staff', ['Console', '/chamber']],
  ] as const)('gives a %s their name and their own space', async (role, roleLink) => {
    signedInAs(role);
    renderWithProviders(<UserMenu />, { route: '/' });

    expect(await screen.findByRole('link', { name: 'Salma Idrissi' })).toBeInTheDocument();
    expect(linkNames()).toEqual([['Salma Idrissi', '/account'], roleLink]);
  });

  it('signs out, forgets the user and goes home', async () => {
    const { requests } = signedInAs('chamber_staff');
    const view = renderWithProviders(<UserMenu />, { route: '/chamber' });

    await userEvent.setup().click(await screen.findByTestId('sign-out'));

    expect(await screen.findByRole('link', { name: 'Se connecter' })).toBeInTheDocument();
    expect(requests()).toContain('/api/auth/logout');
    await vi.waitFor(() => expect(view.location().pathname).toBe('/'));
    expect(view.queryClient.getQueryData(SESSION_QUERY_KEY)).toBeNull();
  });
});
