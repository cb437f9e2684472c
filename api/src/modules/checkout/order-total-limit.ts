import { HttpStatus } from '@nestjs/common';
import { CHECKOUT_ERROR_CODES } from '@hirfa/shared';
import { ApiException } from '../../common/filters/api-exception.filter';
import { INTEGER_COLUMN_MAX } from '../../common/input/integer-column';

/**
 * The largest amount an order may total, in centimes: what PostgreSQL's `integer` columns
 * of orders, sub-orders, order lines and payments hold (21 474 836.47 MAD). Every line and
 * every seller's part is at most the order's total, so checking the total covers them all.
 */
export const ORDER_TOTAL_MAX = INTEGER_COLUMN_MAX;

export function assertOrderTotalFits(totalAmount: number): void {
  if (Number.isSafeInteger(totalAmount) && totalAmount <= ORDER_TOTAL_MAX) return;
  throw new ApiException(
    HttpStatus.UNPROCESSABLE_ENTITY,
    CHECKOUT_ERROR_CODES.totalTooLarge,
    'This order would total more than one order can hold; split it into several orders',
    { maxTotal: { amount: ORDER_TOTAL_MAX, currency: 'MAD' } },
  );
}
