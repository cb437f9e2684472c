import type { SellerApplicationQueueQuery } from '@hirfa/shared';

/** Every chamber answer lives under `chamber`, so one sign-out or invalidation reaches them all. */
export const chamberKeys = {
  all: ['chamber'] as const,
  applications: () => [...chamberKeys.all, 'applications'] as const,
  queues: () => [...chamberKeys.applications(), 'queue'] as const,
  queue: (query: SellerApplicationQueueQuery) => [...chamberKeys.queues(), query] as const,
  application: (id: string) => [...chamberKeys.applications(), 'detail', id] as const,
  stats: () => [...chamberKeys.all, 'stats'] as const,
  products: () => [...chamberKeys.all, 'products'] as const,
  hiddenProducts: (page: number) => [...chamberKeys.products(), 'hidden', page] as const,
  productSearch: (q: string) => [...chamberKeys.products(), 'search', q] as const,
};
