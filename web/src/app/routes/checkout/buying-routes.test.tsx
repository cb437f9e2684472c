import { screen, within } from '@testing-library/react';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { AppRoutes } from '@/app/router';
import { changeLanguage } from '@/lib/i18n';
import { cartLine, cartOf, order, shopper, subOrder, tifaout } from '@/test/buying-fixtures';
import { productDetail, taxonomy } from '@/test/fixtures';
import { apiError, jsonResponse, mockFetch } from '@/test/mock-fetch';
import { renderWithProviders } from '@/test/render';

const cart = cartOf([
  cartLine(),
  cartLine({
    id: 'line-2',
    product: {
      ...cartLine().product,
      id: 'p-2',
      slug: 'huile-argan',
      title: "Huile d'argan",
      seller: tifaout,
    },
  }),
]);
const placed = order({
  subOrders: [subOrder(), subOrder({ id: 'so-2', seller: tifaout, status: 'confirmed' })],
});
const unpaid = order({
  id: 'b1b2c3d4-0000-4000-8000-000000000043',
  paymentMethod: 'card',
  paymentStatus: 'awaiting_payment',
  paymentDueAt: '2026-03-03T10:00:00.000Z',
  paymentUrl: 'https://checkout.stripe.com/c/pay/cs_test_abcdefgh',
});

function api(signedIn = true) {
  return mockFetch((url) => {
    switch (url.pathname) {
      case '/api/auth/me':
        return signedIn ? jsonResponse(shopper) : apiError(401, 'Unauthorized', 'No session');
      case '/api/taxonomy':
        return jsonResponse(taxonomy);
      case '/api/carts':
        return jsonResponse(cart);
      case `/api/products/${productDetail().slug}`:
        return jsonResponse(productDetail());
      case `/api/orders/${placed.id}`:
        return jsonResponse(placed);
      case `/api/orders/${unpaid.id}`:
        return jsonResponse(unpaid);
      case '/api/orders':
        return jsonResponse({ items: [], total: 0, page: 1, limit: 10 });
      default:
        return apiError(404, 'Not Found', url.pathname);
    }
  });
}

/** Serious and critical problems only; contrast needs a real layout (the browser tests). */
async function expectNoSeriousViolations() {
  const result = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false } } });
  const serious = result.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.html).join(' | ')}`);
  expect(serious).toEqual([]);
}

const pages: [string, string][] = [
  ['/products/tajine-safi-bleu', 'add-to-cart'],
  ['/cart', 'go-to-checkout'],
  ['/checkout', 'place-order'],
  [`/orders/${placed.id}?placed=1`, 'sub-order-status'],
  [`/checkout/cancel?order=${unpaid.id}`, 'retry-payment'],
];

describe('the buying pages', () => {
  it.each(['fr', 'ar'] as const)('pass axe in %s', async (language) => {
    await changeLanguage(language);
    api();
    for (const [route, testId] of pages) {
      const view = renderWithProviders(<AppRoutes />, { route });
      expect((await screen.findAllByTestId(testId)).length).toBeGreaterThan(0);
      await expectNoSeriousViolations();
      view.unmount();
    }
  });

  it('shows the cart count in the header and the add-to-cart control on the product page', async () => {
    api();
    renderWithProviders(<AppRoutes />, { route: '/products/tajine-safi-bleu' });

    expect(await screen.findByTestId('add-to-cart')).toHaveTextContent('Ajouter au panier');
    expect(await screen.findByTestId('cart-count')).toHaveTextContent('2');
  });

  it('sends a shopper back to pay from the cancel page', async () => {
    api();
    renderWithProviders(<AppRoutes />, { route: `/checkout/cancel?order=${unpaid.id}` });

    const page = await screen.findByTestId('payment-cancelled');
    expect(page).toHaveTextContent(
      "La commande n° HRF-2026-000042 est enregistrée mais n'est pas payée.",
    );
    expect(within(page).getByTestId('retry-payment')).toHaveAttribute('href', unpaid.paymentUrl);
    expect(within(page).getByRole('link', { name: 'Retour au panier' })).toHaveAttribute(
      'href',
      '/cart',
    );
  });

  it('sends a visitor to sign in for the order list', async () => {
    api(false);
    const view = renderWithProviders(<AppRoutes />, { route: '/orders' });

    await screen.findByRole('heading', { level: 1 });
    expect(view.location().pathname).toBe('/login');
  });
});
