// Drives the local Stripe server with the real `stripe` SDK from api/, the way the API does.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import http from 'node:http';
import { createRequire } from 'node:module';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { decodeStripeParams, startLocalStripe } from './server.mjs';

const require = createRequire(new URL('../../api/package.json', import.meta.url));
const Stripe = require('stripe');

const SECRET = 'whsec_test_local_0123456789abcdef';
const silent = { info() {}, warn() {} };
const inAnHour = () => Math.floor(Date.now() / 1000) + 3600;

/** A webhook endpoint that records raw bodies and can be told to fail. */
async function startReceiver() {
  const received = [];
  const state = { failNext: 0 };
  const server = http.createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      if (state.failNext > 0) {
        state.failNext -= 1;
        res.writeHead(500).end('boom');
        return;
      }
      received.push({
        payload: Buffer.concat(chunks).toString('utf8'),
        signature: req.headers['stripe-signature'],
        contentType: req.headers['content-type'],
      });
      res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"received":true}');
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}/api/payments/stripe/webhook`,
    received,
    state,
    close: () =>
      new Promise((resolve) => {
        server.close(resolve);
        server.closeAllConnections();
      }),
  };
}

function sdkFor(local, key = 'sk_test_hirfa_local') {
  return new Stripe(key, {
    host: '127.0.0.1',
    port: local.port,
    protocol: 'http',
    maxNetworkRetries: 0,
  });
}

function sessionParams(overrides = {}) {
  return {
    mode: 'payment',
    currency: 'mad',
    success_url: 'http://shop.test/checkout/success?session_id={CHECKOUT_SESSION_ID}',
    cancel_url: 'http://shop.test/checkout/cancel',
    customer_email: 'amina@example.ma',
    expires_at: inAnHour(),
    line_items: [
      {
        quantity: 2,
        price_data: {
          currency: 'mad',
          unit_amount: 35000,
          product_data: { name: 'Tapis berbère <Azilal>' },
        },
      },
      {
        quantity: 1,
        price_data: { currency: 'mad', unit_amount: 30000, product_data: { name: 'Tajine' } },
      },
    ],
    metadata: { orderId: 'ord_1' },
    payment_intent_data: { metadata: { orderId: 'ord_1' } },
    ...overrides,
  };
}

function payForm(local, sessionId, fields, headers = {}) {
  return fetch(`${local.url}/pay/${sessionId}`, {
    method: 'POST',
    body: new URLSearchParams(fields),
    redirect: 'manual',
    headers,
  });
}

describe('stripe-local driven by the stripe SDK', () => {
  let receiver;
  let local;
  let stripe;

  before(async () => {
    receiver = await startReceiver();
    local = await startLocalStripe({
      webhookUrl: receiver.url,
      webhookSecret: SECRET,
      logger: silent,
      webhookRetryDelaysMs: [30, 60],
      asyncDelayMs: 10,
    });
    stripe = sdkFor(local);
  });

  after(async () => {
    await local.close();
    await receiver.close();
  });

  /** Received webhooks about one object, verified with the SDK as the API does. */
  function webhooksFor(...ids) {
    return receiver.received
      .map((r) => ({
        ...r,
        event: stripe.webhooks.constructEvent(r.payload, r.signature, SECRET, 300),
      }))
      .filter((r) => {
        const o = r.event.data.object;
        return ids.includes(o.id) || ids.includes(o.payment_intent);
      });
  }

  async function paidSession(overrides) {
    const session = await stripe.checkout.sessions.create(sessionParams(overrides));
    const res = await payForm(local, session.id, { card: '4242 4242 4242 4242' });
    assert.equal(res.status, 303);
    return stripe.checkout.sessions.retrieve(session.id, { expand: ['payment_intent'] });
  }

  test('creates a session; the same idempotency key replays it, other parameters are refused', async () => {
    const params = sessionParams();
    const first = await stripe.checkout.sessions.create(params, { idempotencyKey: 'order-1-a' });
    assert.match(first.id, /^cs_test_a1[A-Za-z0-9]{56}$/);
    assert.equal(first.object, 'checkout.session');
    assert.equal(first.livemode, false);
    assert.equal(first.mode, 'payment');
    assert.equal(first.status, 'open');
    assert.equal(first.payment_status, 'unpaid');
    assert.equal(first.payment_intent, null);
    assert.equal(first.amount_total, 100000);
    assert.equal(first.amount_subtotal, 100000);
    assert.equal(first.currency, 'mad');
    assert.equal(first.customer_email, 'amina@example.ma');
    assert.deepEqual(first.metadata, { orderId: 'ord_1' });
    assert.equal(first.success_url, params.success_url);
    assert.equal(first.expires_at, params.expires_at);
    assert.equal(first.url, `${local.url}/pay/${first.id}`);
    assert.equal(typeof first.created, 'number');

    const replay = await stripe.checkout.sessions.create(params, { idempotencyKey: 'order-1-a' });
    assert.equal(replay.id, first.id);
    assert.equal(replay.lastResponse.headers['idempotent-replayed'], 'true');

    await assert.rejects(
      stripe.checkout.sessions.create(sessionParams({ metadata: { orderId: 'ord_2' } }), {
        idempotencyKey: 'order-1-a',
      }),
      (error) => {
        assert.equal(error.type, 'StripeIdempotencyError');
        assert.equal(error.statusCode, 400);
        assert.equal(error.raw.type, 'idempotency_error');
        return true;
      },
    );
  });

  test('retrieves a session, expanding line_items; payment_intent stays null until paid', async () => {
    const created = await stripe.checkout.sessions.create(sessionParams());
    const got = await stripe.checkout.sessions.retrieve(created.id, {
      expand: ['payment_intent', 'line_items'],
    });
    assert.equal(got.id, created.id);
    assert.equal(got.payment_intent, null);
    assert.equal(got.line_items.object, 'list');
    assert.deepEqual(
      got.line_items.data.map((i) => [
        i.description,
        i.quantity,
        i.price.unit_amount,
        i.amount_total,
      ]),
      [
        ['Tapis berbère <Azilal>', 2, 35000, 70000],
        ['Tajine', 1, 30000, 30000],
      ],
    );
    const items = await stripe.checkout.sessions.listLineItems(created.id);
    assert.equal(items.data.length, 2);
  });

  test('serves an accessible French payment page with English below', async () => {
    const session = await stripe.checkout.sessions.create(sessionParams());
    const res = await fetch(session.url);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type'), /^text\/html/);
    assert.match(res.headers.get('content-security-policy'), /default-src 'none'/);
    const html = await res.text();
    assert.match(html, /<html lang="fr">/);
    assert.match(html, /<section lang="en">/);
    assert.match(html, /Tapis berbère &lt;Azilal&gt;/);
    assert.doesNotMatch(html, /<Azilal>/);
    assert.match(html, /1[.\u202f\u00a0 ]?000,00\s?MAD/);
    assert.match(html, /MAD\s?1,000\.00/);
    assert.match(html, /<button type="submit" class="pay">Payer \(4242 4242 4242 4242\)<\/button>/);
    assert.match(html, />Carte refusée \(4000 0000 0000 0002\)</);
    assert.match(html, />Annuler</);
    assert.doesNotMatch(html, /<(script|img|link)\b/);
  });

  test('paying completes the session, redirects to success_url and sends signed webhooks', async () => {
    const session = await stripe.checkout.sessions.create(sessionParams());
    const res = await payForm(local, session.id, { card: '4242424242424242' });
    assert.equal(res.status, 303);
    assert.equal(
      res.headers.get('location'),
      `http://shop.test/checkout/success?session_id=${session.id}`,
    );

    const paid = await stripe.checkout.sessions.retrieve(session.id, {
      expand: ['payment_intent.latest_charge'],
    });
    assert.equal(paid.status, 'complete');
    assert.equal(paid.payment_status, 'paid');
    assert.equal(paid.url, null);
    const pi = paid.payment_intent;
    assert.match(pi.id, /^pi_[A-Za-z0-9]{24}$/);
    assert.equal(pi.object, 'payment_intent');
    assert.equal(pi.status, 'succeeded');
    assert.equal(pi.amount, 100000);
    assert.equal(pi.amount_received, 100000);
    assert.equal(pi.currency, 'mad');
    assert.deepEqual(pi.metadata, { orderId: 'ord_1' });
    assert.match(pi.latest_charge.id, /^ch_/);
    assert.equal(pi.latest_charge.status, 'succeeded');
    assert.equal(pi.latest_charge.payment_method_details.card.last4, '4242');
    const direct = await stripe.paymentIntents.retrieve(pi.id);
    assert.equal(direct.latest_charge, pi.latest_charge.id);

    await local.webhooksIdle();
    const hooks = webhooksFor(session.id, pi.id);
    assert.deepEqual(
      hooks.map((h) => h.event.type),
      ['checkout.session.completed', 'payment_intent.succeeded'],
    );
    const [completed, succeeded] = hooks.map((h) => h.event);
    assert.match(completed.id, /^evt_/);
    assert.equal(completed.object, 'event');
    assert.equal(completed.livemode, false);
    assert.equal(completed.api_version, Stripe.API_VERSION);
    assert.equal(completed.pending_webhooks, 1);
    assert.deepEqual(completed.request, { id: null, idempotency_key: null });
    assert.equal(completed.data.object.payment_status, 'paid');
    assert.equal(completed.data.object.payment_intent, pi.id);
    assert.deepEqual(completed.data.object.metadata, { orderId: 'ord_1' });
    assert.equal(succeeded.data.object.id, pi.id);
    assert.match(hooks[0].contentType, /^application\/json/);

    // Exactly Stripe's scheme: t=<unix>,v1=<hex HMAC-SHA256("t.payload")>.
    assert.match(hooks[0].signature, /^t=\d+,v1=[0-9a-f]{64}$/);
    assert.throws(
      () => stripe.webhooks.constructEvent(hooks[0].payload + ' ', hooks[0].signature, SECRET, 300),
      { type: 'StripeSignatureVerificationError' },
    );
    assert.throws(
      () => stripe.webhooks.constructEvent(hooks[0].payload, hooks[0].signature, 'whsec_other'),
      { type: 'StripeSignatureVerificationError' },
    );

    const again = await payForm(local, session.id, { card: '4242424242424242' });
    assert.equal(again.status, 409);
    assert.equal(
      local
        .events()
        .filter((e) => e.type === 'checkout.session.completed' && e.data.object.id === session.id)
        .length,
      1,
    );
  });

  test('a declined card fails the payment intent, shows the decline, and can be retried', async () => {
    const session = await stripe.checkout.sessions.create(sessionParams());
    const res = await payForm(local, session.id, { card: '4000000000000002' });
    assert.equal(res.status, 402);
    const html = await res.text();
    assert.match(html, /role="alert"/);
    assert.match(html, /Paiement refusé/);
    assert.match(html, /Payer \(4242 4242 4242 4242\)/);

    const open = await stripe.checkout.sessions.retrieve(session.id);
    assert.equal(open.status, 'open');
    assert.equal(open.payment_status, 'unpaid');
    assert.equal(open.payment_intent, null);

    await local.webhooksIdle();
    const failedEvent = local.events().findLast((e) => e.type === 'payment_intent.payment_failed');
    const failedPi = failedEvent.data.object;
    assert.equal(failedPi.status, 'requires_payment_method');
    assert.equal(failedPi.last_payment_error.type, 'card_error');
    assert.equal(failedPi.last_payment_error.code, 'card_declined');
    assert.equal(failedPi.last_payment_error.decline_code, 'generic_decline');
    assert.ok(
      webhooksFor(failedPi.id).some((h) => h.event.type === 'payment_intent.payment_failed'),
    );

    const retry = await payForm(local, session.id, { card: '4242424242424242' });
    assert.equal(retry.status, 303);
    const paid = await stripe.checkout.sessions.retrieve(session.id);
    assert.equal(paid.payment_intent, failedPi.id, 'the same payment intent is reused');
    assert.equal((await stripe.paymentIntents.retrieve(failedPi.id)).status, 'succeeded');
  });

  test('cancel redirects to cancel_url and leaves the session open', async () => {
    const session = await stripe.checkout.sessions.create(sessionParams());
    const res = await payForm(local, session.id, { action: 'cancel' });
    assert.equal(res.status, 303);
    assert.equal(res.headers.get('location'), 'http://shop.test/checkout/cancel');
    assert.equal((await stripe.checkout.sessions.retrieve(session.id)).status, 'open');
  });

  test('expiring a session sends checkout.session.expired and closes the page', async () => {
    const session = await stripe.checkout.sessions.create(sessionParams());
    const expired = await stripe.checkout.sessions.expire(session.id, undefined, {
      idempotencyKey: `expire-${session.id}`,
    });
    assert.equal(expired.status, 'expired');
    assert.equal(expired.url, null);
    await assert.rejects(stripe.checkout.sessions.expire(session.id), {
      type: 'StripeInvalidRequestError',
      statusCode: 400,
    });
    const pay = await payForm(local, session.id, { card: '4242424242424242' });
    assert.equal(pay.status, 410);
    assert.match(await (await fetch(`${local.url}/pay/${session.id}`)).text(), /Session expirée/);

    await local.webhooksIdle();
    const hooks = webhooksFor(session.id);
    assert.deepEqual(
      hooks.map((h) => h.event.type),
      ['checkout.session.expired'],
    );
    assert.equal(hooks[0].event.request.idempotency_key, `expire-${session.id}`);
    assert.match(hooks[0].event.request.id, /^req_/);
  });

  test('refunds: partial, then the rest, then too much is refused', async () => {
    const session = await paidSession();
    const pi = session.payment_intent;

    const partial = await stripe.refunds.create(
      { payment_intent: pi.id, amount: 30000, metadata: { returnId: 'ret_1' } },
      { idempotencyKey: 'refund-ret_1' },
    );
    assert.match(partial.id, /^re_/);
    assert.equal(partial.object, 'refund');
    assert.equal(partial.status, 'succeeded');
    assert.equal(partial.amount, 30000);
    assert.equal(partial.currency, 'mad');
    assert.equal(partial.payment_intent, pi.id);
    assert.equal(partial.charge, pi.latest_charge);
    assert.deepEqual(partial.metadata, { returnId: 'ret_1' });
    const replayed = await stripe.refunds.create(
      { payment_intent: pi.id, amount: 30000, metadata: { returnId: 'ret_1' } },
      { idempotencyKey: 'refund-ret_1' },
    );
    assert.equal(replayed.id, partial.id);

    await assert.rejects(stripe.refunds.create({ payment_intent: pi.id, amount: 70001 }), (e) => {
      assert.equal(e.type, 'StripeInvalidRequestError');
      assert.equal(e.statusCode, 400);
      assert.equal(e.code, 'amount_too_large');
      assert.equal(e.param, 'amount');
      return true;
    });

    const rest = await stripe.refunds.create({ payment_intent: pi.id });
    assert.equal(rest.amount, 70000);

    await assert.rejects(stripe.refunds.create({ payment_intent: pi.id, amount: 1 }), (e) => {
      assert.equal(e.statusCode, 400);
      assert.equal(e.code, 'charge_already_refunded');
      return true;
    });

    const got = await stripe.refunds.retrieve(partial.id, { expand: ['charge'] });
    assert.equal(got.charge.amount_refunded, 100000);
    assert.equal(got.charge.refunded, true);

    await local.webhooksIdle();
    const types = webhooksFor(pi.id).map((h) => h.event.type);
    assert.equal(types.filter((t) => t === 'charge.refunded').length, 2);
    assert.equal(types.filter((t) => t === 'refund.created').length, 2);
    assert.equal(types.filter((t) => t === 'refund.updated').length, 2);
    const lastCharge = webhooksFor(pi.id).filter((h) => h.event.type === 'charge.refunded')[1]
      .event;
    assert.equal(lastCharge.data.object.amount_refunded, 100000);
    assert.equal(lastCharge.data.previous_attributes.amount_refunded, 30000);
  });

  test('lists the refunds of a payment intent, newest first, as Stripe does', async () => {
    const session = await paidSession();
    const pi = session.payment_intent;
    const first = await stripe.refunds.create({
      payment_intent: pi.id,
      amount: 1000,
      metadata: { refundId: 'one' },
    });
    const second = await stripe.refunds.create({ payment_intent: pi.id, amount: 2000 });
    const other = (await paidSession()).payment_intent;
    await stripe.refunds.create({ payment_intent: other.id, amount: 500 });

    const list = await stripe.refunds.list({ payment_intent: pi.id });
    assert.equal(list.object, 'list');
    assert.equal(list.has_more, false);
    assert.deepEqual(
      list.data.map((re) => re.id),
      [second.id, first.id],
    );
    assert.deepEqual(list.data[1].metadata, { refundId: 'one' });
    const page = await stripe.refunds.list({ payment_intent: pi.id, limit: 1 });
    assert.deepEqual(
      page.data.map((re) => re.id),
      [second.id],
    );
    assert.equal(page.has_more, true);
    const byCharge = await stripe.refunds.list({ charge: pi.latest_charge });
    assert.equal(byCharge.data.length, 2);
    await assert.rejects(stripe.refunds.list({ limit: 101 }), { statusCode: 400 });
    await local.webhooksIdle();
  });

  test('injected faults: a refund done but answered 500, reset or never, then replayed', async () => {
    const session = await paidSession();
    const pi = session.payment_intent;
    const params = { payment_intent: pi.id, amount: 1500, metadata: { refundId: 'r-500' } };
    const countRefunds = async () =>
      (await stripe.refunds.list({ payment_intent: pi.id })).data.length;

    // Over HTTP, as the API's tests set them up.
    const posted = await fetch(`${local.url}/__local/faults`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ path: '/v1/refunds', when: 'after', fail: 'error' }),
    });
    assert.equal(posted.status, 201);
    assert.deepEqual(await posted.json(), {
      method: 'POST',
      path: '/v1/refunds',
      when: 'after',
      fail: 'error',
      times: 1,
      ms: 30000,
    });
    await assert.rejects(stripe.refunds.create(params, { idempotencyKey: 'k-500' }), (e) => {
      assert.equal(e.type, 'StripeAPIError');
      assert.equal(e.statusCode, 500);
      return true;
    });
    // The refund was made before the failure, once; the same key replays it.
    assert.equal(await countRefunds(), 1);
    const replayed = await stripe.refunds.create(params, { idempotencyKey: 'k-500' });
    assert.equal(replayed.amount, 1500);
    assert.equal(await countRefunds(), 1);

    // Before: nothing is done. The SDK retries a reset connection once, even without retries.
    local.fault({ path: '/v1/refunds', when: 'before', fail: 'reset', times: 2 });
    await assert.rejects(
      stripe.refunds.create({ payment_intent: pi.id, amount: 100 }, { idempotencyKey: 'k-r' }),
      { type: 'StripeConnectionError' },
    );
    assert.equal(await countRefunds(), 1);

    // A hang outlasts a client's timeout; the refund is made all the same.
    local.fault({ path: '/v1/refunds', when: 'after', fail: 'hang', ms: 5000 });
    const impatient = new Stripe('sk_test_hirfa_local', {
      host: '127.0.0.1',
      port: local.port,
      protocol: 'http',
      maxNetworkRetries: 0,
      timeout: 150,
    });
    const started = Date.now();
    await assert.rejects(
      impatient.refunds.create({ payment_intent: pi.id, amount: 200 }, { idempotencyKey: 'k-h' }),
      { type: 'StripeConnectionError' },
    );
    assert.ok(Date.now() - started < 4000);
    assert.equal(await countRefunds(), 2);

    // A request held by a hang is let go (dropped) when the faults are cleared, long before
    // its hang ends; the client's retry then goes through.
    local.fault({ path: '/v1/refunds', when: 'before', fail: 'hang', ms: 60_000 });
    const patient = new Stripe('sk_test_hirfa_local', {
      host: '127.0.0.1',
      port: local.port,
      protocol: 'http',
      maxNetworkRetries: 1,
      timeout: 30_000,
    });
    const heldAt = Date.now();
    const held = patient.refunds.create(
      { payment_intent: pi.id, amount: 300 },
      { idempotencyKey: 'k-held' },
    );
    while (local.faults().length > 0) await new Promise((resolve) => setTimeout(resolve, 10));
    assert.equal(await countRefunds(), 2);
    await fetch(`${local.url}/__local/faults`, { method: 'DELETE' });
    assert.equal((await held).amount, 300);
    assert.ok(Date.now() - heldAt < 10_000);
    assert.equal(await countRefunds(), 3);

    // Faults match by method and path (with `*`), are used up, and can be listed and cleared.
    local.fault({ method: 'GET', path: '/v1/refunds/*', fail: 'error', times: 2 });
    assert.deepEqual(
      local.faults().map((f) => [f.method, f.path, f.times]),
      [['GET', '/v1/refunds/*', 2]],
    );
    await assert.rejects(stripe.refunds.retrieve(replayed.id), { statusCode: 500 });
    assert.equal(local.faults()[0].times, 1);
    await fetch(`${local.url}/__local/faults`, { method: 'DELETE' });
    assert.deepEqual(local.faults(), []);
    assert.equal((await stripe.refunds.retrieve(replayed.id)).id, replayed.id);

    for (const bad of [
      { path: '/pay/x' },
      { path: '/v1/refunds', fail: 'explode' },
      { path: '/v1/refunds', times: 0 },
      { path: '/v1/refunds', colour: 'red' },
    ]) {
      const refused = await fetch(`${local.url}/__local/faults`, {
        method: 'POST',
        body: JSON.stringify(bad),
      });
      assert.equal(refused.status, 400, JSON.stringify(bad));
    }
    assert.deepEqual(local.faults(), []);
    await local.webhooksIdle();
  });

  test('a bad or missing API key gets 401 in Stripe’s error shape', async () => {
    await assert.rejects(sdkFor(local, 'sk_live_nope').checkout.sessions.retrieve('cs_test_x'), {
      type: 'StripeAuthenticationError',
      statusCode: 401,
    });
    const res = await fetch(`${local.url}/v1/checkout/sessions`, { method: 'POST' });
    assert.equal(res.status, 401);
    const body = await res.json();
    assert.equal(body.error.type, 'invalid_request_error');
    assert.match(body.error.message, /did not provide an API key/);
  });

  test('unknown routes, ids and parameters get Stripe-style errors', async () => {
    const res = await fetch(`${local.url}/v1/customers`, {
      headers: { Authorization: 'Bearer sk_test_x' },
    });
    assert.equal(res.status, 404);
    const body = await res.json();
    assert.equal(body.error.type, 'invalid_request_error');
    assert.match(body.error.message, /^Unrecognized request URL \(GET: \/v1\/customers\)/);
    assert.match(res.headers.get('request-id'), /^req_/);

    const outside = await fetch(`${local.url}/nowhere`);
    assert.equal(outside.status, 404);
    assert.equal((await outside.json()).error.type, 'invalid_request_error');

    await assert.rejects(stripe.checkout.sessions.retrieve('cs_test_missing'), {
      statusCode: 404,
      code: 'resource_missing',
    });
    await assert.rejects(
      stripe.checkout.sessions.create(sessionParams({ line_items: undefined })),
      { statusCode: 400, code: 'parameter_missing', param: 'line_items' },
    );
    await assert.rejects(
      stripe.checkout.sessions.create(
        sessionParams({ shipping_options: [{ shipping_rate: 'shr_1' }] }),
      ),
      {
        statusCode: 400,
        code: 'parameter_unknown',
        param: 'shipping_options',
      },
    );
  });

  test('retries a failed delivery with backoff and records it', async () => {
    receiver.state.failNext = 1;
    const session = await stripe.checkout.sessions.create(sessionParams());
    await stripe.checkout.sessions.expire(session.id);
    await local.webhooksIdle();
    const event = local.events().find((e) => e.data.object.id === session.id);
    const delivery = local.deliveries().find((d) => d.event === event.id);
    assert.equal(delivery.status, 'delivered');
    assert.equal(delivery.attempts, 2);
    assert.equal(webhooksFor(session.id).length, 1);

    const listing = await (await fetch(`${local.url}/__local/events`)).json();
    assert.equal(listing.object, 'list');
    assert.ok(listing.data.some((e) => e.id === event.id));
  });
});

