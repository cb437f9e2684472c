import { screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CheckoutResponse } from '@hirfa/shared';
import { cartLine, cartOf, shopper } from '@/test/buying-fixtures';
import { apiError, jsonResponse } from '@/test/mock-fetch';
import { mockApi, type ApiRequest } from '@/test/mock-api';
import { renderWithProviders } from '@/test/render';
import { CheckoutPage } from './checkout-page';

const cart = cartOf([cartLine({ quantity: 2 })]);
const placedCod: CheckoutResponse = {
  orderId: 'a1b2c3d4-0000-4000-8000-000000000042',
  orderNumber: 'HRF-2026-000042',
  paymentMethod: 'cod',
  paymentUrl: null,
};

function checkoutApi(
  onCheckout: (request: ApiRequest) => Response,
  { signedIn = false }: { signedIn?: boolean } = {},
) {
  return mockApi((request) => {
    const path = request.url.pathname;
    if (path === '/api/auth/me') {
      return signedIn ? jsonResponse(shopper) : apiError(401, 'Unauthorized', 'No session');
    }
    if (request.method === 'POST' && path === '/api/carts') return jsonResponse(cart);
    if (request.method === 'POST' && path === '/api/checkout') return onCheckout(request);
    return apiError(404, 'Not Found', path);
  });
}

async function fillAddress(user: UserEvent, { email = true } = {}) {
  if (email) await user.type(await screen.findByTestId('checkout-email'), 'amina@example.ma');
  await user.type(screen.getByTestId('checkout-name'), 'Amina El Idrissi');
  await user.type(screen.getByTestId('checkout-phone'), '+212 6 12 34 56 78');
  await user.type(screen.getByTestId('checkout-line1'), '12 derb Sidi Bouloukat');
  await user.type(screen.getByTestId('checkout-city'), 'Marrakech');
  await user.type(screen.getByTestId('checkout-postal-code'), '40000');
}

const checkoutCalls = (requests: ApiRequest[]) =>
  requests.filter((request) => request.url.pathname === '/api/checkout');

