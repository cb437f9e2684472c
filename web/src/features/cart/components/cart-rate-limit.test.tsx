import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { changeLanguage } from '@/lib/i18n';
import { apiError, rateLimitedResponse } from '@/test/mock-fetch';
import { mockApi } from '@/test/mock-api';
import { renderWithProviders } from '@/test/render';
import { AddToCart } from './add-to-cart';
import { CartView } from './cart-view';

/** A guest whose address has opened too many carts: `POST /api/carts` answers 429. */
function cartsRefusedApi(retryAfterSeconds: number) {
  return mockApi((request) => {
    const path = request.url.pathname;
    if (path === '/api/auth/me') return apiError(401, 'Unauthorized', 'No session');
    if (request.method === 'POST' && path === '/api/carts') {
      return rateLimitedResponse(retryAfterSeconds);
    }
    return apiError(404, 'Not Found', path);
  });
}

describe('cart creation past its rate limit', () => {
  afterEach(async () => {
    await changeLanguage('fr');
  });

  it('says how long to wait when adding to a new cart is refused (429 rate_limited)', async () => {
    const user = userEvent.setup();
    const api = cartsRefusedApi(540);
    renderWithProviders(<AddToCart productId="p-1" stock={3} />);

    await user.click(await screen.findByTestId('add-to-cart'));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'Trop de paniers ouverts depuis votre connexion. Réessayez dans 9 minutes.',
    );
    expect(alert).not.toHaveTextContent('Too many');
    expect(screen.getByTestId('add-to-cart-feedback')).toBeEmptyDOMElement();
    // Nothing was added: the refusal came before any item was sent.
    expect(api.calls().filter((call) => call.includes('/items'))).toEqual([]);
  });

  it('words it in Arabic, with no English in the component', async () => {
    await changeLanguage('ar');
    const user = userEvent.setup();
    cartsRefusedApi(30);
    const view = renderWithProviders(<AddToCart productId="p-1" stock={3} />);

    await user.click(await screen.findByTestId('add-to-cart'));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'فُتحت سلال كثيرة من اتصالك. أعد المحاولة بعد 30 ثانية.',
    );
    expect(view.container.textContent).not.toMatch(/[A-Za-z]/);
  });

  it('says how long to wait on the cart page when its cart cannot be opened', async () => {
    cartsRefusedApi(120);
    renderWithProviders(<CartView />, { route: '/cart' });

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'Trop de demandes depuis votre connexion. Réessayez dans 2 minutes.',
    );
    expect(alert).not.toHaveTextContent('Too many');
  });

  it('says it in Arabic on the cart page, with no English on the page', async () => {
    await changeLanguage('ar');
    cartsRefusedApi(120);
    const view = renderWithProviders(<CartView />, { route: '/cart' });

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'طلبات كثيرة من اتصالك. أعد المحاولة بعد دقيقتين.',
    );
    expect(view.container.textContent).not.toMatch(/[A-Za-z]/);
  });
});
