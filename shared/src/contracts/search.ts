// Contracts for catalogue search: facets returned beside a product list.

export interface FacetCount {
  value: string;
  count: number;
}

export interface PriceRangeCount {
  /** Integer centimes, inclusive. */
  min: number;
  /** Integer centimes, exclusive; null for the open top range. */
  max: number | null;
  count: number;
}

/**
 * Counts of the products matching the search and every other filter, per value of each
 * facet: a facet's own filter is left out so that other values stay choosable.
 */
export interface ProductFacets {
  province: FacetCount[];
  craft: FacetCount[];
  category: FacetCount[];
  price: PriceRangeCount[];
}

/** Price ranges offered as a facet, in MAD centimes. */
export const PRICE_RANGES: readonly { min: number; max: number | null }[] = [
  { min: 0, max: 20_000 },
  { min: 20_000, max: 50_000 },
  { min: 50_000, max: 100_000 },
  { min: 100_000, max: 300_000 },
  { min: 300_000, max: null },
];

export const SEARCH_QUERY_MAX_LENGTH = 100;
