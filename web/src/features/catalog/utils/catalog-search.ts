import {
  DEFAULT_PAGE_SIZE,
  PRODUCT_SORTS,
  SLUG_PATTERN,
  isProvinceCode,
  type ProductListQuery,
  type ProductSort,
  type ProvinceCode,
} from '@hirfa/shared';

export const DEFAULT_SORT: ProductSort = 'newest';

export interface CatalogFilters {
  province?: ProvinceCode;
  craft?: string;
  category?: string;
  sort: ProductSort;
  page: number;
}

export type FilterName = 'province' | 'craft' | 'category' | 'sort';

function slugParam(value: string | null): string | undefined {
  return value && SLUG_PATTERN.test(value) ? value : undefined;
}

function isSort(value: string | null): value is ProductSort {
  return value !== null && (PRODUCT_SORTS as readonly string[]).includes(value);
}

/** Reads the catalogue state from the URL, dropping values the API would refuse. */
export function parseCatalogSearch(params: URLSearchParams): CatalogFilters {
  const province = params.get('province');
  const sort = params.get('sort');
  const page = Number(params.get('page'));
  return {
    province: isProvinceCode(province) ? province : undefined,
    craft: slugParam(params.get('craft')),
    category: slugParam(params.get('category')),
    sort: isSort(sort) ? sort : DEFAULT_SORT,
    page: Number.isSafeInteger(page) && page >= 1 ? page : 1,
  };
}

export function toProductListQuery(filters: CatalogFilters): ProductListQuery {
  return {
    page: filters.page,
    limit: DEFAULT_PAGE_SIZE,
    province: filters.province,
    craft: filters.craft,
    category: filters.category,
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
  if (value === '' || (name === 'sort' && value === DEFAULT_SORT)) next.delete(name);
  else next.set(name, value);
  next.delete('page');
  return next;
}

export function withPage(params: URLSearchParams, page: number): URLSearchParams {
  const next = new URLSearchParams(params);
  if (page <= 1) next.delete('page');
  else next.set('page', String(page));
  return next;
}

export function hasActiveFilters(filters: CatalogFilters): boolean {
  return Boolean(
    filters.province || filters.craft || filters.category || filters.sort !== DEFAULT_SORT,
  );
}
