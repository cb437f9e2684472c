import { ApiException } from '../../common/filters/api-exception.filter';
import { assertOrderTotalFits, ORDER_TOTAL_MAX } from './order-total-limit';

describe('assertOrderTotalFits', () => {
  it('accepts totals up to what an integer column holds', () => {
    expect(() => assertOrderTotalFits(0)).not.toThrow();
    expect(() => assertOrderTotalFits(ORDER_TOTAL_MAX)).not.toThrow();
  });

  it('refuses larger or unsafe totals with 422 checkout.total_too_large', () => {
    for (const total of [ORDER_TOTAL_MAX + 1, 1e13, Number.MAX_SAFE_INTEGER + 2, Infinity]) {
      let thrown: unknown;
      try {
        assertOrderTotalFits(total);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(ApiException);
      expect((thrown as ApiException).getStatus()).toBe(422);
      expect((thrown as ApiException).code).toBe('checkout.total_too_large');
    }
  });
});
