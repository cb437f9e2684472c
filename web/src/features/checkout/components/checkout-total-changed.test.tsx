import { screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type {
  CheckoutQuantityLimitError,
  CheckoutResponse,
  CheckoutTooManyOpenOrdersError,
  CheckoutTotalChangedError,
} from '@hirfa/shared';
import { changeLanguage } from '@/lib/i18n';
import { cartLine, cartOf, mad } from '@/test/buying-fixtures';
import { apiError, jsonResponse } from '@/test/mock-fetch';
import { mockApi, type ApiRequest } from '@/test/mock-api';
import { renderWithProviders } from '@/test/render';
import { CheckoutPage } from './checkout-page';

// What the shopper saw: one vase at 50 MAD, shipping 30 MAD.
const seen = cartOf([cartLine({ unitPrice: mad(5000) })]);
// The seller then asked 1 000 000 MAD for it.
const now = cartOf([cartLine({ unitPrice: mad(100_000_000) })]);
const placed: CheckoutResponse = {
  orderId: 'a1b2c3d4-0000-4000-8000-000000000077',
  orderNumber: 'HRF-2026-000077',
  paymentMethod: 'cod',
  paymentUrl: null,
};

const totalChanged: CheckoutTotalChangedError = {
  statusCode: 409,
  error: 'Conflict',
  message: 'The total has changed since you saw it',
  code: 'checkout.total_changed',
  cart: now,
  changes: {
    expectedTotal: mad(8000),
    total: mad(100_003_000),
    lines: [
      {
        lineId: 'line-1',
        productId: 'p-1',
        title: 'Tajine émaillé bleu de Safi',
        quantity: 1,
        price: { old: mad(5000), new: mad(100_000_000) },
        availability: null,
      },
    ],
    shipping: { old: mad(2000), new: mad(3000) },
  },
};

function checkoutApi(onCheckout: (request: ApiRequest, attempt: number) => Response) {
  let attempts = 0;
  return mockApi((request) => {
    const path = request.url.pathname;
    if (path === '/api/auth/me') return apiError(401, 'Unauthorized', 'No session');
    if (request.method === 'POST' && path === '/api/carts') return jsonResponse(seen);
    if (request.method === 'POST' && path === '/api/checkout') {
      attempts += 1;
      return onCheckout(request, attempts);
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

describe('<CheckoutPage> when what the shopper saw is no longer so', () => {
  afterEach(async () => {
    vi.restoreAllMocks();
    await changeLanguage('fr');
  });

  it('sends the total shown; on checkout.total_changed shows old → new, refreshes the cart and places only once confirmed', async () => {
    const user = userEvent.setup();
    const api = checkoutApi((_request, attempt) =>
      attempt === 1 ? jsonResponse(totalChanged, 409) : jsonResponse(placed, 201),
    );
    const view = renderWithProviders(<CheckoutPage />, { route: '/checkout' });

    await fillAddress(user);
    expect(screen.getByTestId('checkout-total')).toHaveTextContent(/80,00/);
    await user.click(screen.getByTestId('place-order'));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      "Votre commande a changé depuis que vous l'avez vue : rien n'a été commandé.",
    );
    const [price, shipping] = within(alert).getAllByTestId('checkout-change');
    expect(price).toHaveTextContent(/Prix de « Tajine émaillé bleu de Safi » :\s*50,00.*→.*000,00/);
    expect(within(price!).getByRole('deletion')).toHaveTextContent(/50,00/);
    expect(within(price!).getByRole('insertion')).toHaveTextContent(/1.000.000,00/);
    expect(shipping).toHaveTextContent(/Livraison :\s*20,00.*→.*30,00/);
    expect(within(alert).getByTestId('checkout-change-total')).toHaveTextContent(
      /Total :\s*80,00.*→.*1.000.030,00/,
    );
    expect(within(alert).getByTestId('checkout-confirm-hint')).toHaveTextContent(
      'Vérifiez le nouveau total, puis confirmez pour commander.',
    );
    // The summary now shows the cart as the server has it, and nothing was placed.
    expect(screen.getByTestId('checkout-total')).toHaveTextContent(/1.000.030,00/);
    expect(view.location().pathname).toBe('/checkout');
    const button = screen.getByTestId('place-order');
    expect(button).toHaveTextContent('Confirmer le nouveau total et commander');

    await user.click(button);
    await waitFor(() => expect(view.location().pathname).toBe(`/orders/${placed.orderId}`));
    const [first, second] = checkouts(api.requests());
    expect(first?.body).toMatchObject({ expectedTotal: { amount: 8000, currency: 'MAD' } });
    expect(second?.body).toMatchObject({ expectedTotal: { amount: 100_003_000, currency: 'MAD' } });
    // A refusal placed nothing: the confirmed attempt is a new one, with its own key.
    expect(second?.headers.get('Idempotency-Key')).not.toBe(first?.headers.get('Idempotency-Key'));
  });

  it('sends the total of the address abroad when the country is not Morocco', async () => {
    const user = userEvent.setup();
    const api = checkoutApi(() => jsonResponse({ ...placed, paymentUrl: null }, 201));
    renderWithProviders(<CheckoutPage />, { route: '/checkout' });
    await fillAddress(user);
    await user.selectOptions(screen.getByTestId('checkout-country'), 'FR');
    await user.click(screen.getByTestId('place-order'));
    await waitFor(() => expect(checkouts(api.requests())).toHaveLength(1));
    expect(checkouts(api.requests())[0]?.body).toMatchObject({
      paymentMethod: 'card',
      expectedTotal: seen.totals.international.total,
    });
  });

  it('asks to fix the cart, not to confirm, when a piece is no longer available', async () => {
    const user = userEvent.setup();
    const gone = cartOf([
      cartLine({
        unitPrice: mad(5000),
        availability: { stock: 0, available: false, problem: 'unavailable' },
      }),
    ]);
    checkoutApi(() =>
      jsonResponse(
        {
          ...totalChanged,
          message: '“Tajine” has just sold out; remove it from your cart',
          cart: { ...gone, readyForCheckout: false },
          changes: {
            expectedTotal: mad(8000),
            total: mad(8000),
            lines: [
              {
                ...totalChanged.changes.lines[0]!,
                price: null,
                availability: { problem: 'unavailable', available: 0 },
              },
            ],
            shipping: null,
          },
        },
        409,
      ),
    );
    renderWithProviders(<CheckoutPage />, { route: '/checkout' });
    await fillAddress(user);
    await user.click(screen.getByTestId('place-order'));

    const alert = await screen.findByTestId('checkout-changes');
    expect(alert).toHaveTextContent("« Tajine émaillé bleu de Safi » n'est plus disponible.");
    expect(screen.getByTestId('checkout-confirm-hint')).toHaveTextContent(
      'Modifiez votre panier avant de commander.',
    );
    const formAlert = alert.closest('[role="alert"]') as HTMLElement;
    expect(within(formAlert).getByRole('link', { name: 'Revoir le panier' })).toHaveAttribute(
      'href',
      '/cart',
    );
  });

  it('words the holding limits from their codes, never the server’s English', async () => {
    const user = userEvent.setup();
    const quantity: CheckoutQuantityLimitError = {
      statusCode: 409,
      error: 'Conflict',
      message: 'English from the server',
      code: 'checkout.quantity_limit',
      limit: 5,
      products: [{ productId: 'p-1', title: 'Tajine bleu', inCart: 3, inOpenOrders: 3 }],
    };
    const open: CheckoutTooManyOpenOrdersError = {
      statusCode: 429,
      error: 'Too Many Requests',
      message: 'English from the server',
      code: 'checkout.too_many_open_orders',
      limit: 3,
      open: 3,
    };
    checkoutApi((_request, attempt) =>
      attempt === 1 ? jsonResponse(quantity, 409) : jsonResponse(open, 429),
    );
    renderWithProviders(<CheckoutPage />, { route: '/checkout' });
    await fillAddress(user);

    await user.click(screen.getByTestId('place-order'));
    const first = await screen.findByRole('alert');
    await waitFor(() =>
      expect(first).toHaveTextContent(
        'Tant que vos commandes ne sont pas payées ou confirmées, la limite est de 5 par pièce (Tajine bleu). Réduisez la quantité dans votre panier.',
      ),
    );
    expect(first).not.toHaveTextContent('English from the server');

    await user.click(screen.getByTestId('place-order'));
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent(
        'Vous avez déjà le nombre maximal de commandes en attente de paiement ou de confirmation.',
      ),
    );
    expect(screen.getByRole('alert')).not.toHaveTextContent('English from the server');
  });

  it('words an order too large to hold from its code, and sends the shopper back to the cart', async () => {
    const user = userEvent.setup();
    checkoutApi(() =>
      jsonResponse(
        {
          statusCode: 422,
          error: 'Unprocessable Entity',
          message: 'English from the server',
          code: 'checkout.total_too_large',
          maxTotal: { amount: 2147483647, currency: 'MAD' },
        },
        422,
      ),
    );
    renderWithProviders(<CheckoutPage />, { route: '/checkout' });
    await fillAddress(user);
    await user.click(screen.getByTestId('place-order'));
    const alert = await screen.findByRole('alert');
    await waitFor(() =>
      expect(alert).toHaveTextContent(
        'Cette commande dépasse le montant qu’une seule commande peut atteindre.',
      ),
    );
    expect(alert).not.toHaveTextContent('English from the server');
    expect(within(alert).getByRole('link', { name: 'Revoir le panier' })).toHaveAttribute(
      'href',
      '/cart',
    );
  });

  it('speaks Arabic, with the arrow pointing the way the text reads', async () => {
    await changeLanguage('ar');
    const user = userEvent.setup();
    checkoutApi(() => jsonResponse(totalChanged, 409));
    renderWithProviders(<CheckoutPage />, { route: '/checkout' });
    await fillAddress(user);
    await user.click(screen.getByTestId('place-order'));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('تغيّر طلبك منذ أن اطّلعت عليه: لم يُسجَّل أي طلب.');
    const [price] = within(alert).getAllByTestId('checkout-change');
    expect(price).toHaveTextContent('سعر «Tajine émaillé bleu de Safi»:');
    expect(price).toHaveTextContent('←');
    expect(screen.getByTestId('place-order')).toHaveTextContent('أكّد المجموع الجديد واطلب');
  });
});
