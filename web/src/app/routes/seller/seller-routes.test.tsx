import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { taxonomy } from '@/test/fixtures';
import { apiError, jsonResponse } from '@/test/mock-fetch';
import { renderWithProviders } from '@/test/render';
import {
  mockApi,
  sellerApplication,
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
});
