import type { Money, Order, Payout, SellerApplicationDetail, SubOrder } from '@hirfa/shared';

export function applicationDetail(
  overrides: Partial<SellerApplicationDetail> = {},
): SellerApplicationDetail {
  return {
    id: '7f1c2d3e-0000-4000-8000-000000000007',
    status: 'submitted',
    kind: 'artisan',
    name: 'Atelier Lahcen',
    province: 'safi',
    craft: 'pottery',
    workshopAddress: 'Colline des potiers, Safi',
    phone: '+212612345678',
    bio: { fr: 'Tajines émaillés.', ar: 'طواجين مزججة.' },
    artisanCardNumber: 'SAF-2021-0042',
    artisanCardExpiresOn: '2030-06-30',
    registrationNumber: null,
    members: [],
    submittedAt: '2026-02-01T09:00:00.000Z',
    approvedAt: null,
    createdAt: '2026-02-01T09:00:00.000Z',
    updatedAt: '2026-02-01T09:00:00.000Z',
    slug: null,
    owner: { id: 'u-9', name: 'Lahcen Ouali', email: 'lahcen@example.ma' },
    history: [
      {
        status: 'submitted',
        from: null,
        at: '2026-02-01T09:00:00.000Z',
        reason: null,
        by: { id: 'u-9', name: 'Lahcen Ouali' },
      },
    ],
    ...overrides,
  };
}

const mad = (amount: number): Money => ({ amount, currency: 'MAD' });

export const CARD_ORDER_ID = '0b8e7d6c-0000-4000-8000-000000000001';
export const POTTERY_PART_ID = '0b8e7d6c-0000-4000-8000-0000000000a1';
export const ARGAN_PART_ID = '0b8e7d6c-0000-4000-8000-0000000000a2';

export function subOrder(overrides: Partial<SubOrder> = {}): SubOrder {
  return {
    id: POTTERY_PART_ID,
    seller: { slug: 'atelier-lahcen', name: 'Atelier Lahcen', kind: 'artisan' },
    status: 'paid',
    lines: [
      {
        id: 'l-1',
        productId: 'p-1',
        productSlug: 'tajine-safi-bleu',
        title: 'Tajine émaillé bleu de Safi',
        unitPrice: mad(45000),
        quantity: 1,
        lineTotal: mad(45000),
        madeBy: null,
      },
    ],
    items: mad(45000),
    shipping: mad(5000),
    total: mad(50000),
    refunded: mad(0),
    trackingNumber: null,
    history: [
      {
        from: null,
        to: 'pending_payment',
        actor: 'shopper',
        note: null,
        at: '2026-03-01T10:00:00.000Z',
      },
      {
        from: 'pending_payment',
        to: 'paid',
        actor: 'payment',
        note: null,
        at: '2026-03-01T10:05:00.000Z',
      },
    ],
    ...overrides,
  };
}

export function arganPart(overrides: Partial<SubOrder> = {}): SubOrder {
  return subOrder({
    id: ARGAN_PART_ID,
    seller: { slug: 'cooperative-tifaouine', name: 'Coopérative Tifaouine', kind: 'cooperative' },
    lines: [
      {
        id: 'l-2',
        productId: 'p-2',
        productSlug: 'huile-argan',
        title: "Huile d'argan cosmétique",
        unitPrice: mad(12000),
        quantity: 2,
        lineTotal: mad(24000),
        madeBy: 'Fatima Ait Baha',
      },
    ],
    items: mad(24000),
    shipping: mad(3000),
    total: mad(27000),
    ...overrides,
  });
}

export function cardOrder(overrides: Partial<Order> = {}): Order {
  return {
    id: CARD_ORDER_ID,
    number: 'HRF-2026-000123',
    createdAt: '2026-03-01T10:00:00.000Z',
    email: 'claire@example.fr',
    paymentMethod: 'card',
    paymentStatus: 'paid',
    paymentDueAt: null,
    paidAt: '2026-03-01T10:05:00.000Z',
    paymentUrl: null,
    shippingAddress: {
      name: 'Claire Martin',
      phone: '+33612345678',
      line1: '12 rue des Lilas',
      line2: null,
      city: 'Lyon',
      postalCode: '69003',
      country: 'FR',
    },
    items: mad(69000),
    shipping: mad(8000),
    total: mad(77000),
    subOrders: [subOrder(), arganPart()],
    ...overrides,
  };
}

export function codOrder(overrides: Partial<Order> = {}): Order {
  return cardOrder({
    id: '0b8e7d6c-0000-4000-8000-000000000002',
    number: 'HRF-2026-000124',
    email: 'youssef@example.ma',
    paymentMethod: 'cod',
    paymentStatus: 'cash_on_delivery',
    paidAt: null,
    shippingAddress: {
      name: 'Youssef Amrani',
      phone: '+212612345678',
      line1: '5 derb Sidi Bouloukat',
      line2: null,
      city: 'Marrakech',
      postalCode: null,
      country: 'MA',
    },
    subOrders: [
      subOrder({
        status: 'placed',
        history: [
          {
            from: null,
            to: 'placed',
            actor: 'shopper',
            note: null,
            at: '2026-03-01T10:00:00.000Z',
          },
        ],
      }),
      arganPart({ status: 'delivered', trackingNumber: 'RR123456789MA' }),
    ],
    ...overrides,
  });
}

export function payout(overrides: Partial<Payout> = {}): Payout {
  return {
    id: '5a1b2c3d-0000-4000-8000-000000000001',
    batchId: '5a1b2c3d-0000-4000-8000-0000000000b1',
    seller: { id: 's-1', slug: 'atelier-lahcen', name: 'Atelier Lahcen', kind: 'artisan' },
    amount: mad(180000),
    status: 'pending',
    bankReference: null,
    paidAt: null,
    createdAt: '2026-03-10T09:00:00.000Z',
    ...overrides,
  };
}
