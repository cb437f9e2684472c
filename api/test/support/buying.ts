import request from 'supertest';
import type { Cart, CheckoutRequest, Money, ShippingAddress } from '@hirfa/shared';
import { LOCAL_STRIPE_WEBHOOK_SECRET } from '../../src/config/configuration';
import { findFreePort } from '../../src/database/embedded-postgres';
import { createTestApp, type TestApp } from './test-app';
import { startLocalStripe, type LocalStripeProcess } from './stripe-local';

/** A buyer's way in: the cart cookie of a guest, or a signed-in user's headers (or both). */
export interface Buyer {
  cartId: string;
  headers: Record<string, string>;
}

export const MOROCCAN_ADDRESS: ShippingAddress = {
  name: 'Amina El Idrissi',
  phone: '+212 612 345 678',
  line1: '12 derb Sidi Bouloukat',
  city: 'Marrakech',
  postalCode: '40000',
  country: 'MA',
};

export const FRENCH_ADDRESS: ShippingAddress = {
  name: 'Claire Martin',
  phone: '+33 6 12 34 56 78',
  line1: '4 rue des Potiers',
  city: 'Lyon',
  postalCode: '69001',
  country: 'FR',
};

/** Opens a cart; a guest gets the `hirfa_cart` cookie, which later calls send back. */
export async function openCart(t: TestApp, headers: Record<string, string> = {}): Promise<Buyer> {
  const response = await request(t.http).post('/api/carts').set(headers);
  if (response.status !== 201 && response.status !== 200) {
    throw new Error(`Opening a cart answered ${response.status}: ${JSON.stringify(response.body)}`);
  }
  const setCookie = response.headers['set-cookie'] as unknown as string[] | undefined;
  const cartCookie = setCookie?.find((cookie) => cookie.startsWith('hirfa_cart='));
  const cookie = cartCookie ? cartCookie.split(';')[0] : undefined;
  return {
    cartId: response.body.id,
    headers: { ...headers, ...(cookie ? { Cookie: cookie } : {}) },
  };
}

export function addToCart(t: TestApp, buyer: Buyer, productId: string, quantity = 1): request.Test {
  return request(t.http)
    .post(`/api/carts/${buyer.cartId}/items`)
    .set(buyer.headers)
    .send({ productId, quantity });
}

/**
 * A checkout body. Each cart is its own shopper by default (an email of its own), so that
 * tests of many buyers stay within the per-buyer limits. The expected total defaults to 0:
 * `placeOrder` sends the cart's real total instead.
 */
export function checkoutBody(
  buyer: Buyer,
  overrides: Partial<CheckoutRequest> = {},
): CheckoutRequest {
  return {
    cartId: buyer.cartId,
    email: `buyer-${buyer.cartId.slice(0, 8)}@example.ma`,
    shipping: MOROCCAN_ADDRESS,
    paymentMethod: 'cod',
    expectedTotal: { amount: 0, currency: 'MAD' },
    ...overrides,
  };
}

/** The total the cart shows now for an address in this country (`GET /api/carts/:id`). */
export async function shownTotal(
  t: TestApp,
  buyer: Buyer,
  country = MOROCCAN_ADDRESS.country,
): Promise<Money | null> {
  const response = await request(t.http).get(`/api/carts/${buyer.cartId}`).set(buyer.headers);
  if (response.status !== 200) return null;
  const cart = response.body as Cart;
  return country === 'MA' ? cart.totals.morocco.total : cart.totals.international.total;
}

/**
 * Checks the cart out with the total it shows just before sending, as the checkout page
 * does (unless the test sets `expectedTotal`). A cart the caller cannot read (another
 * buyer's, or one already ordered) is sent with a total of 0 and meets the server's answer.
 */
export function placeOrder(
  t: TestApp,
  buyer: Buyer,
  overrides: Partial<CheckoutRequest> = {},
  headers: Record<string, string> = {},
): request.Test {
  const test = request(t.http)
    .post('/api/checkout')
    .set({ ...buyer.headers, ...headers });
  if (overrides.expectedTotal) return test.send(checkoutBody(buyer, overrides));
  // Read the total when the request is sent, not when it is built.
  const end = test.end.bind(test);
  test.end = (callback) => {
    const country = (overrides.shipping ?? MOROCCAN_ADDRESS).country;
    shownTotal(t, { ...buyer, headers: { ...buyer.headers, ...headers } }, country).then(
      (total) => {
        test.send(
          checkoutBody(buyer, { ...overrides, ...(total ? { expectedTotal: total } : {}) }),
        );
        end(callback);
      },
      (error: Error) => callback?.(error, undefined as unknown as request.Response),
    );
    return test;
  };
  return test;
}

/** A guest cart holding these products, checked out; fails the test unless the order is placed. */
export async function makeOrder(
  t: TestApp,
  lines: { productId: string; quantity?: number }[],
  overrides: Partial<CheckoutRequest> = {},
  headers: Record<string, string> = {},
): Promise<{ buyer: Buyer; orderId: string; orderNumber: string; paymentUrl: string | null }> {
  const buyer = await openCart(t, headers);
  for (const line of lines) {
    const added = await addToCart(t, buyer, line.productId, line.quantity ?? 1);
    if (added.status !== 201) throw new Error(`Adding to the cart answered ${added.status}`);
  }
  const placed = await placeOrder(t, buyer, overrides);
  if (placed.status !== 201) {
    throw new Error(`Checkout answered ${placed.status}: ${JSON.stringify(placed.body)}`);
  }
  return { buyer, ...placed.body };
}

export interface PaymentsTestApp {
  t: TestApp;
  stripe: LocalStripeProcess;
  close(): Promise<void>;
}

/**
 * The app listening on a real port, with the local Stripe server sending it signed webhooks
 * and the SDK pointed at that server.
 */
export async function createPaymentsTestApp(
  env: Record<string, string> = {},
): Promise<PaymentsTestApp> {
  const appPort = await findFreePort();
  const stripe = await startLocalStripe({
    webhookUrl: `http://127.0.0.1:${appPort}/api/payments/stripe/webhook`,
    webhookSecret: LOCAL_STRIPE_WEBHOOK_SECRET,
  });
  const t = await createTestApp({ STRIPE_LOCAL_PORT: String(stripe.port), ...env });
  await t.app.listen(appPort, '127.0.0.1');
  return {
    t,
    stripe,
    close: async () => {
      await stripe.close();
      await t.close();
    },
  };
}

/** Waits until `check` holds, polling the database or the API. */
export async function eventually<T>(
  read: () => Promise<T>,
  check: (value: T) => boolean,
  timeoutMs = 8000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (check(value)) return value;
    if (Date.now() > deadline) throw new Error(`Still not as expected: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
