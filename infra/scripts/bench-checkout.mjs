#!/usr/bin/env node
// Benchmark (not a test): card checkouts per second against the local payment server, with
// catalogue reads in the same run.
//   pnpm bench:checkout [-- --carts 3000 --connections 20 --seconds 15]
import { createRequire } from 'node:module';
import { randomUUID } from 'node:crypto';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load, startBenchServer, summarise } from './bench-catalog.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(join(root, 'api', 'package.json'));
const { Client } = require('pg');

function option(name, fallback) {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? fallback : Number(process.argv[index + 1]);
}
const cartCount = option('carts', 3000);
const connections = option('connections', 20);
const seconds = option('seconds', 15);

/** Pieces with plenty of stock, so the run measures checkouts rather than sold-out answers. */
async function stockUp(databaseUrl) {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  const { rows } = await client.query(
    `UPDATE products SET stock = 1000000, one_of_a_kind = false
      WHERE id IN (SELECT id FROM products WHERE status = 'active' ORDER BY created_at DESC LIMIT 40)
      RETURNING id`,
  );
  await client.end();
  return rows.map((row) => row.id);
}

async function prepareCarts(baseUrl, productIds) {
  const carts = [];
  let next = 0;
  async function worker() {
    while (next < cartCount) {
      const index = next++;
      const created = await fetch(`${baseUrl}/api/carts`, { method: 'POST' });
      const cookie = created.headers.get('set-cookie').split(';')[0];
      const cart = await created.json();
      // Two sellers' pieces in most carts, as a real basket often has.
      let shown = cart;
      for (const productId of [
        productIds[index % productIds.length],
        productIds[(index * 7 + 3) % productIds.length],
      ]) {
        const added = await fetch(`${baseUrl}/api/carts/${cart.id}/items`, {
          method: 'POST',
          headers: { cookie, 'content-type': 'application/json' },
          body: JSON.stringify({ productId, quantity: 1 }),
        });
        if (!added.ok) throw new Error(`adding to a cart failed: ${added.status}`);
        shown = await added.json();
      }
      // The total the checkout page would show, sent back as the one the shopper saw.
      carts.push({ id: cart.id, cookie, index, expectedTotal: shown.totals.morocco.total });
    }
  }
  await Promise.all(Array.from({ length: 8 }, worker));
  return carts;
}

const bench = await startBenchServer({ products: 500, payments: true });
try {
  const productIds = await stockUp(bench.databaseUrl);
  const started = Date.now();
  const carts = await prepareCarts(bench.baseUrl, productIds);
  console.log(`Prepared ${carts.length} carts in ${Date.now() - started} ms`);

  let served = 0;
  const checkout = load(`${bench.baseUrl}/api/checkout`, {
    title: 'card checkouts',
    connections,
    seconds,
    requests: [
      {
        method: 'POST',
        setupRequest: (request) => {
          const cart = carts[served++ % carts.length];
          return {
            ...request,
            headers: {
              cookie: cart.cookie,
              'content-type': 'application/json',
              'idempotency-key': randomUUID(),
            },
            body: JSON.stringify({
              cartId: cart.id,
              // One shopper per cart, as each holds at most a few unpaid orders.
              email: `bench-${cart.index}@example.ma`,
              expectedTotal: cart.expectedTotal,
              paymentMethod: 'card',
              shipping: {
                name: 'Banc Essai',
                phone: '+212600000000',
                line1: '1 rue de la Kasbah',
                city: 'Marrakech',
                country: 'MA',
              },
            }),
          };
        },
      },
    ],
  });
  const catalogue = load(`${bench.baseUrl}/api/products?q=tapis&province=al-haouz&limit=24`, {
    title: 'catalogue search alongside',
    connections: 10,
    seconds,
  });
  const [checkoutResult, catalogueResult] = await Promise.all([checkout, catalogue]);
  const placed = checkoutResult.statusCodeStats?.['201']?.count ?? 0;
  console.log(
    `\nCheckouts: ${(placed / seconds).toFixed(1)} orders/s placed (${placed} new orders; ` +
      `${served > carts.length ? 'carts reused, later answers replay orders' : 'each cart once'})`,
  );
  console.log(`  ${summarise(checkoutResult)}`);
  console.log(`Catalogue: ${summarise(catalogueResult)}`);
} finally {
  await bench.stop();
}
