import {
  CRAFTS,
  SELLER_KINDS,
  SELLER_STATUSES,
  isProvinceCode,
  type ProvinceCode,
  type SellerApplicationQueueQuery,
  type SellerKind,
  type SellerStatus,
} from '@hirfa/shared';

export const QUEUE_PATH = '/chamber';
export const QUEUE_PAGE_SIZE = 20;

/** What staff look at unless they ask otherwise: the applications waiting for a decision. */
export const DEFAULT_STATUS: SellerStatus = 'submitted';
/** `?status=all` lifts the status filter, since no status in the URL means the default. */
export const ALL_STATUSES = 'all';

export interface QueueFilters {
  status: SellerStatus | typeof ALL_STATUSES;
  province?: ProvinceCode;
  craft?: string;
  kind?: SellerKind;
  q?: string;
  page: number;
}

export type QueueFilterName = 'status' | 'province' | 'craft' | 'kind' | 'q';

const CRAFT_SLUGS: ReadonlySet<string> = new Set(CRAFTS.map((craft) => craft.slug));

function oneOf<T extends string>(values: readonly T[], value: string | null): T | undefined {
  return value !== null && (values as readonly string[]).includes(value) ? (value as T) : undefined;
}

/** The queue's filters from the URL; values the API would refuse are ignored. */
export function parseQueueSearch(params: URLSearchParams): QueueFilters {
  const rawStatus = params.get('status');
  const status =
    rawStatus === ALL_STATUSES
      ? ALL_STATUSES
      : (oneOf(SELLER_STATUSES, rawStatus) ?? DEFAULT_STATUS);
  const province = params.get('province');
  const craft = params.get('craft');
  const q = params.get('q')?.replace(/\s+/g, ' ').trim().slice(0, 100);
  const page = Number(params.get('page'));
  return {
    status,
    province: isProvinceCode(province) ? province : undefined,
    craft: craft !== null && CRAFT_SLUGS.has(craft) ? craft : undefined,
    kind: oneOf(SELLER_KINDS, params.get('kind')),
    q: q || undefined,
    page: Number.isInteger(page) && page >= 1 && page <= 10_000 ? page : 1,
  };
}

export function toQueueQuery(filters: QueueFilters): SellerApplicationQueueQuery {
  return {
    status: filters.status === ALL_STATUSES ? undefined : filters.status,
    province: filters.province,
    craft: filters.craft,
    kind: filters.kind,
    q: filters.q,
    page: filters.page,
    limit: QUEUE_PAGE_SIZE,
  };
}

/** The URL's query with one filter changed; any change starts again from the first page. */
export function withQueueFilter(
  params: URLSearchParams,
  name: QueueFilterName,
  value: string,
): URLSearchParams {
  const next = new URLSearchParams(params);
  const isDefault = value === '' || (name === 'status' && value === DEFAULT_STATUS);
  if (isDefault) next.delete(name);
  else next.set(name, value);
  next.delete('page');
  return next;
}

export function withQueuePage(params: URLSearchParams, page: number): URLSearchParams {
  const next = new URLSearchParams(params);
  if (page <= 1) next.delete('page');
  else next.set('page', String(page));
  return next;
}
