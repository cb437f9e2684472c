import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { cartLine, cartOf, shopper } from '@/test/buying-fixtures';
import { apiError, jsonResponse } from '@/test/mock-fetch';
import { mockApi } from '@/test/mock-api';
import { renderWithProviders } from '@/test/render';
import { CartLink } from './cart-link';

const cart = cartOf([cartLine({ quantity: 3 })]);

function api(signedIn: boolean) {
  return mockApi((request) => {
    if (request.url.pathname === '/api/auth/me') {
      return signedIn ? jsonResponse(shopper) : apiError(401, 'Unauthorized', 'No session');
    }
    if (request.url.pathname === '/api/carts') return jsonResponse(cart);
    return apiError(404, 'Not Found', request.url.pathname);
  });
}

describe('<CartLink>', () => {
  it('shows how many pieces a signed-in shopper’s cart holds', async () => {
    api(true);
    renderWithProviders(<CartLink />);

    const link = screen.getByTestId('cart-link');
    expect(link).toHaveAttribute('href', '/cart');
    await waitFor(() => expect(link).toHaveAccessibleName('Panier (3 articles)'));
    expect(screen.getByTestId('cart-count')).toHaveTextContent('3');
  });

  it('opens no cart for a visitor who never added anything', async () => {
    const { calls } = api(false);
    renderWithProviders(<CartLink />);

    await waitFor(() => expect(calls()).toEqual(['GET /api/auth/me']));
    expect(screen.getByTestId('cart-link')).toHaveAccessibleName('Panier');
    expect(screen.queryByTestId('cart-count')).not.toBeInTheDocument();
  });

  it('reads the cart of a visitor who has put something in one on this browser', async () => {
    window.localStorage.setItem('hirfa.cart', '1');
    const { calls } = api(false);
    renderWithProviders(<CartLink />);

    expect(await screen.findByTestId('cart-count')).toHaveTextContent('3');
    expect(calls()).toEqual(['GET /api/auth/me', 'POST /api/carts?lang=fr']);
  });
});
