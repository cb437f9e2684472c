import { vi } from 'vitest';
import type {
  LedgerEntry,
  SellerApplication,
  SellerLedger,
  SellerOrder,
  SellerOrderPage,
  SellerProduct,
  SellerProductImage,
  SellerProductPage,
} from '@hirfa/shared';

export function sellerProductImage(
  overrides: Partial<SellerProductImage> = {},
): SellerProductImage {
  return {
    id: '5b0b1a0e-0000-4000-8000-000000000001',
    url: '/media/products/p-1/img-1-1200.webp',
    width: 1200,
    height: 900,
    thumbUrl: '/media/products/p-1/img-1-400.webp',
    thumbWidth: 400,
    thumbHeight: 300,
    alt: 'Tajine bleu vu de face',
    position: 0,
    ...overrides,
  };
}

export function sellerProduct(overrides: Partial<SellerProduct> = {}): SellerProduct {
  return {
    id: '0d9f3c9e-0000-4000-8000-000000000001',
    slug: 'tajine-bleu-de-safi',
    title: { fr: 'Tajine bleu de Safi', ar: null, en: 'Blue Safi tajine' },
    description: { fr: 'Tourné à la main.', ar: null, en: null },
    price: { amount: 45000, currency: 'MAD' },
    stock: 3,
    oneOfAKind: false,
    category: 'tableware',
    craft: 'pottery',
    province: 'safi',
    materials: ['argile', 'émail au cobalt'],
    dimensions: { lengthCm: 30, widthCm: 30, heightCm: null },
    weightGrams: 1800,
    leadTimeDays: null,
    madeByMemberId: null,
    visible: true,
    moderation: { hidden: false, reason: null, at: null },
    images: [sellerProductImage()],
    createdAt: '2026-01-10T09:00:00.000Z',
    updatedAt: '2026-01-10T09:00:00.000Z',
    ...overrides,
  };
}

export function sellerProductPage(
  items: SellerProduct[],
  overrides: Partial<Omit<SellerProductPage, 'items'>> = {},
): SellerProductPage {
  return { items, total: items.length, page: 1, limit: 20, ...overrides };
}

export function sellerApplication(overrides: Partial<SellerApplication> = {}): SellerApplication {
  return {
    id: 'a-1',
    status: 'approved',
    kind: 'artisan',
    name: 'Atelier Lahcen',
    province: 'safi',
    craft: 'pottery',
    workshopAddress: 'Colline des potiers, Safi',
    phone: '+212612345678',
    bio: { fr: 'Potier depuis trente ans.' },
    artisanCardNumber: 'SAF-12345',
    artisanCardExpiresOn: '2028-01-01',
    registrationNumber: null,
    members: [],
    submittedAt: '2025-12-01T09:00:00.000Z',
    approvedAt: '2025-12-05T09:00:00.000Z',
    createdAt: '2025-12-01T09:00:00.000Z',
    updatedAt: '2025-12-05T09:00:00.000Z',
    shopSlug: 'atelier-lahcen',
    editable: false,
    history: [],
    ...overrides,
  };
}

const mad = (amount: number) => ({ amount, currency: 'MAD' }) as const;

/** A paid card order waiting for the seller to accept it. */
export function sellerOrder(overrides: Partial<SellerOrder> = {}): SellerOrder {
  return {
    id: '7c1e2f3a-0000-4000-8000-000000000001',
    orderNumber: 'HF-2026-000123',
    createdAt: '2026-03-02T10:15:00.000Z',
    updatedAt: '2026-03-02T10:20:00.000Z',
    paymentMethod: 'card',
    status: 'paid',
    nextStatuses: ['accepted'],
    lines: [
      {
        id: 'line-1',
        productId: '0d9f3c9e-0000-4000-8000-000000000001',
        productSlug: 'tajine-bleu-de-safi',
        title: 'Tajine bleu de Safi',
        unitPrice: mad(45000),
        quantity: 2,
        lineTotal: mad(90000),
        madeBy: null,
      },
      {
        id: 'line-2',
        productId: null,
        productSlug: 'plat-a-couscous',
        title: 'Plat à couscous',
        unitPrice: mad(30050),
        quantity: 1,
        lineTotal: mad(30050),
        madeBy: 'Fatima Zahra',
      },
    ],
    items: mad(120050),
    shipping: mad(3500),
    total: mad(123550),
    refunded: mad(0),
    trackingNumber: null,
    shipTo: {
      name: 'Khadija Amrani',
      phone: '+212 6 12 34 56 78',
      line1: '12 derb Sidi Bouloukat',
      line2: 'Riad Zitoun',
      city: 'Marrakech',
      postalCode: '40000',
      country: 'MA',
    },
    ...overrides,
  };
}

export function sellerOrderPage(
  items: SellerOrder[],
  overrides: Partial<Omit<SellerOrderPage, 'items'>> = {},
): SellerOrderPage {
  return { items, total: items.length, page: 1, limit: 20, ...overrides };
}

export function ledgerEntry(overrides: Partial<LedgerEntry> = {}): LedgerEntry {
  return {
    id: '1',
    kind: 'sale',
    amount: mad(120050),
    description: 'Sale of order HF-2026-000123',
    orderNumber: 'HF-2026-000123',
    subOrderId: '7c1e2f3a-0000-4000-8000-000000000001',
    payoutId: null,
    memberName: null,
    createdAt: '2026-03-02T10:20:00.000Z',
    ...overrides,
  };
}

export function sellerLedger(
  items: LedgerEntry[],
  overrides: Partial<Omit<SellerLedger, 'items'>> = {},
): SellerLedger {
  return {
    balance: mad(108045),
    available: mad(58045),
    pending: mad(50000),
    holdDays: 7,
    items,
    total: items.length,
    page: 1,
    limit: 20,
    ...overrides,
  };
}

/** The method and JSON body of each request made through a mocked fetch. */
export function sentRequests(fetchMock: { mock: { calls: unknown[][] } }) {
  return fetchMock.mock.calls.map(([input, init]) => {
    const url = new URL(String(input), window.location.origin);
    const options = (init ?? {}) as RequestInit;
    let body: unknown = options.body;
    if (typeof body === 'string') body = JSON.parse(body) as unknown;
    return { method: options.method ?? 'GET', path: `${url.pathname}${url.search}`, body };
  });
}

export type ApiRoute = (request: { method: string; url: URL }) => Response | Promise<Response>;

/** Like the shared fetch mock, but the handler also sees the method, for pages that write. */
export function mockApi(route: ApiRoute) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input), window.location.origin);
    return route({ method: init?.method ?? 'GET', url });
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}
