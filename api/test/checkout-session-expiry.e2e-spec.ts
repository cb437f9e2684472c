import type Stripe from 'stripe';
import { OrderEntity } from '../src/modules/orders/entities/order.entity';
import { createStripe } from '../src/modules/payments/stripe.client';
import { signInAsSeller } from './support/accounts';
import {
  addToCart,
  createPaymentsTestApp,
  FRENCH_ADDRESS,
  openCart,
  placeOrder,
  type PaymentsTestApp,
} from './support/buying';
import { makeProduct } from './support/factories';

/**
 * Stripe refuses a Checkout Session that expires less than 30 minutes after it is created.
 * With the default 30-minute payment deadline, a session reaching Stripe a second late must
 * still be made: the deadline is then kept by the expiry sweep, not by Stripe.
 */
describe('the payment page of a card order placed under a slow network', () => {
  let env: PaymentsTestApp;
  let stripe: Stripe;

  afterEach(() => env.close());

  async function slowCardOrder(env: PaymentsTestApp) {
    const seller = await signInAsSeller(env.t);
    const bowl = await makeProduct(env.t.dataSource, seller.shop, { priceAmount: 30000 });
    const buyer = await openCart(env.t);
    await addToCart(env.t, buyer, bowl.id).expect(201);
    // The first try to open the page gets no answer for 1.5 s; the SDK sends it again.
    await env.stripe.fault({
      path: '/v1/checkout/sessions',
      when: 'before',
      fail: 'hang',
      ms: 1500,
    });
    return placeOrder(env.t, buyer, { paymentMethod: 'card', shipping: FRENCH_ADDRESS });
  }

  it('is made with Stripe’s own expiry when the deadline is 30 minutes, and the sweep keeps it', async () => {
    env = await createPaymentsTestApp();
    stripe = createStripe(env.t.config);
    const placed = await slowCardOrder(env);
    expect(placed.status).toBe(201);
    const order = await env.t.dataSource
      .getRepository(OrderEntity)
      .findOneByOrFail({ id: placed.body.orderId });
    const sessionId = (placed.body.paymentUrl as string).split('/pay/')[1];
    const session = await stripe.checkout.sessions.retrieve(sessionId);
    const deadline = Math.floor(order.paymentDueAt!.getTime() / 1000);
    expect(deadline - Math.floor(order.createdAt.getTime() / 1000)).toBe(30 * 60);
    expect(session.expires_at).toBeGreaterThan(deadline);
  });

  it('ends at the payment deadline when that leaves Stripe room enough', async () => {
    env = await createPaymentsTestApp({ PAYMENT_TIMEOUT_MINUTES: '45' });
    stripe = createStripe(env.t.config);
    const placed = await slowCardOrder(env);
    expect(placed.status).toBe(201);
    const order = await env.t.dataSource
      .getRepository(OrderEntity)
      .findOneByOrFail({ id: placed.body.orderId });
    const session = await stripe.checkout.sessions.retrieve(
      (placed.body.paymentUrl as string).split('/pay/')[1],
    );
    expect(session.expires_at).toBe(Math.floor(order.paymentDueAt!.getTime() / 1000));
  });
});
