import { screen, waitFor } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { CheckoutResponse } from '@hirfa/shared';
import { changeLanguage } from '@/lib/i18n';
import { cartLine, cartOf, mad } from '@/test/buying-fixtures';
import { apiError, jsonResponse, rateLimitedResponse } from '@/test/mock-fetch';
import { mockApi, type ApiRequest } from '@/test/mock-api';
import { renderWithProviders } from '@/test/render';
import { CheckoutPage } from './checkout-page';

const cart = cartOf([cartLine({ unitPrice: mad(5000) })]);
const placed: CheckoutResponse = {
  orderId: 'a1b2c3d4-0000-4000-8000-000000000078',
  orderNumber: 'HRF-2026-000078',
  paymentMethod: 'cod',
  paymentUrl: null,
};

function checkoutApi(onCheckout: (attempt: number) => Response) {
  let attempts = 0;
  return mockApi((request) => {
    const path = request.url.pathname;
    if (path === '/api/auth/me') return apiError(401, 'Unauthorized', 'No session');
    if (request.method === 'POST' && path === '/api/carts') return jsonResponse(cart);
    if (request.method === 'POST' && path === '/api/checkout') {
      attempts += 1;
      return onCheckout(attempts);
    }
    return apiError(404, 'Not Found', path);
  });
}

async function fillAddress(user: UserEvent) {
  await user.type(await screen.findByTestId('checkout-email'), 'amina@example.ma');
  await user.type(screen.getByTestId('checkout-name'), 'Amina El Idrissi');
  await user.type(screen.getByTestId('checkout-phone'), '+212 6 12 34 56 78');
  await user.type(screen.getByTestId('checkout-line1'), '12 derb Sidi Bouloukat');
  await user.type(screen.getByTestId('checkout-city'), 'Marrakech');
}

const checkouts = (requests: ApiRequest[]) =>
  requests.filter((request) => request.url.pathname === '/api/checkout');

// Typing a whole address takes a few seconds on a busy machine.
describe('<CheckoutPage> past the checkout rate limits', { timeout: 20_000 }, () => {
  afterEach(async () => {
    await changeLanguage('fr');
  });

  it('says how long to wait on a 429 rate_limited, then places the order once tried again', async () => {
    const user = userEvent.setup({ delay: null });
    const api = checkoutApi((attempt) =>
      attempt === 1 ? rateLimitedResponse(3000) : jsonResponse(placed, 201),
    );
    const view = renderWithProviders(<CheckoutPage />, { route: '/checkout' });
    await fillAddress(user);

    await user.click(screen.getByTestId('place-order'));

    const alert = await screen.findByRole('alert');
    await waitFor(() =>
      expect(alert).toHaveTextContent(
        "Trop de commandes en peu de temps depuis votre connexion ou pour cette adresse e-mail : rien n'a été commandé. Réessayez dans 50 minutes.",
      ),
    );
    expect(alert).not.toHaveTextContent('Too many');
    expect(view.location().pathname).toBe('/checkout');
    // The form keeps what was typed, and nothing points at a field.
    expect(screen.getByTestId('checkout-email')).toHaveValue('amina@example.ma');
    expect(screen.getByTestId('checkout-email')).not.toHaveAttribute('aria-invalid');

    await user.click(screen.getByTestId('place-order'));
    await waitFor(() => expect(view.location().pathname).toBe(`/orders/${placed.orderId}`));
    const [first, second] = checkouts(api.requests());
    // The refused attempt placed nothing: the next one is a new attempt with its own key.
    expect(second?.headers.get('Idempotency-Key')).not.toBe(first?.headers.get('Idempotency-Key'));
  });

  it('speaks Arabic, with no English in the refusal or on the page', async () => {
    await changeLanguage('ar');
    const user = userEvent.setup({ delay: null });
    checkoutApi(() => rateLimitedResponse(7));
    const view = renderWithProviders(<CheckoutPage />, { route: '/checkout' });
    await fillAddress(user);

    await user.click(screen.getByTestId('place-order'));

    const alert = await screen.findByRole('alert');
    await waitFor(() =>
      expect(alert).toHaveTextContent(
        'طلبات كثيرة في وقت قصير من اتصالك أو لهذا البريد الإلكتروني: لم يُسجَّل أي طلب. أعد المحاولة بعد 7 ثوانٍ.',
      ),
    );
    expect(alert.textContent).not.toMatch(/[A-Za-z]/);
    // The only Latin letters on the page are the seller's own words: product and shop names.
    const [line] = cart.lines;
    const page = view.container
      .textContent!.replaceAll(line!.product.title, '')
      .replaceAll(line!.product.seller.name, '');
    expect(page).not.toMatch(/[A-Za-z]/);
  });

  it('says how long to wait when the cart to check out cannot be opened', async () => {
    mockApi((request) => {
      const path = request.url.pathname;
      if (path === '/api/auth/me') return apiError(401, 'Unauthorized', 'No session');
      if (request.method === 'POST' && path === '/api/carts') return rateLimitedResponse(600);
      return apiError(404, 'Not Found', path);
    });
    renderWithProviders(<CheckoutPage />, { route: '/checkout' });

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'Trop de demandes depuis votre connexion. Réessayez dans 10 minutes.',
    );
    expect(alert).not.toHaveTextContent('Too many');
  });
});
