import { PAYOUT_STATUSES, type PayoutStatus } from '@hirfa/shared';
import type { PayoutQuery } from '../api/get-payouts';
import { oneOf, readPage } from './url-filters';

export const PAYOUTS_PATH = '/chamber/payouts';
export const PAYOUTS_PAGE_SIZE = 20;

export interface PayoutFilters {
  status?: PayoutStatus;
  page: number;
}

export function parsePayoutSearch(params: URLSearchParams): PayoutFilters {
  return { status: oneOf(PAYOUT_STATUSES, params.get('status')), page: readPage(params) };
}

export function toPayoutQuery(filters: PayoutFilters): PayoutQuery {
  return { status: filters.status, page: filters.page, limit: PAYOUTS_PAGE_SIZE };
}
