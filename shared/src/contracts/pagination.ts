export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 24;

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  limit: number;
}

export function pageCount(total: number, limit: number): number {
  return limit > 0 ? Math.ceil(total / limit) : 0;
}

export function pageOffset(page: number, limit: number): number {
  return (page - 1) * limit;
}
