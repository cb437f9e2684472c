import type {
  Cart,
  CartLine,
  CartSellerGroup,
  Money,
  Order,
  OrderLine,
  SellerRef,
  SubOrder,
} from '@hirfa/shared';
import type { SessionUser } from '@/lib/auth';

export const mad = (amount: number): Money => ({ amount, currency: 'MAD' });

export const lahcen: SellerRef = {
  slug: 'atelier-lahcen',
  name: 'Atelier Lahcen',
  kind: 'artisan',
};
export const tifaout: SellerRef = {
  slug: 'cooperative-tifaout',
  name: 'Coopérative Tifaout',
  kind: 'cooperative',
};

export function cartLine(overrides: Partial<CartLine> = {}): CartLine {
  const quantity = overrides.quantity ?? 1;
  const unitPrice = overrides.unitPrice ?? mad(45000);
  return {
    id: 'line-1',
    product: {
      id: 'p-1',
      slug: 'tajine-safi-bleu',
      title: 'Tajine émaillé bleu de Safi',
      language: 'fr',
      thumbUrl: '/media/products/tajine-400.webp',
      seller: lahcen,
    },
    quantity,
    unitPrice,
    lineTotal: mad(unitPrice.amount * quantity),
    availability: { stock: 3, available: true, problem: null },
    ...overrides,
  };
}

/** A cart whose groups and totals add up from its lines and each seller's shipping. */
export function cartOf(
  lines: CartLine[],
  shipping: Record<string, { morocco: number; international: number }> = {},
  id = 'c0a80101-0000-4000-8000-000000000001',
): Cart {
  const groups: CartSellerGroup[] = [];
  for (const line of lines) {
    let group = groups.find((candidate) => candidate.seller.slug === line.product.seller.slug);
    if (!group) {
      const rates = shipping[line.product.seller.slug] ?? { morocco: 3000, international: 15000 };
      group = {
        seller: line.product.seller,
        lineIds: [],
        subtotal: mad(0),
        shipping: { morocco: mad(rates.morocco), international: mad(rates.international) },
      };
      groups.push(group);
    }
    group.lineIds.push(line.id);
    group.subtotal = mad(group.subtotal.amount + line.lineTotal.amount);
  }
  const subtotal = lines.reduce((total, line) => total + line.lineTotal.amount, 0);
  const morocco = groups.reduce((total, group) => total + group.shipping.morocco.amount, 0);
  const abroad = groups.reduce((total, group) => total + group.shipping.international.amount, 0);
  return {
    id,
    lines,
    groups,
    itemCount: lines.reduce((count, line) => count + line.quantity, 0),
    subtotal: mad(subtotal),
    totals: {
      morocco: { shipping: mad(morocco), total: mad(subtotal + morocco) },
      international: { shipping: mad(abroad), total: mad(subtotal + abroad) },
    },
    readyForCheckout: lines.length > 0 && lines.every((line) => line.availability.available),
  };
}

export const shopper: SessionUser = {
  id: 'u-7',
  email: 'amina@example.ma',
  name: 'Amina El Idrissi',
  role: 'shopper',
  preferredLanguage: 'fr',
};

export function orderLine(overrides: Partial<OrderLine> = {}): OrderLine {
  return {
    id: 'ol-1',
    productId: 'p-1',
    productSlug: 'tajine-safi-bleu',
    title: 'Tajine émaillé bleu de Safi',
    unitPrice: mad(45000),
    quantity: 1,
    lineTotal: mad(45000),
    madeBy: null,
    ...overrides,
  };
}

export function subOrder(overrides: Partial<SubOrder> = {}): SubOrder {
  return {
    id: 'so-1',
    seller: lahcen,
    status: 'placed',
    lines: [orderLine()],
    items: mad(45000),
    shipping: mad(3000),
    total: mad(48000),
    refunded: mad(0),
    trackingNumber: null,
    history: [
      { from: null, to: 'placed', actor: 'shopper', note: null, at: '2026-03-02T10:00:00.000Z' },
    ],
    ...overrides,
  };
}

export function order(overrides: Partial<Order> = {}): Order {
  return {
    id: 'a1b2c3d4-0000-4000-8000-000000000042',
    number: 'HRF-2026-000042',
    createdAt: '2026-03-02T10:00:00.000Z',
    email: 'amina@example.ma',
    paymentMethod: 'cod',
    paymentStatus: 'cash_on_delivery',
    paymentDueAt: null,
    paidAt: null,
    paymentUrl: null,
    shippingAddress: {
      name: 'Amina El Idrissi',
      phone: '+212 6 12 34 56 78',
      line1: '12 derb Sidi Bouloukat',
      line2: null,
      city: 'Marrakech',
      postalCode: '40000',
      country: 'MA',
    },
    items: mad(45000),
    shipping: mad(3000),
    total: mad(48000),
    subOrders: [subOrder()],
    ...overrides,
  };
}
