import type { Money } from '../money/money';
import type { Language, Translated } from './i18n';
import type { Page } from './pagination';
import type { ProvinceCode } from '../catalog/provinces';
import type { ProductFacets } from './search';

export const SELLER_KINDS = ['artisan', 'cooperative'] as const;
export type SellerKind = (typeof SELLER_KINDS)[number];

export const PRODUCT_SORTS = ['relevance', 'newest', 'price_asc', 'price_desc'] as const;
export type ProductSort = (typeof PRODUCT_SORTS)[number];

/** Slugs are lowercase words joined by hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface ProductImage {
  url: string;
  width: number;
  height: number;
  thumbUrl: string;
  thumbWidth: number;
  thumbHeight: number;
  alt: string;
}

export interface SellerRef {
  slug: string;
  name: string;
  kind: SellerKind;
}

export interface ProductSummary {
  id: string;
  slug: string;
  title: string;
  /** The language `title` is written in: the reader's, or a fallback. */
  language: Language;
  price: Money;
  stock: number;
  seller: SellerRef;
  province: ProvinceCode;
  craft: string;
  category: string;
  images: ProductImage[];
  createdAt: string;
}

export interface ProductDetail extends ProductSummary {
  description: string;
  descriptionLanguage: Language;
  materials: string[];
  madeBy: string | null;
}

export interface ProductPage extends Page<ProductSummary> {
  facets: ProductFacets;
}

export interface ProductListQuery {
  q?: string;
  minPrice?: number;
  maxPrice?: number;
  page?: number;
  limit?: number;
  province?: ProvinceCode;
  craft?: string;
  category?: string;
  sort?: ProductSort;
}

export interface TaxonomyEntry {
  slug: string;
  name: Translated;
}

export interface Taxonomy {
  provinces: TaxonomyEntry[];
  crafts: TaxonomyEntry[];
  categories: TaxonomyEntry[];
}

export interface HealthStatus {
  status: 'ok';
  database: 'up';
}