describe('<CheckoutPage>', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('offers cash on delivery in Morocco only, and says why abroad', async () => {
    const user = userEvent.setup();
    checkoutApi(() => jsonResponse(placedCod, 201));
    renderWithProviders(<CheckoutPage />, { route: '/checkout' });

    const country = await screen.findByTestId('checkout-country');
    expect(country).toHaveValue('MA');
    const options = within(country).getAllByRole('option');
    expect(options.slice(0, 4).map((option) => option.getAttribute('value'))).toEqual([
      'MA',
      'FR',
      'ES',
      'BE',
    ]);
    expect(options[0]).toHaveTextContent('Maroc');
    expect(screen.getByTestId('pay-cod')).toBeEnabled();
    expect(screen.getByTestId('pay-cod')).toBeChecked();
    expect(screen.getByTestId('checkout-total')).toHaveTextContent(/930,00/);

    await user.selectOptions(country, 'FR');

    const cod = screen.getByTestId('pay-cod');
    expect(cod).toBeDisabled();
    expect(cod).not.toBeChecked();
    expect(screen.getByTestId('pay-card')).toBeChecked();
    expect(cod).toHaveAccessibleDescription(
      "Le paiement à la livraison n'est possible que pour une adresse au Maroc : pour une livraison à l'étranger, payez par carte.",
    );
    // The summary now prices shipping abroad.
    expect(screen.getByTestId('checkout-summary')).toHaveTextContent("Livraison à l'étranger");
    expect(screen.getByTestId('checkout-total')).toHaveTextContent(/1.050,00/);
    expect(screen.getByTestId('place-order')).toHaveTextContent('Commander et payer par carte');
  });

  it('checks the fields before sending, tying each error to its field', async () => {
    const user = userEvent.setup();
    const api = checkoutApi(() => jsonResponse(placedCod, 201));
    renderWithProviders(<CheckoutPage />, { route: '/checkout' });

    await user.type(await screen.findByTestId('checkout-email'), 'amina@');
    await user.type(screen.getByTestId('checkout-phone'), 'abc');
    await user.click(screen.getByTestId('place-order'));

    const alert = screen.getByRole('alert');
    expect(alert).toHaveFocus();
    expect(alert).toHaveTextContent("La commande n'a pas pu être passée");
    expect(screen.getByTestId('checkout-email')).toHaveAccessibleDescription(
      /Saisissez une adresse e-mail valide/,
    );
    expect(screen.getByTestId('checkout-name')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByTestId('checkout-phone')).toHaveAccessibleDescription(
      /Saisissez un numéro de téléphone valide/,
    );
    expect(checkoutCalls(api.requests())).toEqual([]);
  });

  it('prefills the email of a signed-in shopper and shows the API’s field errors', async () => {
    const user = userEvent.setup();
    checkoutApi(
      () =>
        jsonResponse(
          {
            statusCode: 400,
            error: 'Bad Request',
            message: 'Invalid request',
            details: [{ field: 'shipping.phone', messages: ['phone must be a telephone number'] }],
          },
          400,
        ),
      { signedIn: true },
    );
    renderWithProviders(<CheckoutPage />, { route: '/checkout' });

    expect(await screen.findByTestId('checkout-email')).toHaveValue('amina@example.ma');
    expect(screen.queryByText('Vous avez un compte ?')).not.toBeInTheDocument();
    await fillAddress(user, { email: false });
    await user.click(screen.getByTestId('place-order'));

    await waitFor(() =>
      expect(screen.getByTestId('checkout-phone')).toHaveAttribute('aria-invalid', 'true'),
    );
    expect(screen.getByTestId('checkout-phone')).toHaveAccessibleDescription(
      /Saisissez un numéro de téléphone valide/,
    );
  });

  it('reuses the Idempotency-Key when the shopper retries after a failure', async () => {
    const user = userEvent.setup();
    let attempts = 0;
    const api = checkoutApi(() => {
      attempts += 1;
      return attempts === 1
        ? apiError(503, 'Service Unavailable', 'Stripe is unreachable')
        : jsonResponse(placedCod, 200);
    });
    const view = renderWithProviders(<CheckoutPage />, { route: '/checkout' });

    await fillAddress(user);
    await user.click(screen.getByTestId('place-order'));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Le service de paiement ne répond pas. Votre commande est enregistrée',
    );

    await user.click(screen.getByTestId('place-order'));
    await waitFor(() => expect(view.location().pathname).toBe(`/orders/${placedCod.orderId}`));
    expect(view.location().search).toBe('?placed=1');

    const [first, second] = checkoutCalls(api.requests());
    const key = first?.headers.get('Idempotency-Key');
    expect(key).toMatch(/^[A-Za-z0-9_.:-]{8,100}$/);
    expect(second?.headers.get('Idempotency-Key')).toBe(key);
    expect(first?.url.search).toBe('?lang=fr');
    expect(second?.body).toEqual({
      cartId: cart.id,
      email: 'amina@example.ma',
      shipping: {
        name: 'Amina El Idrissi',
        phone: '+212 6 12 34 56 78',
        line1: '12 derb Sidi Bouloukat',
        line2: null,
        city: 'Marrakech',
        postalCode: '40000',
        country: 'MA',
      },
      paymentMethod: 'cod',
      expectedTotal: cart.totals.morocco.total,
    });
  });

  it('sends one request on a double click, with the button disabled while it is on its way', async () => {
    const user = userEvent.setup();
    let answer: (response: Response) => void = () => undefined;
    const api = checkoutApi(() => new Promise<Response>((resolve) => (answer = resolve)) as never);
    renderWithProviders(<CheckoutPage />, { route: '/checkout' });

    await fillAddress(user);
    const button = screen.getByTestId('place-order');
    await user.dblClick(button);

    await waitFor(() => expect(button).toBeDisabled());
    expect(button).toHaveTextContent('Envoi de la commande…');
    expect(checkoutCalls(api.requests())).toHaveLength(1);
    answer(jsonResponse(placedCod, 201));
  });

  it('takes a new key for a new attempt after a refusal, and links back to the cart on 409', async () => {
    const user = userEvent.setup();
    const api = checkoutApi(() => apiError(409, 'Conflict', 'Sold out'));
    renderWithProviders(<CheckoutPage />, { route: '/checkout' });

    await fillAddress(user);
    await user.click(screen.getByTestId('place-order'));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent("Une pièce de votre panier vient d'être vendue");
    expect(within(alert).getByRole('link', { name: 'Revoir le panier' })).toHaveAttribute(
      'href',
      '/cart',
    );

    await user.click(screen.getByTestId('place-order'));
    await waitFor(() => expect(checkoutCalls(api.requests())).toHaveLength(2));
    const [first, second] = checkoutCalls(api.requests());
    expect(second?.headers.get('Idempotency-Key')).not.toBe(first?.headers.get('Idempotency-Key'));
  });

  it('sends a card order to the payment page', async () => {
    const user = userEvent.setup();
    const assign = vi.spyOn(window.location, 'assign').mockImplementation(() => undefined);
    const api = checkoutApi(() =>
      jsonResponse(
        {
          ...placedCod,
          paymentMethod: 'card',
          paymentUrl: 'https://checkout.stripe.com/c/pay/cs_test_a1b2c3d4e5',
        },
        201,
      ),
    );
    renderWithProviders(<CheckoutPage />, { route: '/checkout' });

    await fillAddress(user);
    await user.selectOptions(screen.getByTestId('checkout-country'), 'BE');
    await user.click(screen.getByTestId('place-order'));

    await waitFor(() =>
      expect(assign).toHaveBeenCalledWith('https://checkout.stripe.com/c/pay/cs_test_a1b2c3d4e5'),
    );
    expect(screen.getByTestId('place-order')).toHaveTextContent(
      'Redirection vers la page de paiement…',
    );
    const [sent] = checkoutCalls(api.requests());
    expect(sent?.body).toMatchObject({ paymentMethod: 'card', shipping: { country: 'BE' } });
  });
});
