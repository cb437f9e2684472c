import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Cart } from '@hirfa/shared';
import { cartLine, cartOf, mad, tifaout } from '@/test/buying-fixtures';
import { apiError, jsonResponse } from '@/test/mock-fetch';
import { mockApi, type ApiRequest } from '@/test/mock-api';
import { renderWithProviders } from '@/test/render';
import { CartView } from './cart-view';

const tajine = cartLine();
const argan = cartLine({
  id: 'line-2',
  product: {
    id: 'p-2',
    slug: 'huile-argan-bio',
    title: "Huile d'argan bio, 250 ml",
    language: 'fr',
    thumbUrl: null,
    seller: tifaout,
  },
  quantity: 2,
  unitPrice: mad(12000),
  lineTotal: mad(24000),
  availability: { stock: 10, available: true, problem: null },
});
const cart = cartOf([tajine, argan], {
  'atelier-lahcen': { morocco: 3000, international: 15000 },
  'cooperative-tifaout': { morocco: 0, international: 9000 },
});

function cartApi(
  initial: Cart,
  writes: (request: ApiRequest) => Response = () => apiError(500, 'Error', 'unexpected'),
) {
  return mockApi((request) => {
    const path = request.url.pathname;
    if (path === '/api/auth/me') return apiError(401, 'Unauthorized', 'No session');
    if (request.method === 'POST' && path === '/api/carts') return jsonResponse(initial);
    return writes(request);
  });
}

describe('<CartView>', () => {
  it('lists the lines by seller with each seller’s shipping, and both totals', async () => {
    cartApi(cart);
    renderWithProviders(<CartView />, { route: '/cart' });

    const lines = await screen.findAllByTestId('cart-line');
    expect(lines).toHaveLength(2);
    const groups = screen.getAllByTestId('cart-group');
    expect(within(groups[0]!).getByRole('heading', { level: 2 })).toHaveTextContent(
      'Vendu par Atelier Lahcen',
    );
    expect(within(groups[1]!).getByRole('link', { name: 'Coopérative Tifaout' })).toHaveAttribute(
      'href',
      '/sellers/cooperative-tifaout',
    );
    expect(within(groups[1]!).getByText('Offerte')).toBeInTheDocument();
    expect(
      within(lines[0]!).getByRole('link', { name: 'Tajine émaillé bleu de Safi' }),
    ).toHaveAttribute('href', '/products/tajine-safi-bleu');
    const totals = screen.getByTestId('cart-total');
    expect(within(totals).getByText('3 pièces')).toBeInTheDocument();
    expect(screen.getByTestId('cart-total-morocco')).toHaveTextContent(/720,00/);
    expect(screen.getByTestId('cart-total-international')).toHaveTextContent(/930,00/);
    expect(screen.getByTestId('go-to-checkout')).toHaveAttribute('href', '/checkout');
  });

  it('updates a quantity, then removes a line, with the cart the API sends back', async () => {
    const user = userEvent.setup();
    const updated = cartOf([tajine, { ...argan, quantity: 3, lineTotal: mad(36000) }]);
    const removed = cartOf([{ ...argan, quantity: 3, lineTotal: mad(36000) }]);
    const api = cartApi(cart, (request) => {
      if (request.method === 'PATCH') return jsonResponse(updated);
      if (request.method === 'DELETE') return jsonResponse(removed);
      return apiError(404, 'Not Found', request.url.pathname);
    });
    renderWithProviders(<CartView />, { route: '/cart' });

    const quantities = await screen.findAllByTestId('cart-quantity');
    expect(quantities[1]).toHaveValue(2);
    await user.clear(quantities[1]!);
    await user.type(quantities[1]!, '3');
    await user.click(screen.getByRole('button', { name: /Mettre à jour la quantité de « Huile/ }));

    expect(await screen.findByText('Quantité mise à jour.')).toBeInTheDocument();
    expect(screen.getAllByTestId('cart-quantity')[1]).toHaveValue(3);
    expect(api.requests().at(-1)?.body).toEqual({ quantity: 3 });

    await user.click(
      screen.getByRole('button', { name: 'Retirer « Tajine émaillé bleu de Safi » du panier' }),
    );

    await waitFor(() => expect(screen.getAllByTestId('cart-line')).toHaveLength(1));
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('« Tajine émaillé bleu de Safi » a été retiré du panier.');
    expect(status).toHaveFocus();
    expect(api.calls().slice(-2)).toEqual([
      `PATCH /api/carts/${cart.id}/items/line-2?lang=fr`,
      `DELETE /api/carts/${cart.id}/items/line-1?lang=fr`,
    ]);
    expect(window.localStorage.getItem('hirfa.cart')).toBe('1');
  });

  it('shows availability problems and holds the checkout back until they are fixed', async () => {
    const problems = cartOf([
      cartLine({ availability: { stock: 0, available: false, problem: 'unavailable' } }),
      {
        ...argan,
        quantity: 4,
        availability: { stock: 2, available: false, problem: 'insufficient_stock' },
      },
    ]);
    cartApi(problems);
    renderWithProviders(<CartView />, { route: '/cart' });

    const lines = await screen.findAllByTestId('cart-line');
    expect(lines[0]).toHaveTextContent(
      "Cette pièce n'est plus en vente : retirez-la pour commander.",
    );
    expect(within(lines[0]!).queryByTestId('cart-quantity')).not.toBeInTheDocument();
    expect(within(lines[1]!).getByTestId('cart-quantity')).toHaveAccessibleDescription(
      "Il n'en reste que 2 : réduisez la quantité pour commander.",
    );
    const checkout = screen.getByTestId('go-to-checkout');
    expect(checkout).toBeDisabled();
    expect(checkout).toHaveAccessibleDescription(/Retirez les pièces qui ne sont plus en vente/);
  });

  it('explains a 409 on an update with the stock that is left now', async () => {
    const user = userEvent.setup();
    let reads = 0;
    const afterSale = cartOf([
      tajine,
      { ...argan, availability: { stock: 2, available: true, problem: null } },
    ]);
    mockApi((request) => {
      const path = request.url.pathname;
      if (path === '/api/auth/me') return apiError(401, 'Unauthorized', 'No session');
      if (request.method === 'POST' && path === '/api/carts') {
        reads += 1;
        return jsonResponse(reads === 1 ? cart : afterSale);
      }
      return apiError(409, 'Conflict', 'Only 2 of “Huile” are left');
    });
    renderWithProviders(<CartView />, { route: '/cart' });

    const quantities = await screen.findAllByTestId('cart-quantity');
    await user.clear(quantities[1]!);
    await user.type(quantities[1]!, '5');
    await user.click(screen.getByRole('button', { name: /Mettre à jour la quantité de « Huile/ }));

    expect(await screen.findByRole('alert')).toHaveTextContent("Il n'en reste que 2.");
    await waitFor(() => expect(reads).toBe(2));
  });

  it('invites to the catalogue when the cart is empty', async () => {
    cartApi(cartOf([]));
    renderWithProviders(<CartView />, { route: '/cart' });

    expect(await screen.findByTestId('cart-empty')).toHaveTextContent('Votre panier est vide.');
    expect(screen.getByRole('link', { name: 'Voir le catalogue' })).toHaveAttribute(
      'href',
      '/products',
    );
    expect(window.localStorage.getItem('hirfa.cart')).toBeNull();
  });
});