test('pending refunds settle asynchronously with refund.updated', async () => {
  const local = await startLocalStripe({
    refundStatus: 'pending',
    asyncDelayMs: 10,
    logger: silent,
  });
  try {
    const stripe = sdkFor(local);
    const session = await stripe.checkout.sessions.create(sessionParams());
    const paid = await payForm(
      local,
      session.id,
      { card: '4242424242424242' },
      { Accept: 'application/json' },
    );
    assert.equal(paid.status, 200);
    const { payment_intent: pi } = await paid.json();
    const refund = await stripe.refunds.create({ payment_intent: pi.id, amount: 5000 });
    assert.equal(refund.status, 'pending');
    await local.webhooksIdle();
    const updated = local.events().find((e) => e.type === 'refund.updated');
    assert.equal(updated.data.object.status, 'succeeded');
    assert.equal(updated.data.previous_attributes.status, 'pending');
    assert.equal((await stripe.refunds.retrieve(refund.id)).status, 'succeeded');
  } finally {
    await local.close();
  }
});

test('decodes Stripe’s bracket form encoding', () => {
  assert.deepEqual(
    decodeStripeParams(
      '__proto__[polluted]=1&line_items[0][price_data][unit_amount]=100&line_items[1][quantity]=2&metadata[0]=x&metadata[orderId]=a%20b&expand[]=payment_intent&expand[]=line_items&name=A+B',
    ),
    {
      line_items: [{ price_data: { unit_amount: '100' } }, { quantity: '2' }],
      metadata: { 0: 'x', orderId: 'a b' },
      expand: ['payment_intent', 'line_items'],
      name: 'A B',
    },
  );
  assert.equal({}.polluted, undefined);
});

test('runs from the command line with settings from flags and env', async () => {
  const script = fileURLToPath(new URL('./server.mjs', import.meta.url));
  const child = spawn(
    process.execPath,
    [script, '--port', '0', '--webhook-url', 'http://127.0.0.1:9/x'],
    {
      env: { ...process.env, STRIPE_WEBHOOK_SECRET: SECRET },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  try {
    const url = await new Promise((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (chunk) => {
        out += chunk;
        const match = out.match(/listening on (http:\/\/\S+)/);
        if (match) resolve(match[1]);
      });
      child.once('exit', (code) => reject(new Error(`exited with ${code}: ${out}`)));
    });
    const res = await fetch(`${url}/__local/health`);
    assert.deepEqual(await res.json(), { ok: true });
  } finally {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    assert.equal(await exited, 0);
  }
});
