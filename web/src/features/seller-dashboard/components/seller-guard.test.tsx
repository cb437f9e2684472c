import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiError, jsonResponse, mockFetch } from '@/test/mock-fetch';
import { renderWithProviders } from '@/test/render';
import { SellerGuard } from './seller-guard';

const user = (role: string) => ({
  id: 'u-1',
  email: 'lahcen@example.ma',
  name: 'Lahcen',
  role,
  preferredLanguage: 'fr',
});

describe('<SellerGuard>', () => {
  it('says it is checking the session while it loads', () => {
    mockFetch(() => new Promise<Response>(() => {}));
    renderWithProviders(<SellerGuard>secret</SellerGuard>, { route: '/seller' });
    expect(screen.getByRole('status')).toHaveTextContent('Vérification de votre session…');
    expect(screen.queryByText('secret')).not.toBeInTheDocument();
  });

  it('sends a visitor to the sign-in page, coming back afterwards', async () => {
    mockFetch(() => apiError(401, 'Unauthorized', 'Sign in first'));
    const { location } = renderWithProviders(<SellerGuard>secret</SellerGuard>, {
      route: '/seller/products/p-1?tab=photos',
    });
    await waitFor(() => expect(location().pathname).toBe('/login'));
    expect(new URLSearchParams(location().search).get('next')).toBe(
      '/seller/products/p-1?tab=photos',
    );
    expect(screen.queryByText('secret')).not.toBeInTheDocument();
  });

  it('tells a shopper the space is for sellers, with a way to apply', async () => {
    mockFetch(() => jsonResponse(user('shopper')));
    renderWithProviders(<SellerGuard>secret</SellerGuard>, { route: '/seller' });

    expect(
      await screen.findByRole('heading', { name: 'Cet espace est réservé aux vendeurs' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Devenir vendeur' })).toHaveAttribute('href', '/apply');
    expect(screen.queryByText('secret')).not.toBeInTheDocument();
  });

  it.each(['artisan', 'cooperative_admin'])('lets a %s in', async (role) => {
    mockFetch(() => jsonResponse(user(role)));
    renderWithProviders(<SellerGuard>secret</SellerGuard>, { route: '/seller' });
    expect(await screen.findByText('secret')).toBeInTheDocument();
  });
});
