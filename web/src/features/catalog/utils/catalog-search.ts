import {
  DEFAULT_PAGE_SIZE,
  PRODUCT_SORTS,
  SEARCH_QUERY_MAX_LENGTH,
  SLUG_PATTERN,
  isProvinceCode,
  type ProductListQuery,
  type ProductSort,
  type ProvinceCode,
} from '@hirfa/shared';

/** Where the catalogue lives; its search and filters are the query of this address. */
export const CATALOGUE_PATH = '/products';

/** The API refuses price filters above 10 million dirhams (in centimes). */
const MAX_PRICE_FILTER = 1_000_000_000;

export interface CatalogFilters {
  q?: string;
  province?: ProvinceCode;
  craft?: string;
  category?: string;
  /** Integer centimes, inclusive, as the API takes them. */
  minPrice?: number;
  /** Integer centimes, inclusive, as the API takes them. */
  maxPrice?: number;
  sort: ProductSort;
  page: number;
}

export type FilterName = 'province' | 'craft' | 'category' | 'sort';

/** A price range as the facets give it: `max` is exclusive, `null` for the open top range. */
export interface PriceRange {
  min: number;
  max: number | null;
}

/** Relevance only means something for a text search; the API orders by it then. */
export function defaultSort(q: string | undefined): ProductSort {
  return q ? 'relevance' : 'newest';
}

function slugParam(value: string | null): string | undefined {
  return value && SLUG_PATTERN.test(value) ? value : undefined;
}

function isSort(value: string | null): value is ProductSort {
  return value !== null && (PRODUCT_SORTS as readonly string[]).includes(value);
}

function queryParam(value: string | null): string | undefined {
  const q = value?.replace(/\s+/g, ' ').trim().slice(0, SEARCH_QUERY_MAX_LENGTH).trim();
  return q || undefined;
}

function priceParam(value: string | null): number | undefined {
  if (value === null || !/^\d+$/.test(value)) return undefined;
  const price = Number(value);
  return price <= MAX_PRICE_FILTER ? price : undefined;
}

/** Reads the catalogue state from the URL, dropping values the API would refuse. */
export function parseCatalogSearch(params: URLSearchParams): CatalogFilters {
  const q = queryParam(params.get('q'));
  const province = params.get('province');
  const sort = params.get('sort');
  const page = Number(params.get('page'));
  // A lower bound of zero filters nothing; dropping it keeps one URL per result set.
  let minPrice = priceParam(params.get('minPrice')) || undefined;
  let maxPrice = priceParam(params.get('maxPrice'));
  if (minPrice !== undefined && maxPrice !== undefined && minPrice > maxPrice) {
    minPrice = maxPrice = undefined;
  }
  return {
    q,
    province: isProvinceCode(province) ? province : undefined,
    craft: slugParam(params.get('craft')),
    category: slugParam(params.get('category')),
    minPrice,
    maxPrice,
    sort: isSort(sort) && (q || sort !== 'relevance') ? sort : defaultSort(q),
    page: Number.isSafeInteger(page) && page >= 1 ? page : 1,
  };
}

export function toProductListQuery(filters: CatalogFilters): ProductListQuery {
  return {
    q: filters.q,
    page: filters.page,
    limit: DEFAULT_PAGE_SIZE,
    province: filters.province,
    craft: filters.craft,
    category: filters.category,
    minPrice: filters.minPrice,
    maxPrice: filters.maxPrice,
    sort: filters.sort,
  };
}

/**
 * A filter change starts again from page one, since the old page number means nothing in
 * the new result set. Defaults are left out to keep shareable URLs short.
 */
export function withFilter(
  params: URLSearchParams,
  name: FilterName,
  value: string,
): URLSearchParams {
  const next = new URLSearchParams(params);
  const isDefault = name === 'sort' && value === defaultSort(queryParam(params.get('q')));
  if (value === '' || isDefault) next.delete(name);
  else next.set(name, value);
  next.delete('page');
  return next;
}

/**
 * The API's bounds are both inclusive and prices are whole centimes, so a range ending before
 * 500 MAD asks for at most 499.99 MAD; a range starting at zero needs no lower bound.
 */
export function withPriceRange(params: URLSearchParams, range: PriceRange | null): URLSearchParams {
  const next = new URLSearchParams(params);
  next.delete('minPrice');
  next.delete('maxPrice');
  if (range && range.min > 0) next.set('minPrice', String(range.min));
  if (range && range.max !== null) next.set('maxPrice', String(range.max - 1));
  next.delete('page');
  return next;
}

export function isPriceRangeSelected(filters: CatalogFilters, range: PriceRange): boolean {
  return (
    (filters.minPrice ?? 0) === range.min &&
    filters.maxPrice === (range.max === null ? undefined : range.max - 1)
  );
}

export function withPage(params: URLSearchParams, page: number): URLSearchParams {
  const next = new URLSearchParams(params);
  if (page <= 1) next.delete('page');
  else next.set('page', String(page));
  return next;
}

/** The search alone: what "clear filters" leads to. */
export function withoutFilters(filters: CatalogFilters): URLSearchParams {
  return new URLSearchParams(filters.q ? { q: filters.q } : {});
}

export function hasActiveFilters(filters: CatalogFilters): boolean {
  return Boolean(
    filters.province ||
    filters.craft ||
    filters.category ||
    filters.minPrice !== undefined ||
    filters.maxPrice !== undefined ||
    filters.sort !== defaultSort(filters.q),
  );
}
