import { buildCart, type CartLineRow } from './cart-view';

function row(overrides: Partial<CartLineRow>): CartLineRow {
  return {
    item_id: 'item-1',
    quantity: 1,
    product_id: 'product-1',
    slug: 'vase-bleu',
    title_fr: 'Vase bleu',
    title_ar: null,
    title_en: 'Blue vase',
    price_amount: 10000,
    stock: 5,
    product_status: 'active',
    seller_id: 'seller-1',
    seller_slug: 'poterie-safi',
    seller_name: 'Poterie Safi',
    seller_kind: 'artisan',
    seller_status: 'approved',
    shipping_morocco_amount: 3500,
    shipping_international_amount: 25000,
    thumb_url: '/media/vase-400.webp',
    ...overrides,
  };
}

describe('buildCart', () => {
  it('groups lines per seller with each seller’s flat shipping, and totals both destinations', () => {
    const cart = buildCart(
      'cart-1',
      [
        row({ item_id: 'a', quantity: 2 }),
        row({
          item_id: 'b',
          product_id: 'product-2',
          seller_id: 'seller-2',
          seller_slug: 'tapis',
          seller_name: 'Tapis',
          price_amount: 99999,
          shipping_morocco_amount: 0,
          shipping_international_amount: 10000,
        }),
        row({ item_id: 'c', product_id: 'product-3', price_amount: 1 }),
      ],
      'en',
    );
    expect(
      cart.groups.map((group) => [group.seller.slug, group.lineIds, group.subtotal.amount]),
    ).toEqual([
      ['poterie-safi', ['a', 'c'], 20001],
      ['tapis', ['b'], 99999],
    ]);
    expect(cart.subtotal).toEqual({ amount: 120000, currency: 'MAD' });
    expect(cart.totals.morocco).toEqual({
      shipping: { amount: 3500, currency: 'MAD' },
      total: { amount: 123500, currency: 'MAD' },
    });
    expect(cart.totals.international.total.amount).toBe(120000 + 35000);
    expect(cart.itemCount).toBe(4);
    expect(cart.lines[0].product.title).toBe('Blue vase');
    expect(cart.readyForCheckout).toBe(true);
  });

  it('says why a line cannot be bought', () => {
    const cart = buildCart(
      'cart-1',
      [
        row({ item_id: 'short', quantity: 3, stock: 2 }),
        row({ item_id: 'gone', stock: 0 }),
        row({ item_id: 'hidden', product_status: 'hidden' }),
        row({ item_id: 'suspended', seller_status: 'suspended' }),
      ],
      'fr',
    );
    expect(cart.lines.map((line) => line.availability.problem)).toEqual([
      'insufficient_stock',
      'unavailable',
      'unavailable',
      'unavailable',
    ]);
    expect(cart.readyForCheckout).toBe(false);
  });

  it('is not ready for checkout when empty', () => {
    expect(buildCart('cart-1', [], 'fr')).toMatchObject({
      lines: [],
      groups: [],
      itemCount: 0,
      subtotal: { amount: 0 },
      readyForCheckout: false,
    });
  });
});
