import type { Money } from '../money/money';
import type { Page } from './pagination';
import type { ProvinceCode } from '../catalog/provinces';

/** Limits of the seller's product form; the API enforces them, the web can show them. */
export const SELLER_PRODUCT_LIMITS = {
  titleMaxLength: 140,
  descriptionMaxLength: 5000,
  /** Centimes: 1 MAD to 1 000 000 MAD. */
  priceMin: 100,
  priceMax: 100_000_000,
  stockMax: 100_000,
  materialsMax: 20,
  materialMaxLength: 40,
  dimensionMaxCm: 10_000,
  weightMaxGrams: 1_000_000,
  leadTimeMaxDays: 365,
  imageAltMaxLength: 200,
} as const;

/** Photos per product, and the largest accepted upload. */
export const MAX_PRODUCT_IMAGES = 8;
export const MAX_PRODUCT_IMAGE_BYTES = 8 * 1024 * 1024;
export const PRODUCT_IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;

export const MODERATION_REASON_MIN_LENGTH = 5;
export const MODERATION_REASON_MAX_LENGTH = 1000;

/** A text in each language; `null` where the seller has not written it. */
export interface SellerProductTexts {
  fr: string | null;
  ar: string | null;
  en: string | null;
}

export interface ProductDimensions {
  lengthCm: number | null;
  widthCm: number | null;
  heightCm: number | null;
}

export interface SellerProductImage {
  id: string;
  url: string;
  width: number;
  height: number;
  thumbUrl: string;
  thumbWidth: number;
  thumbHeight: number;
  alt: string;
  position: number;
}

/** Whether the chamber has hidden the product, and why. */
export interface ProductModeration {
  hidden: boolean;
  reason: string | null;
  /** When it was hidden (ISO 8601). */
  at: string | null;
}

/** A product as its own seller sees it. */
export interface SellerProduct {
  id: string;
  slug: string;
  title: SellerProductTexts;
  description: SellerProductTexts;
  price: Money;
  stock: number;
  oneOfAKind: boolean;
  category: string;
  craft: string;
  /** Taken from the seller's shop. */
  province: ProvinceCode;
  materials: string[];
  dimensions: ProductDimensions | null;
  weightGrams: number | null;
  /** Made to order: days needed before shipping. */
  leadTimeDays: number | null;
  madeByMemberId: string | null;
  /** The seller's own choice to show the product in the shop. */
  visible: boolean;
  moderation: ProductModeration;
  images: SellerProductImage[];
  createdAt: string;
  updatedAt: string;
}

export type SellerProductPage = Page<SellerProduct>;

export interface SellerProductListQuery {
  page?: number;
  limit?: number;
  visible?: boolean;
  /** Matches any language of the title. */
  q?: string;
}

/** A text per language when writing; `null` or a blank string removes that language. */
export type SellerProductTextsInput = Partial<Record<keyof SellerProductTexts, string | null>>;

export interface ProductPriceInput {
  /** Integer centimes. */
  amount: number;
  currency?: 'MAD';
}

export type ProductDimensionsInput = Partial<ProductDimensions>;

export interface CreateSellerProductRequest {
  title: SellerProductTextsInput;
  description?: SellerProductTextsInput;
  price: ProductPriceInput;
  stock: number;
  oneOfAKind?: boolean;
  category: string;
  /** Defaults to the shop's craft. */
  craft?: string;
  materials?: string[];
  dimensions?: ProductDimensionsInput | null;
  weightGrams?: number | null;
  leadTimeDays?: number | null;
  /** Cooperatives only: the member who made the piece. */
  madeByMemberId?: string | null;
  /** Defaults to true. */
  visible?: boolean;
}

/**
 * Only the fields sent change. In `title`, `description` and `dimensions`, a key left out
 * keeps its value and `null` clears it.
 */
export type UpdateSellerProductRequest = Partial<CreateSellerProductRequest>;

export interface HideProductRequest {
  reason: string;
}

/** What the chamber's staff see after hiding or restoring a product. */
export interface ModeratedProduct {
  id: string;
  slug: string;
  sellerId: string;
  visible: boolean;
  moderation: ProductModeration;
}

/** A product as the chamber's moderation screen lists it. */
export interface ChamberProductListItem {
  id: string;
  slug: string;
  title: string;
  seller: { slug: string | null; name: string; status: string };
  visible: boolean;
  moderation: ProductModeration;
}

export interface ChamberProductListQuery {
  hidden?: boolean;
  q?: string;
  page?: number;
  limit?: number;
}
