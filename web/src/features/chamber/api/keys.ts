import type { SellerApplicationQueueQuery } from '@hirfa/shared';
import type { AdminOrderQuery } from './get-orders';
import type { PayoutQuery } from './get-payouts';

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
  orders: () => [...chamberKeys.all, 'orders'] as const,
  orderLists: () => [...chamberKeys.orders(), 'list'] as const,
  orderList: (query: AdminOrderQuery) => [...chamberKeys.orderLists(), query] as const,
  order: (id: string) => [...chamberKeys.orders(), 'detail', id] as const,
  orderRefunds: (id: string) => [...chamberKeys.order(id), 'refunds'] as const,
  payouts: () => [...chamberKeys.all, 'payouts'] as const,
  payoutList: (query: PayoutQuery) => [...chamberKeys.payouts(), query] as const,
};
