import {
  ORDER_STATUSES,
  PAYMENT_METHODS,
  type OrderStatus,
  type PaymentMethod,
} from '@hirfa/shared';
import type { AdminOrderQuery } from '../api/get-orders';
import { cleanSearch, oneOf, readPage } from './url-filters';

export const ORDERS_PATH = '/chamber/orders';
export const ORDERS_PAGE_SIZE = 20;
/** The API looks an email up from two characters on. */
export const ORDER_SEARCH_MIN_LENGTH = 2;
export const ORDER_SEARCH_MAX_LENGTH = 254;

export interface OrderFilters {
  status?: OrderStatus;
  paymentMethod?: PaymentMethod;
  q?: string;
  page: number;
}

export type OrderFilterName = 'status' | 'paymentMethod' | 'q';

/** The list's filters from the URL; values the API would refuse are ignored. */
export function parseOrderSearch(params: URLSearchParams): OrderFilters {
  const q = cleanSearch(params.get('q'), ORDER_SEARCH_MAX_LENGTH);
  return {
    status: oneOf(ORDER_STATUSES, params.get('status')),
    paymentMethod: oneOf(PAYMENT_METHODS, params.get('paymentMethod')),
    q: q.length >= ORDER_SEARCH_MIN_LENGTH ? q : undefined,
    page: readPage(params),
  };
}

export function toOrderQuery(filters: OrderFilters): AdminOrderQuery {
  return {
    status: filters.status,
    paymentMethod: filters.paymentMethod,
    q: filters.q,
    page: filters.page,
    limit: ORDERS_PAGE_SIZE,
  };
}
