import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { taxonomy } from '@/test/fixtures';
import { apiError, jsonResponse } from '@/test/mock-fetch';
import { renderWithProviders } from '@/test/render';
import userEvent from '@testing-library/user-event';
import {
  ledgerEntry,
  mockApi,
  sellerApplication,
  sellerLedger,
  sellerOrder,
  sellerOrderPage,
  sellerProduct,
  sellerProductPage,
} from '@/features/seller-dashboard/testing/fixtures';
import { AppRoutes } from '../../router';

const artisan = {
  id: 'u-1',
  email: 'lahcen@example.ma',
  name: 'Lahcen',
  role: 'artisan',
  preferredLanguage: 'fr',
};

function api(signedIn: boolean) {
  return mockApi(({ url }) => {
    switch (url.pathname) {
      case '/api/auth/me':
        return signedIn ? jsonResponse(artisan) : apiError(401, 'Unauthorized', 'Sign in');
      case '/api/taxonomy':
        return jsonResponse(taxonomy);
      case '/api/seller-applications/mine':
        return jsonResponse(sellerApplication());
      case '/api/seller/products':
        return jsonResponse(sellerProductPage([sellerProduct()]));
      case `/api/seller/products/${sellerProduct().id}`:
        return jsonResponse(sellerProduct());
      case '/api/seller/orders':
        return jsonResponse(sellerOrderPage([sellerOrder()]));
      case `/api/seller/orders/${sellerOrder().id}`:
        return jsonResponse(sellerOrder());
      case '/api/seller/ledger':
        return jsonResponse(sellerLedger([ledgerEntry()]));
      case '/api/seller/shop/shipping':
        return jsonResponse({ moroccoAmount: 3500, internationalAmount: 25000, currency: 'MAD' });
      default:
        return apiError(404, 'Not Found', url.pathname);
    }
  });
}

describe('seller routes', () => {
  it('sends a visitor to sign in first', async () => {
    api(false);
    const { location } = renderWithProviders(<AppRoutes />, { route: '/seller' });
    await waitFor(() => expect(location().pathname).toBe('/login'));
    expect(location().search).toBe('?next=%2Fseller');
  });

  it('opens the dashboard, the new product form and a product', async () => {
    api(true);
    const { navigate } = renderWithProviders(<AppRoutes />, { route: '/seller' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Mes produits' })).toBeVisible();
    expect(await screen.findAllByTestId('seller-product-row')).toHaveLength(1);

    navigate('/seller/products/new');
    expect(await screen.findByRole('heading', { level: 1, name: 'Nouveau produit' })).toBeVisible();
    expect(screen.getByTestId('product-save')).toHaveTextContent('Créer le produit');

    navigate(`/seller/products/${sellerProduct().id}`);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Tajine bleu de Safi' }),
    ).toBeVisible();
    expect(screen.getByTestId('product-save')).toHaveTextContent('Enregistrer');
  });

  it('moves between products, orders, balance and shipping with the section tabs', async () => {
    const user = userEvent.setup();
    api(true);
    const { location } = renderWithProviders(<AppRoutes />, { route: '/seller' });
    await screen.findByRole('navigation', { name: 'Espace vendeur' });
    expect(screen.getByTestId('seller-nav-products')).toHaveAttribute('aria-current', 'page');

    await user.click(screen.getByTestId('seller-nav-orders'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Commandes' })).toBeVisible();
    expect(await screen.findAllByTestId('seller-order-row')).toHaveLength(1);

    await user.click(screen.getByRole('link', { name: 'Commande HF-2026-000123' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Commande HF-2026-000123' }),
    ).toBeVisible();
    expect(location().pathname).toBe(`/seller/orders/${sellerOrder().id}`);
    expect(screen.getByTestId('order-action-accept')).toBeVisible();

    await user.click(screen.getByRole('link', { name: 'Retour aux commandes' }));
    await user.click(await screen.findByTestId('seller-nav-balance'));
    expect(await screen.findByTestId('ledger-balance')).toBeVisible();
    expect(screen.getAllByTestId('ledger-line')).toHaveLength(1);

    await user.click(screen.getByTestId('seller-nav-shipping'));
    expect(await screen.findByTestId('shipping-morocco')).toHaveValue('35');
    expect(location().pathname).toBe('/seller/shipping');
  });

  it('sends a visitor to sign in before seeing orders', async () => {
    api(false);
    const { location } = renderWithProviders(<AppRoutes />, {
      route: '/seller/orders?status=paid',
    });
    await waitFor(() => expect(location().pathname).toBe('/login'));
    expect(location().search).toBe('?next=%2Fseller%2Forders%3Fstatus%3Dpaid');
  });
});
