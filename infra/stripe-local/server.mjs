#!/usr/bin/env node
// A local server speaking the part of Stripe's HTTP API that Hirfa uses (Checkout Sessions,
// PaymentIntents, Refunds, signed webhooks), so the real `stripe` SDK can run where
// api.stripe.com cannot be reached. Node built-ins only; state lives in memory.
import crypto from 'node:crypto';
import http from 'node:http';
import https from 'node:https';
import querystring from 'node:querystring';
import { URL, pathToFileURL } from 'node:url';

/** The version `stripe` 23.1.0 pins; events carry it unless told otherwise. */
export const DEFAULT_API_VERSION = '2026-10-28.endive';

const MAX_BODY_BYTES = 1024 * 1024;
const DAY = 24 * 60 * 60;
const ZERO_DECIMAL = new Set(
  'bif clp djf gnf jpy kmf krw mga pyg rwf ugx vnd vuv xaf xof xpf'.split(' '),
);
const DEFAULT_RETRY_DELAYS_MS = [250, 1000, 3000, 6000];

/** Stripe's test cards that the hosted page understands. */
const TEST_CARDS = {
  4242424242424242: { ok: true, last4: '4242' },
  4000000000000002: {
    ok: false,
    last4: '0002',
    code: 'card_declined',
    decline_code: 'generic_decline',
    message: 'Your card was declined.',
  },
  4000000000009995: {
    ok: false,
    last4: '9995',
    code: 'card_declined',
    decline_code: 'insufficient_funds',
    message: 'Your card has insufficient funds.',
  },
  4000000000000069: {
    ok: false,
    last4: '0069',
    code: 'expired_card',
    decline_code: 'expired_card',
    message: 'Your card has expired.',
  },
};
const PAY_CARD = '4242424242424242';
const DECLINE_CARD = '4000000000000002';

class StripeError extends Error {
  /**
   * @param {number} status HTTP status
   * @param {{type?: string, code?: string, param?: string, message: string, decline_code?: string}} fields
   * @param {{replayable?: boolean}} [options] whether an idempotent replay should return it
   *   (Stripe saves no result when parameters fail validation).
   */
  constructor(status, fields, { replayable = false } = {}) {
    super(fields.message);
    this.status = status;
    this.fields = { type: 'invalid_request_error', ...fields };
    this.replayable = replayable;
  }

  toJSON() {
    const { code, decline_code, message, param, type } = this.fields;
    const error = {};
    if (code) {
      error.code = code;
      error.doc_url = `https://stripe.com/docs/error-codes/${code.replace(/_/g, '-')}`;
    }
    if (decline_code) error.decline_code = decline_code;
    error.message = message;
    if (param) error.param = param;
    error.type = type;
    return { error };
  }
}

const invalid = (message, param, code) =>
  new StripeError(400, { message, param, code: code ?? undefined });
const missing = (param) =>
  new StripeError(400, {
    code: 'parameter_missing',
    param,
    message: `Missing required param: ${param}.`,
  });
const notImplemented = (param) =>
  new StripeError(400, {
    code: 'parameter_unknown',
    param,
    message: `Received unknown parameter: ${param}. The local Stripe server does not implement it; see infra/stripe-local/README.md.`,
  });
const noSuch = (kind, id, param) =>
  new StripeError(404, {
    code: 'resource_missing',
    param,
    message: `No such ${kind}: '${id}'`,
  });

// ---------------------------------------------------------------------------------------
// Request decoding

/**
 * Decodes Stripe's form encoding (`a[b][0][c]=v`, `expand[]=x`, `expand[0]=x`) into nested
 * objects and arrays. Keys under `metadata` stay keys even when they look like indexes.
 */
export function decodeStripeParams(text) {
  const root = {};
  if (!text) return root;
  for (const pair of text.split('&')) {
    if (!pair) continue;
    const eq = pair.indexOf('=');
    const rawKey = eq === -1 ? pair : pair.slice(0, eq);
    const rawValue = eq === -1 ? '' : pair.slice(eq + 1);
    const key = querystring.unescape(rawKey.replace(/\+/g, ' '));
    const value = querystring.unescape(rawValue.replace(/\+/g, ' '));
    const head = key.match(/^[^[]*/)[0];
    const segments = [head];
    for (const m of key.slice(head.length).matchAll(/\[([^\]]*)\]/g)) segments.push(m[1]);
    // Assigning to `__proto__` would reach Object.prototype.
    if (segments.includes('__proto__')) continue;
    let node = root;
    for (let i = 0; i < segments.length; i += 1) {
      let segment = segments[i];
      const last = i === segments.length - 1;
      if (segment === '') segment = String(Object.keys(node).length);
      if (last) {
        node[segment] = value;
      } else {
        if (typeof node[segment] !== 'object' || node[segment] === null) node[segment] = {};
        node = node[segment];
      }
    }
  }
  return toArrays(root, false);
}

function toArrays(node, keepKeys) {
  if (typeof node !== 'object' || node === null) return node;
  const keys = Object.keys(node);
  const out = {};
  for (const k of keys) out[k] = toArrays(node[k], k === 'metadata');
  if (!keepKeys && keys.length > 0 && keys.every((k) => /^\d+$/.test(k))) {
    return keys
      .map(Number)
      .sort((a, b) => a - b)
      .map((k) => out[String(k)]);
  }
  return out;
}

/** A stable form of the parameters, so reordered keys still count as the same request. */
function canonical(value) {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

function checkKnown(params, allowed, prefix = '') {
  for (const key of Object.keys(params ?? {})) {
    if (!allowed.includes(key)) throw notImplemented(prefix ? `${prefix}[${key}]` : key);
  }
}

function asObject(value, param) {
  if (value === undefined || value === '') return undefined;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw invalid(`Invalid object`, param);
  }
  return value;
}

function asString(value, param) {
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw invalid(`Invalid string: ${JSON.stringify(value)}`, param);
  return value;
}

function asInteger(value, param, { min = 0 } = {}) {
  if (value === undefined || value === '') return undefined;
  if (typeof value !== 'string' || !/^-?\d+$/.test(value)) {
    throw invalid(`Invalid integer: ${value}`, param, 'parameter_invalid_integer');
  }
  const n = Number(value);
  if (!Number.isSafeInteger(n)) {
    throw invalid(`Invalid integer: ${value}`, param, 'parameter_invalid_integer');
  }
  if (n < min) {
    throw invalid(
      `This value must be greater than or equal to ${min}.`,
      param,
      'parameter_invalid_integer',
    );
  }
  return n;
}

function asCurrency(value, param) {
  const s = asString(value, param);
  if (s === undefined) return undefined;
  if (!/^[a-zA-Z]{3}$/.test(s)) throw invalid(`Invalid currency: ${s}.`, param);
  return s.toLowerCase();
}

function asUrl(value, param) {
  const s = asString(value, param);
  if (s === undefined || s === '') return undefined;
  try {
    const parsed = new URL(s.replace(/\{CHECKOUT_SESSION_ID\}/g, 'x'));
    if (parsed.protocol === 'http:' || parsed.protocol === 'https:') return s;
  } catch {
    // Falls through to Stripe's error below.
  }
  throw invalid('Not a valid URL', param, 'url_invalid');
}

function asMetadata(value, param) {
  if (value === undefined || value === '') return {};
  const obj = asObject(value, param);
  const keys = Object.keys(obj);
  if (keys.length > 50) throw invalid('Metadata can have up to 50 keys.', param);
  const out = {};
  for (const key of keys) {
    const v = obj[key];
    if (typeof v !== 'string') throw invalid(`Invalid string: ${JSON.stringify(v)}`, param);
    if (key.length > 40) {
      throw invalid(`Metadata keys can be up to 40 characters long (${key}).`, `${param}[${key}]`);
    }
    if (v.length > 500) {
      throw invalid(`Metadata values can be up to 500 characters long.`, `${param}[${key}]`);
    }
    if (v !== '') out[key] = v;
  }
  return out;
}

function asExpand(value) {
  if (value === undefined || value === '') return [];
  const list = Array.isArray(value) ? value : [value];
  for (const item of list) {
    if (typeof item !== 'string') throw invalid('Invalid array', 'expand');
  }
  return list;
}

// ---------------------------------------------------------------------------------------
// Helpers

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
function randomString(length) {
  const bytes = crypto.randomBytes(length);
  let out = '';
  for (let i = 0; i < length; i += 1) out += ALPHABET[bytes[i] % ALPHABET.length];
  return out;
}

/** Ids shaped like Stripe's test-mode ids. */
const newId = {
  session: () => `cs_test_a1${randomString(56)}`,
  paymentIntent: () => `pi_3${randomString(23)}`,
  charge: () => `ch_3${randomString(23)}`,
  refund: () => `re_3${randomString(23)}`,
  event: () => `evt_1${randomString(23)}`,
  paymentMethod: () => `pm_1${randomString(23)}`,
  balanceTransaction: () => `txn_3${randomString(23)}`,
  lineItem: () => `li_1${randomString(23)}`,
  price: () => `price_1${randomString(23)}`,
  product: () => `prod_${randomString(14)}`,
  request: () => `req_${randomString(14)}`,
};

