import type { ProductDetail, ProductPage, ProductSummary, Taxonomy } from '@hirfa/shared';

export function productSummary(overrides: Partial<ProductSummary> = {}): ProductSummary {
  return {
    id: 'p-1',
    slug: 'tajine-safi-bleu',
    title: 'Tajine émaillé bleu de Safi',
    language: 'fr',
    price: { amount: 45000, currency: 'MAD' },
    stock: 3,
    seller: { slug: 'atelier-lahcen', name: 'Atelier Lahcen', kind: 'artisan' },
    province: 'safi',
    craft: 'pottery',
    category: 'tableware',
    images: [
      {
        url: '/media/products/tajine-800.webp',
        width: 800,
        height: 600,
        thumbUrl: '/media/products/tajine-400.webp',
        thumbWidth: 400,
        thumbHeight: 300,
        alt: 'Tajine en terre cuite émaillée bleu cobalt',
      },
    ],
    createdAt: '2026-01-15T10:00:00.000Z',
    ...overrides,
  };
}

export function productDetail(overrides: Partial<ProductDetail> = {}): ProductDetail {
  return {
    ...productSummary(),
    description: 'Tajine tourné à la main sur la colline des potiers.\n\nCuit au four à bois.',
    descriptionLanguage: 'fr',
    materials: ['argile de Safi', 'émail au cobalt'],
    madeBy: null,
    ...overrides,
  };
}

export function productPage(
  items: ProductSummary[],
  overrides: Partial<Omit<ProductPage, 'items'>> = {},
): ProductPage {
  return {
    items,
    total: items.length,
    page: 1,
    limit: 24,
    facets: { province: [], craft: [], category: [], price: [] },
    ...overrides,
  };
}

export const taxonomy: Taxonomy = {
  provinces: [
    { slug: 'marrakech', name: { fr: 'Marrakech', ar: 'مراكش', en: 'Marrakech' } },
    { slug: 'safi', name: { fr: 'Safi', ar: 'آسفي', en: 'Safi' } },
    { slug: 'essaouira', name: { fr: 'Essaouira', ar: 'الصويرة', en: 'Essaouira' } },
  ],
  crafts: [
    { slug: 'pottery', name: { fr: 'Poterie', ar: 'الفخار', en: 'Pottery' } },
    { slug: 'leather', name: { fr: 'Maroquinerie', ar: 'الجلد', en: 'Leatherwork' } },
  ],
  categories: [
    { slug: 'tableware', name: { fr: 'Arts de la table', ar: 'أواني المائدة', en: 'Tableware' } },
    { slug: 'bags', name: { fr: 'Sacs', en: 'Bags' } },
  ],
};
