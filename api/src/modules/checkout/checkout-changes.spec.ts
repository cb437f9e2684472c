import { buildCart, type CartLineRow } from '../cart/cart-view';
import { describeChanges, type SeenLine } from './checkout-changes';

const row = (overrides: Partial<CartLineRow>): CartLineRow => ({
  item_id: 'line-1',
  quantity: 1,
  product_id: 'product-1',
  slug: 'bol',
  title_fr: 'Bol',
  title_ar: null,
  title_en: null,
  price_amount: 5000,
  stock: 5,
  product_status: 'active',
  seller_id: 'seller-1',
  seller_slug: 'poterie',
  seller_name: 'Poterie',
  seller_kind: 'artisan',
  seller_status: 'approved',
  shipping_morocco_amount: 3500,
  shipping_international_amount: 25000,
  thumb_url: null,
  ...overrides,
});

const seen = (overrides: Partial<SeenLine>): SeenLine => ({
  lineId: 'line-1',
  unitPrice: 5000,
  shippingMorocco: 3500,
  shippingInternational: 25000,
  seenAt: new Date('2026-01-01T10:00:00Z'),
  ...overrides,
});

const MAD = (amount: number) => ({ amount, currency: 'MAD' });

describe('describeChanges', () => {
  it('names a line whose price moved since it was set, with the totals', () => {
    const cart = buildCart('cart-1', [row({ price_amount: 100_000_000 })], 'fr');
    expect(describeChanges(cart, [seen({})], 'morocco', 8500)).toEqual({
      expectedTotal: MAD(8500),
      total: MAD(100_003_500),
      lines: [
        {
          lineId: 'line-1',
          productId: 'product-1',
          title: 'Bol',
          quantity: 1,
          price: { old: MAD(5000), new: MAD(100_000_000) },
          availability: null,
        },
      ],
      shipping: null,
    });
  });

  it('names lines that cannot be bought as they are, with the stock left', () => {
    const cart = buildCart(
      'cart-1',
      [
        row({ quantity: 3, stock: 1 }),
        row({ item_id: 'line-2', product_id: 'product-2', product_status: 'hidden' }),
      ],
      'fr',
    );
    const changes = describeChanges(cart, [seen({}), seen({ lineId: 'line-2' })], 'morocco', 0);
    expect(changes.lines.map((line) => [line.lineId, line.availability])).toEqual([
      ['line-1', { problem: 'insufficient_stock', available: 1 }],
      ['line-2', { problem: 'unavailable', available: 0 }],
    ]);
  });

  it('takes each seller’s shipping as seen with its most recently set line, per destination', () => {
    const cart = buildCart(
      'cart-1',
      [
        row({ shipping_international_amount: 40000 }),
        row({ item_id: 'line-2', product_id: 'product-2', shipping_international_amount: 40000 }),
      ],
      'fr',
    );
    const lines = [
      seen({ shippingInternational: 20000, seenAt: new Date('2026-01-01T10:00:00Z') }),
      seen({
        lineId: 'line-2',
        shippingInternational: 25000,
        seenAt: new Date('2026-01-01T11:00:00Z'),
      }),
    ];
    expect(describeChanges(cart, lines, 'international', 0).shipping).toEqual({
      old: MAD(25000),
      new: MAD(40000),
    });
    expect(describeChanges(cart, lines, 'morocco', 0).shipping).toBeNull();
  });

  it('takes today’s price and rates as seen for a line set before they were recorded', () => {
    const cart = buildCart('cart-1', [row({ price_amount: 7000 })], 'fr');
    const unrecorded = seen({
      unitPrice: null,
      shippingMorocco: null,
      shippingInternational: null,
      seenAt: null,
    });
    expect(describeChanges(cart, [unrecorded], 'morocco', 1)).toMatchObject({
      lines: [],
      shipping: null,
      total: MAD(10500),
    });
  });
});