const now = () => Math.floor(Date.now() / 1000);
const clone = (value) => structuredClone(value);

function formatAmount(amount, currency, locale) {
  const code = currency.toUpperCase();
  const major = ZERO_DECIMAL.has(currency) ? amount : amount / 100;
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency: code }).format(major);
  } catch {
    return `${major} ${code}`;
  }
}

function escapeHtml(value) {
  return String(value).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c],
  );
}

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new StripeError(413, { message: 'Request body too large.' }));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function signPayload(payload, secret, timestamp) {
  const signature = crypto
    .createHmac('sha256', secret)
    .update(`${timestamp}.${payload}`, 'utf8')
    .digest('hex');
  return `t=${timestamp},v1=${signature}`;
}

// ---------------------------------------------------------------------------------------
// Hosted payment page

const PAGE_STYLE = `
:root{color-scheme:light;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
body{margin:0;background:#f6f4f0;color:#1f1d1a;line-height:1.5}
main{max-width:36rem;margin:2rem auto;padding:1.5rem;background:#fff;border-radius:.75rem;box-shadow:0 1px 4px rgba(0,0,0,.12)}
h1{font-size:1.5rem;margin:.25rem 0 1rem}
h2{font-size:1.1rem;margin:1.5rem 0 .5rem}
.badge{display:inline-block;background:#fff3c4;color:#5c4400;border:1px solid #c9a227;border-radius:999px;padding:.1rem .7rem;font-size:.9rem;margin:0}
table{width:100%;border-collapse:collapse;margin:1rem 0}
caption{text-align:left;font-weight:600;padding-bottom:.25rem}
th,td{padding:.4rem .25rem;border-bottom:1px solid #e2ded6;text-align:left}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
tfoot th,tfoot td{font-weight:700;border-bottom:0}
.total{font-size:1.25rem;font-weight:700}
.actions{display:flex;flex-direction:column;gap:.75rem;margin-top:1.25rem}
form{margin:0}
button{width:100%;font:inherit;font-size:1.05rem;padding:.75rem 1rem;border-radius:.5rem;border:2px solid #1f1d1a;cursor:pointer;background:#fff;color:#1f1d1a}
button.pay{background:#1d5c3a;border-color:#1d5c3a;color:#fff}
button.decline{background:#fff;border-color:#8f1d1d;color:#8f1d1d}
button:focus-visible,a:focus-visible{outline:3px solid #1a55c4;outline-offset:3px}
.alert{border:2px solid #8f1d1d;background:#fdecec;color:#5e1010;border-radius:.5rem;padding:.75rem 1rem;margin:1rem 0}
.notice{border:2px solid #1d5c3a;background:#e9f6ee;border-radius:.5rem;padding:.75rem 1rem;margin:1rem 0}
section[lang=en]{margin-top:2rem;padding-top:1rem;border-top:1px solid #e2ded6;color:#45413a;font-size:.95rem}
a{color:#1a55c4}
`;
const PAGE_STYLE_HASH = crypto.createHash('sha256').update(PAGE_STYLE).digest('base64');
const PAGE_HEADERS = {
  'Content-Type': 'text/html; charset=utf-8',
  'Cache-Control': 'no-store',
  'Content-Security-Policy': `default-src 'none'; style-src 'sha256-${PAGE_STYLE_HASH}'; base-uri 'none'; frame-ancestors 'none'`,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

function page(titleFr, bodyHtml) {
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(titleFr)} · Stripe local</title>
<style>${PAGE_STYLE}</style>
</head>
<body>
<main>
<p class="badge">Mode test : aucun argent réel</p>
${bodyHtml}
</main>
</body>
</html>
`;
}

function payPage(record, { declined } = {}) {
  const s = record.session;
  const fr = (amount) => formatAmount(amount, s.currency, 'fr-MA');
  const en = (amount) => formatAmount(amount, s.currency, 'en');
  const action = `/pay/${encodeURIComponent(s.id)}`;
  const rows = record.lineItems
    .map(
      (item) =>
        `<tr><td>${escapeHtml(item.description)}</td><td class="num">${item.quantity}</td><td class="num">${escapeHtml(fr(item.price.unit_amount))}</td><td class="num">${escapeHtml(fr(item.amount_total))}</td></tr>`,
    )
    .join('\n');
  const alert = declined
    ? `<div class="alert" role="alert">
<p><strong>Paiement refusé.</strong> ${escapeHtml(declined.fr)} Aucun montant n’a été débité ; vous pouvez réessayer.</p>
<p lang="en"><strong>Payment declined.</strong> ${escapeHtml(declined.en)} Nothing was charged; you can try again.</p>
</div>`
    : '';
  const cancel = s.cancel_url
    ? `<form method="post" action="${action}"><input type="hidden" name="action" value="cancel"><button type="submit">Annuler</button></form>`
    : '';
  return page(
    'Paiement',
    `<h1>Paiement de ${escapeHtml(fr(s.amount_total))}</h1>
${alert}
<table>
<caption>Votre commande</caption>
<thead><tr><th scope="col">Article</th><th scope="col" class="num">Qté</th><th scope="col" class="num">Prix unitaire</th><th scope="col" class="num">Montant</th></tr></thead>
<tbody>
${rows}
</tbody>
<tfoot><tr><th scope="row" colspan="3">Total à payer</th><td class="num total">${escapeHtml(fr(s.amount_total))}</td></tr></tfoot>
</table>
${s.customer_email ? `<p>Reçu envoyé à <strong>${escapeHtml(s.customer_email)}</strong>.</p>` : ''}
<div class="actions">
<form method="post" action="${action}"><input type="hidden" name="card" value="${PAY_CARD}"><button type="submit" class="pay">Payer (4242 4242 4242 4242)</button></form>
<form method="post" action="${action}"><input type="hidden" name="card" value="${DECLINE_CARD}"><button type="submit" class="decline">Carte refusée (4000 0000 0000 0002)</button></form>
${cancel}
</div>
<section lang="en">
<h2>Test payment: ${escapeHtml(en(s.amount_total))}</h2>
<p>This page stands in for Stripe Checkout on machines that cannot reach Stripe. No real card is charged.</p>
<ul>
<li><strong>Payer</strong> (Pay) completes the payment with Stripe’s test card 4242 4242 4242 4242 and returns you to the shop.</li>
<li><strong>Carte refusée</strong> (Card declined) tries the test card 4000 0000 0000 0002, which the bank declines; you can then try again.</li>
${s.cancel_url ? '<li><strong>Annuler</strong> (Cancel) returns to the shop without paying.</li>' : ''}
</ul>
</section>`,
  );
}

function statusPage(titleFr, fr, en, link) {
  const a = link ? `<p><a href="${escapeHtml(link.href)}">${escapeHtml(link.fr)}</a></p>` : '';
  const aEn = link ? `<p><a href="${escapeHtml(link.href)}">${escapeHtml(link.en)}</a></p>` : '';
  return page(
    titleFr,
    `<h1>${escapeHtml(titleFr)}</h1>
<div class="notice" role="status"><p>${escapeHtml(fr)}</p></div>
${a}
<section lang="en"><p>${escapeHtml(en)}</p>${aEn}</section>`,
  );
}

// ---------------------------------------------------------------------------------------
// The server

/**
 * Starts the local Stripe server.
 *
 * @param {object} [options]
 * @param {number} [options.port=0] 0 picks a free port
 * @param {string} [options.host='127.0.0.1']
 * @param {string} [options.webhookUrl] where events are POSTed; no deliveries without it
 * @param {string} [options.webhookSecret] `whsec_…` used to sign deliveries; generated if absent
 * @param {string} [options.publicUrl] base of the hosted page URLs (`session.url`)
 * @param {string} [options.apiVersion] `api_version` written into events
 * @param {'succeeded'|'pending'} [options.refundStatus='succeeded'] status of new refunds
 * @param {number} [options.asyncDelayMs=50] delay before a refund's follow-up update
 * @param {number[]} [options.webhookRetryDelaysMs] waits between delivery attempts
 * @param {number} [options.webhookTimeoutMs=5000] per delivery attempt
 * @param {{info: Function, warn: Function}} [options.logger=console]
 * @param {boolean} [options.verbose=false] log every request and delivery
 */
export async function startLocalStripe({
  port = 0,
  host = '127.0.0.1',
  webhookUrl,
  webhookSecret,
  publicUrl,
  apiVersion = DEFAULT_API_VERSION,
  refundStatus = 'succeeded',
  asyncDelayMs = 50,
  webhookRetryDelaysMs = DEFAULT_RETRY_DELAYS_MS,
  webhookTimeoutMs = 5000,
  logger = console,
  verbose = false,
} = {}) {
  if (refundStatus !== 'succeeded' && refundStatus !== 'pending') {
    throw new Error(`refundStatus must be 'succeeded' or 'pending', not ${refundStatus}`);
  }
  if (webhookUrl) {
    const protocol = new URL(webhookUrl).protocol;
    if (protocol !== 'http:' && protocol !== 'https:') {
      throw new Error(`webhookUrl must be http(s): ${webhookUrl}`);
    }
  }
  const secret = webhookSecret || `whsec_${randomString(32)}`;

  const sessions = new Map();
  const paymentIntents = new Map();
  const charges = new Map();
  const refunds = new Map();
  const events = [];
  const deliveries = [];
  const idempotency = new Map();
  /** Failures to inject into coming API requests, for tests of the caller's fault handling. */
  const faults = [];
  /** Timers of requests held by a `hang` fault, so that clearing the faults lets them go. */
  const hanging = new Set();
  const timers = new Set();
  const followUps = new Set();
  const inflight = new Set();
  let closed = false;
  let baseUrl = '';

  // --- webhooks ---------------------------------------------------------------------

  const queue = [];
  let draining = null;

  function later(ms, fn) {
    const timer = setTimeout(() => {
      timers.delete(timer);
      fn();
    }, ms);
    timers.add(timer);
    return timer;
  }

  const sleep = (ms) =>
    new Promise((resolve) => {
      const timer = later(ms, resolve);
      timer.resolve = resolve;
    });

  function emit(type, object, request, previousAttributes) {
    const event = {
      id: newId.event(),
      object: 'event',
      api_version: apiVersion,
      created: now(),
      data: { object: clone(object) },
      livemode: false,
      pending_webhooks: webhookUrl ? 1 : 0,
      request: request ?? { id: null, idempotency_key: null },
      type,
    };
    if (previousAttributes) event.data.previous_attributes = clone(previousAttributes);
    events.push(event);
    if (webhookUrl) {
      const delivery = {
        event: event.id,
        type,
        status: 'pending',
        attempts: 0,
        last_status: null,
        last_error: null,
      };
      deliveries.push(delivery);
      queue.push({ event, delivery });
      if (!draining) {
        draining = (async () => {
          while (queue.length > 0 && !closed) {
            const next = queue.shift();
            await deliver(next.event, next.delivery);
          }
          draining = null;
        })();
      }
    }
    return event;
  }

  function postOnce(payload) {
    return new Promise((resolve) => {
      const target = new URL(webhookUrl);
      const client = target.protocol === 'https:' ? https : http;
      const req = client.request(target, {
        method: 'POST',
        agent: false,
        timeout: webhookTimeoutMs,
        headers: {
          'Content-Type': 'application/json; charset=utf-8',
          'Content-Length': Buffer.byteLength(payload),
          'User-Agent': 'Stripe/1.0 (+https://stripe.com/docs/webhooks)',
          Accept: '*/*; q=0.5, application/xml',
          'Cache-Control': 'no-cache',
          // Stripe signs each attempt afresh, so a retried delivery stays inside the tolerance.
          'Stripe-Signature': signPayload(payload, secret, now()),
        },
      });
      inflight.add(req);
      const done = (result) => {
        inflight.delete(req);
        resolve(result);
      };
      req.on('response', (res) => {
        res.resume();
        res.on('end', () => done({ status: res.statusCode }));
        res.on('error', (error) => done({ status: res.statusCode, error }));
      });
      req.on('timeout', () => req.destroy(new Error(`timed out after ${webhookTimeoutMs} ms`)));
      req.on('error', (error) => done({ error }));
      req.end(payload);
    });
  }

  async function deliver(event, delivery) {
    const payload = JSON.stringify(event, null, 2);
    for (let attempt = 0; ; attempt += 1) {
      delivery.attempts += 1;
      const { status, error } = await postOnce(payload);
      delivery.last_status = status ?? null;
      delivery.last_error = error ? error.message : null;
      if (status >= 200 && status < 300) {
        delivery.status = 'delivered';
        if (verbose) logger.info(`stripe-local: ${event.type} ${event.id} → ${status}`);
        return;
      }
      const reason = error ? error.message : `HTTP ${status}`;
      if (closed || attempt >= webhookRetryDelaysMs.length) {
        delivery.status = 'failed';
        logger.warn(
          `stripe-local: gave up delivering ${event.type} ${event.id} to ${webhookUrl} after ${delivery.attempts} attempt(s): ${reason}`,
        );
        return;
      }
      logger.warn(
        `stripe-local: delivering ${event.type} ${event.id} failed (${reason}); retrying in ${webhookRetryDelaysMs[attempt]} ms`,
      );
      await sleep(webhookRetryDelaysMs[attempt]);
      if (closed) {
        delivery.status = 'failed';
        return;
      }
    }
  }

  // --- objects --------------------------------------------------------------------------

  function findSession(id, param = 'session') {
    const record = sessions.get(id);
    if (!record) throw noSuch('checkout.session', id, param);
    expireIfDue(record);
    return record;
  }

  function findPaymentIntent(id, param = 'intent') {
    const pi = paymentIntents.get(id);
    if (!pi) throw noSuch('payment_intent', id, param);
    return pi;
  }

  function findCharge(id, param = 'charge') {
    const ch = charges.get(id);
    if (!ch) throw noSuch('charge', id, param);
    return ch;
  }

  function findRefund(id, param = 'refund') {
    const re = refunds.get(id);
    if (!re) throw noSuch('refund', id, param);
    return re;
  }

  function lineItemsList(record) {
    return {
      object: 'list',
      data: clone(record.lineItems),
      has_more: false,
      url: `/v1/checkout/sessions/${record.session.id}/line_items`,
    };
  }

  /** Expansion rules: which fields of each object can be expanded, and how. */
  const expanders = {
    'checkout.session': {
      payment_intent: (id) => clone(findPaymentIntent(id)),
      line_items: (_value, obj) => lineItemsList(sessions.get(obj.id)),
    },
    payment_intent: { latest_charge: (id) => clone(findCharge(id)) },
    charge: { payment_intent: (id) => clone(findPaymentIntent(id)) },
    refund: {
      charge: (id) => clone(findCharge(id)),
      payment_intent: (id) => clone(findPaymentIntent(id)),
    },
  };

  function expand(obj, paths) {
    for (const path of paths) {
      const segments = path.split('.');
      if (segments.length > 4) {
        throw invalid(`You cannot expand more than 4 levels of a property (${path}).`, 'expand');
      }
      let target = obj;
      for (const field of segments) {
        if (target === null || typeof target !== 'object') break;
        const rule = expanders[target.object]?.[field];
        if (!rule) throw invalid(`This property cannot be expanded (${path}).`, 'expand');
        const value = target[field];
        if (field === 'line_items' || (typeof value === 'string' && value)) {
          target[field] = rule(value, target);
        }
        target = target[field];
      }
    }
    return obj;
  }

  function render(obj, expandPaths) {
    return expand(clone(obj), expandPaths);
  }

  function expireIfDue(record) {
    if (record.session.status === 'open' && record.session.expires_at <= now()) {
      expireSession(record, null);
    }
  }

  function expireSession(record, request) {
    const s = record.session;
    s.status = 'expired';
    s.url = null;
    const pi = record.paymentIntentId ? paymentIntents.get(record.paymentIntentId) : null;
    if (pi && pi.status !== 'succeeded' && pi.status !== 'canceled') {
      pi.status = 'canceled';
      pi.canceled_at = now();
      pi.cancellation_reason = 'automatic';
      emit('payment_intent.canceled', pi, request);
    }
    emit('checkout.session.expired', s, request);
  }

  const sweeper = setInterval(() => {
    for (const record of sessions.values()) expireIfDue(record);
  }, 1000);
  sweeper.unref();

  // --- API handlers ---------------------------------------------------------------------

  const SESSION_PARAMS = [
    'billing_address_collection',
    'cancel_url',
    'client_reference_id',
    'currency',
    'customer_email',
    'expand',
    'expires_at',
    'line_items',
    'locale',
    'metadata',
    'mode',
    'payment_intent_data',
    'payment_method_types',
    'submit_type',
    'success_url',
    'ui_mode',
  ];
  const PAYMENT_INTENT_DATA_PARAMS = [
    'capture_method',
    'description',
    'metadata',
    'receipt_email',
    'statement_descriptor',
    'statement_descriptor_suffix',
  ];

  function createSession(params) {
    checkKnown(params, SESSION_PARAMS);
    const mode = asString(params.mode, 'mode');
    if (!mode) throw missing('mode');
    if (mode !== 'payment') {
      throw invalid(
        `mode=${mode} is not implemented by the local Stripe server; only mode=payment is.`,
        'mode',
      );
    }
    const uiMode = asString(params.ui_mode, 'ui_mode') ?? 'hosted';
    if (uiMode !== 'hosted') {
      throw invalid(`ui_mode=${uiMode} is not implemented by the local Stripe server.`, 'ui_mode');
    }
    const types = params.payment_method_types;
    if (types !== undefined && (!Array.isArray(types) || types.some((t) => t !== 'card'))) {
      throw invalid(
        'The local Stripe server only implements payment_method_types=["card"].',
        'payment_method_types',
      );
    }
    const created = now();
    let currency = asCurrency(params.currency, 'currency');
    const rawItems = params.line_items;
    if (rawItems === undefined || rawItems === '') throw missing('line_items');
    if (!Array.isArray(rawItems) || rawItems.length === 0) {
      throw invalid('Invalid array', 'line_items');
    }
    const lineItems = rawItems.map((raw, i) => {
      const p = `line_items[${i}]`;
      const item = asObject(raw, p) ?? {};
      checkKnown(item, ['price_data', 'quantity', 'price'], p);
      if (item.price !== undefined) throw noSuch('price', item.price, `${p}[price]`);
      const priceData = asObject(item.price_data, `${p}[price_data]`);
      if (!priceData) throw missing(`${p}[price_data]`);
      checkKnown(
        priceData,
        ['currency', 'unit_amount', 'product_data', 'tax_behavior'],
        `${p}[price_data]`,
      );
      const itemCurrency = asCurrency(priceData.currency, `${p}[price_data][currency]`);
      if (!itemCurrency) throw missing(`${p}[price_data][currency]`);
      const unitAmount = asInteger(priceData.unit_amount, `${p}[price_data][unit_amount]`);
      if (unitAmount === undefined) throw missing(`${p}[price_data][unit_amount]`);
      const productData = asObject(priceData.product_data, `${p}[price_data][product_data]`);
      if (!productData) throw missing(`${p}[price_data][product_data]`);
      checkKnown(
        productData,
        ['name', 'description', 'images', 'metadata'],
        `${p}[price_data][product_data]`,
      );
      const name = asString(productData.name, `${p}[price_data][product_data][name]`);
      if (!name) throw missing(`${p}[price_data][product_data][name]`);
      const quantity = asInteger(item.quantity, `${p}[quantity]`, { min: 1 });
      if (quantity === undefined) throw missing(`${p}[quantity]`);
      if (currency && currency !== itemCurrency) {
        throw invalid(
          `All line items must use the same currency as the Checkout Session (${currency}), but line_items[${i}] uses ${itemCurrency}.`,
          `${p}[price_data][currency]`,
        );
      }
      currency = itemCurrency;
      const amount = unitAmount * quantity;
      return {
        id: newId.lineItem(),
        object: 'item',
        amount_discount: 0,
        amount_subtotal: amount,
        amount_tax: 0,
        amount_total: amount,
        currency: itemCurrency,
        description: name,
        price: {
          id: newId.price(),
          object: 'price',
          active: false,
          billing_scheme: 'per_unit',
          created,
          currency: itemCurrency,
          custom_unit_amount: null,
          livemode: false,
          lookup_key: null,
          metadata: {},
          nickname: null,
          product: newId.product(),
          recurring: null,
          tax_behavior: asString(priceData.tax_behavior) ?? 'unspecified',
          tiers_mode: null,
          transform_quantity: null,
          type: 'one_time',
          unit_amount: unitAmount,
          unit_amount_decimal: String(unitAmount),
        },
        quantity,
      };
    });
    const amountTotal = lineItems.reduce((sum, item) => sum + item.amount_total, 0);

    const expiresAt = asInteger(params.expires_at, 'expires_at');
    if (expiresAt !== undefined) {
      if (expiresAt < created + 30 * 60) {
        throw invalid(
          'The `expires_at` timestamp must be at least 30 minutes from Checkout Session creation.',
          'expires_at',
        );
      }
      if (expiresAt > created + DAY) {
        throw invalid(
          'The `expires_at` timestamp must be less than 24 hours from Checkout Session creation.',
          'expires_at',
        );
      }
    }
    const email = asString(params.customer_email, 'customer_email') || null;
    if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
      throw invalid(`Invalid email address: ${email}`, 'customer_email', 'email_invalid');
    }
    const piData = asObject(params.payment_intent_data, 'payment_intent_data') ?? {};
    checkKnown(piData, PAYMENT_INTENT_DATA_PARAMS, 'payment_intent_data');
    const captureMethod = asString(piData.capture_method, 'payment_intent_data[capture_method]');
    if (captureMethod && captureMethod !== 'automatic' && captureMethod !== 'automatic_async') {
      throw invalid(
        `capture_method=${captureMethod} is not implemented by the local Stripe server.`,
        'payment_intent_data[capture_method]',
      );
    }

    const id = newId.session();
    const session = {
      id,
      object: 'checkout.session',
      adaptive_pricing: null,
      after_expiration: null,
      allow_promotion_codes: null,
      amount_subtotal: amountTotal,
      amount_total: amountTotal,
      automatic_tax: { enabled: false, liability: null, provider: null, status: null },
      billing_address_collection:
        asString(params.billing_address_collection, 'billing_address_collection') ?? null,
      cancel_url: asUrl(params.cancel_url, 'cancel_url') ?? null,
      client_reference_id: asString(params.client_reference_id, 'client_reference_id') ?? null,
      client_secret: null,
      collected_information: null,
      consent: null,
      consent_collection: null,
      created,
      currency,
      currency_conversion: null,
      custom_fields: [],
      custom_text: {
        after_submit: null,
        shipping_address: null,
        submit: null,
        terms_of_service_acceptance: null,
      },
      customer: null,
      customer_creation: 'if_required',
      customer_details: null,
      customer_email: email,
      discounts: [],
      expires_at: expiresAt ?? created + DAY,
      invoice: null,
      invoice_creation: null,
      livemode: false,
      locale: asString(params.locale, 'locale') ?? null,
      metadata: asMetadata(params.metadata, 'metadata'),
      mode,
      payment_intent: null,
      payment_link: null,
      payment_method_collection: 'if_required',
      payment_method_configuration_details: null,
      payment_method_options: { card: { request_three_d_secure: 'automatic' } },
      payment_method_types: ['card'],
      payment_status: 'unpaid',
      phone_number_collection: { enabled: false },
      recovered_from: null,
      saved_payment_method_options: null,
      setup_intent: null,
      shipping_address_collection: null,
      shipping_cost: null,
      shipping_options: [],
      status: 'open',
      submit_type: asString(params.submit_type, 'submit_type') ?? null,
      subscription: null,
      success_url: asUrl(params.success_url, 'success_url') ?? null,
      total_details: { amount_discount: 0, amount_shipping: 0, amount_tax: 0 },
      ui_mode: 'hosted',
      url: `${baseUrl}/pay/${id}`,
      wallet_options: null,
    };
    if (!session.success_url) throw missing('success_url');
    sessions.set(id, {
      session,
      lineItems,
      paymentIntentData: {
        capture_method: captureMethod ?? 'automatic_async',
        description: asString(piData.description, 'payment_intent_data[description]') ?? null,
        metadata: asMetadata(piData.metadata, 'payment_intent_data[metadata]'),
        receipt_email: asString(piData.receipt_email, 'payment_intent_data[receipt_email]') ?? null,
        statement_descriptor:
          asString(piData.statement_descriptor, 'payment_intent_data[statement_descriptor]') ??
          null,
        statement_descriptor_suffix:
          asString(
            piData.statement_descriptor_suffix,
            'payment_intent_data[statement_descriptor_suffix]',
          ) ?? null,
      },
      paymentIntentId: null,
    });
    return render(session, asExpand(params.expand));
  }

  function createRefund(params, ctx) {
    checkKnown(params, [
      'amount',
      'charge',
      'expand',
      'instructions_email',
      'metadata',
      'payment_intent',
      'reason',
    ]);
    const piId = asString(params.payment_intent, 'payment_intent');
    const chargeId = asString(params.charge, 'charge');
    if (!piId && !chargeId) {
      throw new StripeError(400, {
        code: 'parameter_missing',
        message:
          'One of the following params should be provided for this request: payment_intent or charge.',
      });
    }
    let charge;
    if (piId) {
      const pi = findPaymentIntent(piId, 'payment_intent');
      if (pi.status !== 'succeeded' || !pi.latest_charge) {
        throw new StripeError(
          400,
          {
            code: 'charge_not_refundable',
            message: `This PaymentIntent (${pi.id}) does not have a successful charge to refund.`,
            param: 'payment_intent',
          },
          { replayable: true },
        );
      }
      charge = findCharge(pi.latest_charge);
      if (chargeId && chargeId !== charge.id) {
        throw invalid(
          `The charge ${chargeId} does not belong to the PaymentIntent ${pi.id}.`,
          'charge',
        );
      }
    } else {
      charge = findCharge(chargeId, 'charge');
      if (charge.status !== 'succeeded') {
        throw new StripeError(
          400,
          {
            code: 'charge_not_refundable',
            message: `Charge ${charge.id} has not succeeded and cannot be refunded.`,
            param: 'charge',
          },
          { replayable: true },
        );
      }
    }
    const reason = asString(params.reason, 'reason') || null;
    if (reason && !['duplicate', 'fraudulent', 'requested_by_customer'].includes(reason)) {
      throw invalid(
        'Invalid reason: must be one of duplicate, fraudulent, or requested_by_customer',
        'reason',
      );
    }
    const metadata = asMetadata(params.metadata, 'metadata');
    const remaining = charge.amount - charge.amount_refunded;
    const requested = asInteger(params.amount, 'amount', { min: 1 });
    if (remaining <= 0) {
      throw new StripeError(
        400,
        {
          code: 'charge_already_refunded',
          message: `Charge ${charge.id} has already been refunded.`,
          param: piId ? 'payment_intent' : 'charge',
        },
        { replayable: true },
      );
    }
    if (requested !== undefined && requested > remaining) {
      throw new StripeError(
        400,
        {
          code: 'amount_too_large',
          message: `Refund amount (${formatAmount(requested, charge.currency, 'en')}) is greater than unrefunded amount on charge (${formatAmount(remaining, charge.currency, 'en')})`,
          param: 'amount',
        },
        { replayable: true },
      );
    }
    const amount = requested ?? remaining;
    const refund = {
      id: newId.refund(),
      object: 'refund',
      amount,
      balance_transaction: newId.balanceTransaction(),
      charge: charge.id,
      created: now(),
      currency: charge.currency,
      customer: null,
      destination_details: {
        card: {
          reference: null,
          reference_status: 'pending',
          reference_type: 'acquirer_reference_number',
          type: 'refund',
        },
        type: 'card',
      },
      metadata,
      payment_intent: charge.payment_intent,
      payment_method: charge.payment_method,
      reason,
      receipt_number: null,
      source_transfer_reversal: null,
      status: refundStatus,
      transfer_reversal: null,
    };
    refunds.set(refund.id, refund);
    charge.amount_refunded += amount;
    charge.refunded = charge.amount_refunded === charge.amount;
    const request = { id: ctx.requestId, idempotency_key: ctx.idempotencyKey ?? null };
    emit('charge.refunded', charge, request, {
      amount_refunded: charge.amount_refunded - amount,
      refunded: false,
    });
    emit('refund.created', refund, request);
    // Stripe follows up on every refund: a pending one settles, and a card refund later gets
    // its acquirer reference number. Either way a `refund.updated` arrives shortly after.
    const followUp = new Promise((resolve) => {
      const timer = later(asyncDelayMs, () => {
        followUps.delete(followUp);
        resolve();
        if (!closed) settleRefund(refund);
      });
      timer.resolve = resolve;
    });
    followUps.add(followUp);
    return render(refund, asExpand(params.expand));
  }

  function listRefunds(params) {
    checkKnown(params, ['charge', 'payment_intent', 'limit', 'starting_after', 'expand']);
    const limit = asInteger(params.limit, 'limit', { min: 1 }) ?? 10;
    if (limit > 100) throw invalid('This value must be less than or equal to 100.', 'limit');
    const piId = asString(params.payment_intent, 'payment_intent');
    const chargeId = asString(params.charge, 'charge');
    let list = [...refunds.values()].reverse();
    if (piId) list = list.filter((re) => re.payment_intent === piId);
    if (chargeId) list = list.filter((re) => re.charge === chargeId);
    const after = asString(params.starting_after, 'starting_after');
    if (after) {
      const index = list.findIndex((re) => re.id === after);
      list = index === -1 ? [] : list.slice(index + 1);
    }
    const expandPaths = asExpand(params.expand)
      .filter((path) => path.startsWith('data.'))
      .map((path) => path.slice('data.'.length));
    return {
      object: 'list',
      data: list.slice(0, limit).map((re) => render(re, expandPaths)),
      has_more: list.length > limit,
      url: '/v1/refunds',
    };
  }

  function settleRefund(refund) {
    const previous = {
      destination_details: { card: { reference: null, reference_status: 'pending' } },
    };
    if (refund.status === 'pending') {
      previous.status = 'pending';
      refund.status = 'succeeded';
    }
    // An acquirer reference number is 23 digits.
    refund.destination_details.card.reference = Array.from(
      crypto.randomBytes(23),
      (b) => b % 10,
    ).join('');
    refund.destination_details.card.reference_status = 'available';
    emit('refund.updated', refund, { id: null, idempotency_key: null }, previous);
  }

  function handleExpire(record, params, ctx) {
    checkKnown(params, ['expand']);
    const s = record.session;
    if (s.status !== 'open') {
      throw new StripeError(
        400,
        {
          message: `Only Checkout Sessions with a status in ["open"] can be expired. This Checkout Session has a status of "${s.status}".`,
        },
        { replayable: true },
      );
    }
    expireSession(record, { id: ctx.requestId, idempotency_key: ctx.idempotencyKey ?? null });
    return render(s, asExpand(params.expand));
  }

  function onlyExpand(params) {
    checkKnown(params, ['expand']);
    return asExpand(params.expand);
  }

  function listEvents(params) {
    checkKnown(params, ['limit', 'type', 'expand', 'starting_after']);
    const limit = asInteger(params.limit, 'limit', { min: 1 }) ?? 10;
    if (limit > 100) throw invalid('This value must be less than or equal to 100.', 'limit');
    const type = asString(params.type, 'type');
    let list = events.slice().reverse();
    if (type) {
      const re = new RegExp(`^${type.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
      list = list.filter((e) => re.test(e.type));
    }
    const after = asString(params.starting_after, 'starting_after');
    if (after) {
      const index = list.findIndex((e) => e.id === after);
      list = index === -1 ? [] : list.slice(index + 1);
    }
    return {
      object: 'list',
      data: clone(list.slice(0, limit)),
      has_more: list.length > limit,
      url: '/v1/events',
    };
  }

  /** [method, pattern, handler(params, ctx, ...captures)] */
  const routes = [
    ['POST', /^\/v1\/checkout\/sessions$/, (params) => createSession(params)],
    [
      'GET',
      /^\/v1\/checkout\/sessions\/([^/]+)$/,
      (params, _ctx, id) => render(findSession(id).session, onlyExpand(params)),
    ],
    [
      'GET',
      /^\/v1\/checkout\/sessions\/([^/]+)\/line_items$/,
      (params, _ctx, id) => {
        checkKnown(params, ['limit', 'expand', 'starting_after', 'ending_before']);
        return lineItemsList(findSession(id));
      },
    ],
    [
      'POST',
      /^\/v1\/checkout\/sessions\/([^/]+)\/expire$/,
      (params, ctx, id) => handleExpire(findSession(id), params, ctx),
    ],
    [
      'GET',
      /^\/v1\/payment_intents\/([^/]+)$/,
      (params, _ctx, id) => {
        checkKnown(params, ['expand', 'client_secret']);
        return render(findPaymentIntent(id), asExpand(params.expand));
      },
    ],
    [
      'GET',
      /^\/v1\/charges\/([^/]+)$/,
      (params, _ctx, id) => render(findCharge(id), onlyExpand(params)),
    ],
    ['POST', /^\/v1\/refunds$/, (params, ctx) => createRefund(params, ctx)],
    ['GET', /^\/v1\/refunds$/, (params) => listRefunds(params)],
    [
      'GET',
      /^\/v1\/refunds\/([^/]+)$/,
      (params, _ctx, id) => render(findRefund(id), onlyExpand(params)),
    ],
    [
      'GET',
      /^\/v1\/events\/([^/]+)$/,
      (params, _ctx, id) => {
        onlyExpand(params);
        const event = events.find((e) => e.id === id);
        if (!event) throw noSuch('event', id, 'id');
        return clone(event);
      },
    ],
    ['GET', /^\/v1\/events$/, (params) => listEvents(params)],
  ];

  // --- hosted page --------------------------------------------------------------------

  function ensurePaymentIntent(record) {
    if (record.paymentIntentId) return paymentIntents.get(record.paymentIntentId);
    const s = record.session;
    const data = record.paymentIntentData;
    const id = newId.paymentIntent();
    const pi = {
      id,
      object: 'payment_intent',
      amount: s.amount_total,
      amount_capturable: 0,
      amount_details: { tip: {} },
      amount_received: 0,
      application: null,
      application_fee_amount: null,
      automatic_payment_methods: null,
      canceled_at: null,
      cancellation_reason: null,
      capture_method: data.capture_method,
      client_secret: `${id}_secret_${randomString(25)}`,
      confirmation_method: 'automatic',
      created: now(),
      currency: s.currency,
      customer: null,
      description: data.description,
      last_payment_error: null,
      latest_charge: null,
      livemode: false,
      metadata: clone(data.metadata),
      next_action: null,
      on_behalf_of: null,
      payment_method: null,
      payment_method_configuration_details: null,
      payment_method_options: {
        card: {
          installments: null,
          mandate_options: null,
          network: null,
          request_three_d_secure: 'automatic',
        },
      },
      payment_method_types: ['card'],
      processing: null,
      receipt_email: data.receipt_email,
      review: null,
      setup_future_usage: null,
      shipping: null,
      source: null,
      statement_descriptor: data.statement_descriptor,
      statement_descriptor_suffix: data.statement_descriptor_suffix,
      status: 'requires_payment_method',
      transfer_data: null,
      transfer_group: null,
    };
    paymentIntents.set(id, pi);
    record.paymentIntentId = id;
    return pi;
  }

  function newCharge(pi, card, paymentMethod, email) {
    const ok = card.ok;
    const year = new Date().getUTCFullYear() + 3;
    const charge = {
      id: newId.charge(),
      object: 'charge',
      amount: pi.amount,
      amount_captured: ok ? pi.amount : 0,
      amount_refunded: 0,
      application: null,
      application_fee: null,
      application_fee_amount: null,
      balance_transaction: ok ? newId.balanceTransaction() : null,
      billing_details: {
        address: {
          city: null,
          country: null,
          line1: null,
          line2: null,
          postal_code: null,
          state: null,
        },
        email,
        name: null,
        phone: null,
        tax_id: null,
      },
      calculated_statement_descriptor: pi.statement_descriptor ?? 'STRIPE LOCAL',
      captured: ok,
      created: now(),
      currency: pi.currency,
      customer: null,
      description: pi.description,
      disputed: false,
      failure_balance_transaction: null,
      failure_code: ok ? null : card.code,
      failure_message: ok ? null : card.message,
      fraud_details: {},
      livemode: false,
      metadata: clone(pi.metadata),
      on_behalf_of: null,
      outcome: ok
        ? {
            advice_code: null,
            network_advice_code: null,
            network_decline_code: null,
            network_status: 'approved_by_network',
            reason: null,
            risk_level: 'normal',
            risk_score: 12,
            seller_message: 'Payment complete.',
            type: 'authorized',
          }
        : {
            advice_code: 'try_again_later',
            network_advice_code: null,
            network_decline_code: null,
            network_status: 'declined_by_network',
            reason: card.decline_code,
            risk_level: 'normal',
            risk_score: 12,
            seller_message: 'The bank did not return any further details with this decline.',
            type: 'issuer_declined',
          },
      paid: ok,
      payment_intent: pi.id,
      payment_method: paymentMethod,
      payment_method_details: {
        card: {
          amount_authorized: ok ? pi.amount : null,
          brand: 'visa',
          checks: { address_line1_check: null, address_postal_code_check: null, cvc_check: 'pass' },
          country: 'US',
          exp_month: 12,
          exp_year: year,
          funding: 'credit',
          last4: card.last4,
          network: 'visa',
          three_d_secure: null,
          wallet: null,
        },
        type: 'card',
      },
      receipt_email: pi.receipt_email,
      receipt_number: null,
      receipt_url: null,
      refunded: false,
      review: null,
      shipping: null,
      source: null,
      source_transfer: null,
      statement_descriptor: pi.statement_descriptor,
      statement_descriptor_suffix: pi.statement_descriptor_suffix,
      status: ok ? 'succeeded' : 'failed',
      transfer_data: null,
      transfer_group: null,
    };
    charges.set(charge.id, charge);
    return charge;
  }

  function pay(record, card) {
    const s = record.session;
    const pi = ensurePaymentIntent(record);
    const paymentMethod = newId.paymentMethod();
    const charge = newCharge(pi, card, paymentMethod, s.customer_email);
    pi.latest_charge = charge.id;
    if (!card.ok) {
      pi.status = 'requires_payment_method';
      pi.payment_method = null;
      pi.last_payment_error = {
        charge: charge.id,
        code: card.code,
        decline_code: card.decline_code,
        doc_url: `https://stripe.com/docs/error-codes/${card.code.replace(/_/g, '-')}`,
        message: card.message,
        payment_method: {
          id: paymentMethod,
          object: 'payment_method',
          billing_details: charge.billing_details,
          card: {
            brand: 'visa',
            country: 'US',
            exp_month: 12,
            exp_year: charge.payment_method_details.card.exp_year,
            funding: 'credit',
            last4: card.last4,
          },
          created: now(),
          customer: null,
          livemode: false,
          metadata: {},
          type: 'card',
        },
        type: 'card_error',
      };
      emit('payment_intent.payment_failed', pi, null);
      return { ok: false };
    }
    pi.status = 'succeeded';
    pi.amount_received = pi.amount;
    pi.payment_method = paymentMethod;
    pi.last_payment_error = null;
    s.status = 'complete';
    s.payment_status = 'paid';
    s.payment_intent = pi.id;
    s.url = null;
    s.customer_details = {
      address: null,
      email: s.customer_email,
      name: null,
      phone: null,
      tax_exempt: 'none',
      tax_ids: [],
    };
    emit('checkout.session.completed', s, null);
    emit('payment_intent.succeeded', pi, null);
    return { ok: true };
  }

  const DECLINE_TEXT = {
    card_declined: {
      fr: 'Votre carte a été refusée.',
      en: 'Your card was declined.',
    },
    insufficient_funds: {
      fr: 'Le solde de votre carte est insuffisant.',
      en: 'Your card has insufficient funds.',
    },
    expired_card: { fr: 'Votre carte a expiré.', en: 'Your card has expired.' },
  };

  function successRedirect(s) {
    return s.success_url
      .replace(/\{CHECKOUT_SESSION_ID\}/g, s.id)
      .replace(/%7BCHECKOUT_SESSION_ID%7D/gi, s.id);
  }

  function sendHtml(res, status, html, extra = {}) {
    res.writeHead(status, { ...PAGE_HEADERS, ...extra });
    res.end(html);
  }

  function sendPayJson(res, status, body) {
    res.writeHead(status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
    res.end(JSON.stringify(body, null, 2));
  }

  async function handlePayPage(req, res, id) {
    const record = sessions.get(id);
    const wantsJson = (req.headers.accept ?? '').includes('application/json');
    if (record) expireIfDue(record);
    if (req.method === 'GET' || req.method === 'HEAD') {
      if (!record) {
        return sendHtml(
          res,
          404,
          statusPage(
            'Session introuvable',
            'Cette session de paiement n’existe pas.',
            'This payment session does not exist.',
          ),
        );
      }
      return sendHtml(res, 200, sessionPage(record));
    }
    if (req.method !== 'POST') {
      return sendHtml(
        res,
        405,
        statusPage('Méthode non permise', 'Méthode non permise.', 'Method not allowed.'),
        { Allow: 'GET, HEAD, POST' },
      );
    }
    const form = querystring.parse(await readBody(req));
    if (!record) {
      if (wantsJson) return sendPayJson(res, 404, { error: 'no_such_session' });
      return sendHtml(
        res,
        404,
        statusPage(
          'Session introuvable',
          'Cette session de paiement n’existe pas.',
          'This payment session does not exist.',
        ),
      );
    }
    const s = record.session;
    if (form.action === 'cancel') {
      if (!s.cancel_url) return sendHtml(res, 200, sessionPage(record));
      res.writeHead(303, { Location: s.cancel_url, 'Cache-Control': 'no-store' });
      return res.end();
    }
    if (s.status !== 'open') {
      if (wantsJson) {
        return sendPayJson(res, s.status === 'expired' ? 410 : 409, {
          error: `session_${s.status}`,
          session: clone(s),
        });
      }
      return sendHtml(res, s.status === 'expired' ? 410 : 409, sessionPage(record));
    }
    const number = String(form.card ?? '').replace(/[\s-]/g, '');
    const card = TEST_CARDS[number];
    if (!card) {
      if (wantsJson) return sendPayJson(res, 400, { error: 'unknown_test_card', card: number });
      return sendHtml(
        res,
        400,
        statusPage(
          'Carte inconnue',
          `Carte de test inconnue : ${number || '(vide)'}. Utilisez 4242 4242 4242 4242 ou 4000 0000 0000 0002.`,
          `Unknown test card: ${number || '(empty)'}. Use 4242 4242 4242 4242 or 4000 0000 0000 0002.`,
          { href: `/pay/${s.id}`, fr: 'Retour au paiement', en: 'Back to the payment' },
        ),
      );
    }
    const outcome = pay(record, card);
    if (outcome.ok) {
      const location = successRedirect(s);
      if (wantsJson) {
        return sendPayJson(res, 200, {
          status: 'succeeded',
          redirect_url: location,
          session: clone(s),
          payment_intent: clone(paymentIntents.get(s.payment_intent)),
        });
      }
      res.writeHead(303, { Location: location, 'Cache-Control': 'no-store' });
      return res.end();
    }
    const pi = paymentIntents.get(record.paymentIntentId);
    if (wantsJson) {
      return sendPayJson(res, 402, {
        status: 'failed',
        session: clone(s),
        payment_intent: clone(pi),
      });
    }
    const text = DECLINE_TEXT[card.decline_code] ?? DECLINE_TEXT.card_declined;
    return sendHtml(res, 402, payPage(record, { declined: text }));
  }

  function sessionPage(record) {
    const s = record.session;
    if (s.status === 'complete') {
      return statusPage(
        'Paiement déjà effectué',
        'Ce paiement a déjà été effectué. Aucun nouveau débit n’a eu lieu.',
        'This payment has already been made. Nothing more was charged.',
        { href: successRedirect(s), fr: 'Retour à la boutique', en: 'Back to the shop' },
      );
    }
    if (s.status === 'expired') {
      return statusPage(
        'Session expirée',
        'Cette session de paiement a expiré. Reprenez votre commande depuis la boutique.',
        'This payment session has expired. Start again from the shop.',
        s.cancel_url
          ? { href: s.cancel_url, fr: 'Retour à la boutique', en: 'Back to the shop' }
          : undefined,
      );
    }
    return payPage(record);
  }

  // --- HTTP plumbing ------------------------------------------------------------------

  function sendJson(res, status, body, headers) {
    const text = JSON.stringify(body, null, 2);
    res.writeHead(status, {
      'Content-Type': 'application/json',
      'Content-Length': Buffer.byteLength(text),
      'Cache-Control': 'no-cache, no-store',
      ...headers,
    });
    res.end(text);
  }

  function authenticate(req) {
    const header = req.headers.authorization;
    if (!header) {
      throw new StripeError(401, {
        message:
          "You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY'). See https://stripe.com/docs/api#authentication for details, or we can help at https://support.stripe.com/.",
      });
    }
    let key = null;
    const bearer = header.match(/^Bearer\s+(\S+)$/i);
    const basic = header.match(/^Basic\s+(\S+)$/i);
    if (bearer) key = bearer[1];
    else if (basic) key = Buffer.from(basic[1], 'base64').toString('utf8').split(':')[0];
    if (!key) {
      throw new StripeError(401, {
        message:
          "Invalid API Key provided. The Authorization header must be 'Bearer YOUR_SECRET_KEY'.",
      });
    }
    if (!/^sk_test_[A-Za-z0-9_]+$/.test(key)) {
      const masked = key.length > 12 ? `${key.slice(0, 8)}${'*'.repeat(8)}${key.slice(-4)}` : key;
      throw new StripeError(401, { message: `Invalid API Key provided: ${masked}` });
    }
    return key;
  }

  async function handleApi(req, res, url, requestId) {
    const baseHeaders = { 'Request-Id': requestId };
    const versionHeader = req.headers['stripe-version'];
    try {
      authenticate(req);
      if (versionHeader && !/^\d{4}-\d{2}-\d{2}(\.[a-z_]+)?$/.test(versionHeader)) {
        throw invalid(`Invalid Stripe API version: ${versionHeader}`);
      }
      baseHeaders['Stripe-Version'] = versionHeader || apiVersion;
      const method = req.method;
      const body = method === 'POST' ? await readBody(req) : '';
      let route = null;
      let captures = [];
      for (const [m, pattern, handler] of routes) {
        const match = url.pathname.match(pattern);
        if (match && m === method) {
          route = handler;
          captures = match.slice(1).map(decodeURIComponent);
          break;
        }
      }
      if (!route) {
        throw new StripeError(404, {
          message: `Unrecognized request URL (${method}: ${url.pathname}). Please see https://stripe.com/docs or we can help at https://support.stripe.com/.`,
        });
      }
      const params = decodeStripeParams(method === 'POST' ? body : url.search.slice(1));
      const idempotencyKey = method === 'POST' ? req.headers['idempotency-key'] : undefined;
      const ctx = { requestId, idempotencyKey };
      if (idempotencyKey) {
        baseHeaders['Idempotency-Key'] = idempotencyKey;
        if (idempotencyKey.length > 255) {
          throw invalid('Idempotency keys can be up to 255 characters long.');
        }
        const saved = idempotency.get(idempotencyKey);
        const fingerprint = canonical(params);
        if (saved) {
          if (saved.path !== url.pathname || saved.method !== method) {
            throw new StripeError(400, {
              type: 'idempotency_error',
              message: `Keys for idempotent requests can only be used for the same endpoint they were first used for ('${saved.method} ${saved.path}' vs '${method} ${url.pathname}'). Try using a key other than '${idempotencyKey}' if you meant to execute a different request.`,
            });
          }
          if (saved.fingerprint !== fingerprint) {
            throw new StripeError(400, {
              type: 'idempotency_error',
              message: `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${idempotencyKey}' if you meant to execute a different request.`,
            });
          }
          return sendJson(res, saved.status, saved.body, {
            ...baseHeaders,
            'Idempotent-Replayed': 'true',
            'Original-Request': saved.requestId,
          });
        }
        try {
          const result = route(params, ctx, ...captures);
          idempotency.set(idempotencyKey, {
            method,
            path: url.pathname,
            fingerprint,
            status: 200,
            body: result,
            requestId,
          });
          return sendJson(res, 200, result, { ...baseHeaders, 'Original-Request': requestId });
        } catch (error) {
          if (error instanceof StripeError && error.replayable) {
            idempotency.set(idempotencyKey, {
              method,
              path: url.pathname,
              fingerprint,
              status: error.status,
              body: error.toJSON(),
              requestId,
            });
          }
          throw error;
        }
      }
      return sendJson(res, 200, route(params, ctx, ...captures), baseHeaders);
    } catch (error) {
      if (!(error instanceof StripeError)) throw error;
      const headers = { ...baseHeaders };
      if (error.status === 401) headers['WWW-Authenticate'] = 'Bearer realm="Stripe"';
      return sendJson(res, error.status, error.toJSON(), headers);
    }
  }

  // --- injected faults (tests only) ---------------------------------------------------

  /**
   * Validates a fault: `{method, path, when, fail, times, ms}`. `path` is an API path, where
   * `*` stands for one segment (as in `/v1/refunds/*`).
   */
  function toFault(body) {
    if (!body || typeof body !== 'object' || Array.isArray(body)) {
      throw new Error('A fault is a JSON object');
    }
    const { method = 'POST', path, when = 'before', fail = 'error', times = 1, ms } = body;
    const known = ['method', 'path', 'when', 'fail', 'times', 'ms'];
    const unknown = Object.keys(body).filter((key) => !known.includes(key));
    if (unknown.length > 0) throw new Error(`Unknown fault field: ${unknown[0]}`);
    if (method !== 'GET' && method !== 'POST') throw new Error('method must be GET or POST');
    if (typeof path !== 'string' || !/^\/v1\/[A-Za-z0-9_/*.-]*$/.test(path)) {
      throw new Error('path must be an API path under /v1/ (`*` for one segment)');
    }
    if (when !== 'before' && when !== 'after') throw new Error('when must be before or after');
    if (!['error', 'reset', 'hang'].includes(fail)) {
      throw new Error('fail must be error, reset or hang');
    }
    if (!Number.isInteger(times) || times < 1 || times > 100) {
      throw new Error('times must be a whole number from 1 to 100');
    }
    const hangMs = ms ?? 30_000;
    if (!Number.isInteger(hangMs) || hangMs < 0 || hangMs > 600_000) {
      throw new Error('ms must be a whole number of milliseconds up to 600000');
    }
    const pattern = new RegExp(
      `^${path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]+')}$`,
    );
    return { method, path, when, fail, times, ms: hangMs, pattern };
  }

  function addFault(body) {
    const fault = toFault(body);
    faults.push(fault);
    return describeFault(fault);
  }

  const describeFault = ({ method, path, when, fail, times, ms }) => ({
    method,
    path,
    when,
    fail,
    times,
    ms,
  });

  /** The first fault for this request, used up by one. */
  function takeFault(method, pathname) {
    const index = faults.findIndex((f) => f.method === method && f.pattern.test(pathname));
    if (index === -1) return null;
    const fault = faults[index];
    fault.times -= 1;
    if (fault.times === 0) faults.splice(index, 1);
    return fault;
  }

  /**
   * `error` answers 500 as Stripe does when it fails inside; `reset` drops the connection
   * without an answer; `hang` answers nothing for `ms` and then drops it, as a gateway timeout
   * would (a client with a shorter timeout gives up first).
   */
  async function applyFault(fault, req, res, requestId) {
    if (verbose)
      logger.info(`stripe-local: injected ${fault.fail} ${fault.when} ${req.method} ${req.url}`);
    if (fault.fail === 'error') {
      return sendJson(
        res,
        500,
        {
          error: {
            type: 'api_error',
            message: 'An unknown error occurred (injected by stripe-local).',
          },
        },
        { 'Request-Id': requestId },
      );
    }
    if (fault.fail === 'hang') {
      let timer;
      await new Promise((resolve) => {
        timer = later(fault.ms, resolve);
        timer.resolve = resolve;
        hanging.add(timer);
        req.socket.once('close', () => {
          clearTimeout(timer);
          timers.delete(timer);
          resolve();
        });
      });
      hanging.delete(timer);
    }
    req.socket.destroy();
  }

  /** Runs the request for real, keeping its answer from the client. */
  async function handleApiUnanswered(req, url, requestId) {
    const sink = {
      headersSent: false,
      writeHead() {
        this.headersSent = true;
        return this;
      },
      end() {},
    };
    await handleApi(req, sink, url, requestId);
  }

  async function handleFaults(req, res) {
    if (req.method === 'GET') {
      return sendJson(res, 200, { object: 'list', data: faults.map(describeFault) });
    }
    if (req.method === 'DELETE') {
      faults.length = 0;
      // A test that held a request on purpose lets it go now: it is dropped, as at the end
      // of its hang.
      for (const timer of hanging) {
        clearTimeout(timer);
        timers.delete(timer);
        timer.resolve();
      }
      hanging.clear();
      return sendJson(res, 200, { object: 'list', data: [] });
    }
    if (req.method !== 'POST')
      return sendJson(res, 405, { error: { message: 'GET, POST or DELETE' } });
    let fault;
    try {
      fault = addFault(JSON.parse((await readBody(req)) || 'null'));
    } catch (error) {
      return sendJson(res, 400, {
        error: { type: 'invalid_request_error', message: error.message },
      });
    }
    return sendJson(res, 201, fault);
  }

  async function handle(req, res) {
    const url = new URL(req.url, 'http://localhost');
    const requestId = newId.request();
    if (verbose) logger.info(`stripe-local: ${req.method} ${url.pathname}`);
    if (url.pathname.startsWith('/v1/')) {
      const fault = takeFault(req.method, url.pathname);
      if (!fault) return handleApi(req, res, url, requestId);
      if (fault.when === 'after') await handleApiUnanswered(req, url, requestId);
      else if (req.method === 'POST') await readBody(req);
      return applyFault(fault, req, res, requestId);
    }
    if (url.pathname === '/__local/faults') return handleFaults(req, res);
    const pay = url.pathname.match(/^\/pay\/([^/]+)$/);
    if (pay) return handlePayPage(req, res, decodeURIComponent(pay[1]));
    if (req.method === 'GET' && url.pathname === '/__local/events') {
      return sendJson(res, 200, {
        object: 'list',
        data: clone(events),
        has_more: false,
        url: '/__local/events',
      });
    }
    if (req.method === 'GET' && url.pathname === '/__local/webhook_deliveries') {
      return sendJson(res, 200, {
        object: 'list',
        data: clone(deliveries),
        has_more: false,
        url: '/__local/webhook_deliveries',
      });
    }
    if (req.method === 'GET' && url.pathname === '/__local/health') {
      return sendJson(res, 200, { ok: true });
    }
    return sendJson(
      res,
      404,
      new StripeError(404, {
        message: `Unrecognized request URL (${req.method}: ${url.pathname}). Please see https://stripe.com/docs or we can help at https://support.stripe.com/.`,
      }).toJSON(),
      { 'Request-Id': requestId },
    );
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch((error) => {
      if (error instanceof StripeError) {
        if (!res.headersSent) sendJson(res, error.status, error.toJSON());
        return;
      }
      logger.warn(`stripe-local: ${req.method} ${req.url} failed: ${error.stack ?? error}`);
      if (!res.headersSent) {
        sendJson(res, 500, {
          error: { type: 'api_error', message: 'An unexpected error occurred in stripe-local.' },
        });
      } else {
        res.destroy();
      }
    });
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const actualPort = server.address().port;
  const displayHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
  const url = `http://${displayHost.includes(':') ? `[${displayHost}]` : displayHost}:${actualPort}`;
  baseUrl = (publicUrl || url).replace(/\/+$/, '');

  return {
    url,
    port: actualPort,
    publicUrl: baseUrl,
    webhookSecret: secret,
    /** Every event created so far, oldest first. */
    events: () => clone(events),
    /** Delivery state of every event sent to webhookUrl. */
    deliveries: () => clone(deliveries),
    /**
     * Makes coming API requests fail: `{method, path, when: 'before'|'after', fail:
     * 'error'|'reset'|'hang', times, ms}`; see README. Returns the fault as recorded.
     */
    fault: (spec) => addFault(spec),
    /** Faults not used up yet. */
    faults: () => faults.map(describeFault),
    /**
     * Resolves once no follow-up (a refund settling) is due and every queued webhook has been
     * delivered or given up on.
     */
    async webhooksIdle() {
      while (followUps.size > 0 || draining) {
        await Promise.all([...followUps]);
        if (draining) await draining;
      }
    },
    async close() {
      if (closed) return;
      closed = true;
      clearInterval(sweeper);
      for (const timer of timers) {
        clearTimeout(timer);
        timer.resolve?.();
      }
      timers.clear();
      for (const req of inflight) req.destroy(new Error('stripe-local is closing'));
      await new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      if (draining) await draining;
    },
  };
}

// ---------------------------------------------------------------------------------------
// Command line

const CLI_FLAGS = [
  'port',
  'host',
  'webhook-url',
  'webhook-secret',
  'public-url',
  'refund-status',
  'verbose',
];

function parseArgs(argv) {
  const out = {};
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') {
      out.help = true;
      continue;
    }
    const match = arg.match(/^--([a-z-]+)(?:=(.*))?$/);
    if (!match || !CLI_FLAGS.includes(match[1])) {
      throw new Error(`Unknown argument: ${arg} (see --help)`);
    }
    const value = match[2] ?? argv[(i += 1)];
    if (value === undefined) throw new Error(`Missing value for --${match[1]}`);
    out[match[1]] = value;
  }
  return out;
}

const USAGE = `Usage: node infra/stripe-local/server.mjs [options]

  --port <n>             port to listen on (env STRIPE_LOCAL_PORT, default 12111; 0 = any)
  --host <addr>          address to bind (env STRIPE_LOCAL_HOST, default 127.0.0.1)
  --webhook-url <url>    where to POST events (env STRIPE_WEBHOOK_URL)
  --webhook-secret <s>   whsec_… used to sign them (env STRIPE_WEBHOOK_SECRET)
  --public-url <url>     base URL of the hosted page (env STRIPE_LOCAL_PUBLIC_URL)
  --refund-status <s>    succeeded | pending (env STRIPE_LOCAL_REFUND_STATUS)
  --verbose              log every request (env STRIPE_LOCAL_VERBOSE=1)
`;

async function main() {
  const args = parseArgs(process.argv.slice(2).map((a) => (a === '--verbose' ? '--verbose=1' : a)));
  if (args.help) {
    process.stdout.write(USAGE);
    return;
  }
  const env = process.env;
  const port = Number(args.port ?? env.STRIPE_LOCAL_PORT ?? 12111);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`Bad port: ${port}`);
  const local = await startLocalStripe({
    port,
    host: args.host ?? env.STRIPE_LOCAL_HOST ?? '127.0.0.1',
    webhookUrl: args['webhook-url'] ?? env.STRIPE_WEBHOOK_URL,
    webhookSecret: args['webhook-secret'] ?? env.STRIPE_WEBHOOK_SECRET,
    publicUrl: args['public-url'] ?? env.STRIPE_LOCAL_PUBLIC_URL,
    refundStatus: args['refund-status'] ?? env.STRIPE_LOCAL_REFUND_STATUS ?? 'succeeded',
    verbose: /^(1|true|yes)$/i.test(args.verbose ?? env.STRIPE_LOCAL_VERBOSE ?? ''),
  });
  const webhookUrl = args['webhook-url'] ?? env.STRIPE_WEBHOOK_URL;
  console.log(`stripe-local listening on ${local.url}`);
  console.log(
    webhookUrl
      ? `stripe-local webhooks → ${webhookUrl}${args['webhook-secret'] || env.STRIPE_WEBHOOK_SECRET ? '' : ` (generated secret ${local.webhookSecret})`}`
      : 'stripe-local: no webhook URL; events are only listed at /__local/events',
  );
  const stop = async () => {
    await local.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error) => {
    console.error(`stripe-local: ${error.message}`);
    process.exit(1);
  });
}
