import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { cartLine, cartOf } from '@/test/buying-fixtures';
import { apiError, jsonResponse } from '@/test/mock-fetch';
import { mockApi, type ApiRequest } from '@/test/mock-api';
import { renderWithProviders } from '@/test/render';
import { AddToCart } from './add-to-cart';

const emptyCart = cartOf([]);

/** A guest: the session is 401, the cart starts empty and grows with each add. */
function guestApi(onAdd: (request: ApiRequest) => Response = () => jsonResponse(emptyCart, 201)) {
  return mockApi((request) => {
    const path = request.url.pathname;
    if (path === '/api/auth/me') return apiError(401, 'Unauthorized', 'No session');
    if (request.method === 'POST' && path === '/api/carts') return jsonResponse(emptyCart, 201);
    if (request.method === 'POST' && path === `/api/carts/${emptyCart.id}/items`) {
      return onAdd(request);
    }
    return apiError(404, 'Not Found', path);
  });
}

describe('<AddToCart>', () => {
  it('adds the chosen quantity, opening the cart only on the click, and links to the cart', async () => {
    const user = userEvent.setup();
    const added = cartOf([cartLine({ quantity: 2 })]);
    const api = guestApi(() => jsonResponse(added, 201));
    renderWithProviders(<AddToCart productId="p-1" stock={3} />);

    const quantity = await screen.findByLabelText('Quantité');
    expect(quantity).toHaveAttribute('max', '3');
    expect(quantity).toHaveAccessibleDescription('3 disponibles.');
    // Looking at a product never makes a cart.
    expect(api.calls().filter((call) => call.includes('/api/carts'))).toEqual([]);

    await user.clear(quantity);
    await user.type(quantity, '2');
    await user.click(screen.getByTestId('add-to-cart'));

    const feedback = screen.getByTestId('add-to-cart-feedback');
    expect(await within(feedback).findByText(/2 pièces ajoutées à votre panier/)).toBeVisible();
    expect(feedback).toHaveAttribute('role', 'status');
    expect(within(feedback).getByRole('link', { name: 'Voir le panier' })).toHaveAttribute(
      'href',
      '/cart',
    );
    expect(api.calls()).toEqual([
      'GET /api/auth/me',
      'POST /api/carts?lang=fr',
      `POST /api/carts/${emptyCart.id}/items?lang=fr`,
    ]);
    expect(api.requests()[2]?.body).toEqual({ productId: 'p-1', quantity: 2 });
    // Two of three are in the cart now: only one more can be added.
    expect(screen.getByLabelText('Quantité')).toHaveAttribute('max', '1');
    expect(window.localStorage.getItem('hirfa.cart')).toBe('1');
  });

  it('offers no quantity for a one-of-a-kind piece, then says it is all in the cart', async () => {
    const user = userEvent.setup();
    const added = cartOf([
      cartLine({ availability: { stock: 1, available: true, problem: null } }),
    ]);
    const api = guestApi(() => jsonResponse(added, 201));
    renderWithProviders(<AddToCart productId="p-1" stock={1} />);

    const button = await screen.findByTestId('add-to-cart');
    expect(screen.queryByLabelText('Quantité')).not.toBeInTheDocument();
    await user.click(button);

    expect(await screen.findByText(/1 pièce ajoutée à votre panier/)).toBeVisible();
    expect(screen.getByTestId('add-to-cart')).toBeDisabled();
    expect(screen.getByTestId('add-to-cart')).toHaveAccessibleDescription(
      /Tout le stock de cette pièce est déjà dans votre panier/,
    );
    expect(api.requests()[2]?.body).toEqual({ productId: 'p-1', quantity: 1 });
  });

  it('is disabled, saying why, when the piece is sold out', async () => {
    guestApi();
    renderWithProviders(<AddToCart productId="p-1" stock={0} />);

    const button = await screen.findByTestId('add-to-cart');
    expect(button).toBeDisabled();
    expect(button).toHaveAccessibleDescription('Cette pièce est épuisée.');
  });

  it('refuses a quantity above the stock before calling the API', async () => {
    const user = userEvent.setup();
    const api = guestApi();
    renderWithProviders(<AddToCart productId="p-1" stock={3} />);

    const quantity = await screen.findByLabelText('Quantité');
    await user.clear(quantity);
    await user.type(quantity, '5');
    await user.click(screen.getByTestId('add-to-cart'));

    expect(screen.getByRole('alert')).toHaveTextContent('Choisissez une quantité entre 1 et 3.');
    expect(quantity).toHaveAttribute('aria-invalid', 'true');
    expect(api.calls().filter((call) => call.includes('/api/carts'))).toEqual([]);
  });

  it('explains a 409 from the API: someone bought the stock in the meantime', async () => {
    const user = userEvent.setup();
    guestApi(() => apiError(409, 'Conflict', 'Only 1 of “Tajine” is left'));
    renderWithProviders(<AddToCart productId="p-1" stock={3} />);

    await user.click(await screen.findByTestId('add-to-cart'));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      "Il n'y en a pas assez en stock (disponible : 3).",
    );
  });
});
