import { ORDER_STATUSES, PAYMENT_METHODS, canTransition } from './order-status';
import { orderCancellation, partCancellation } from './cancellation';

describe('cancellation rules', () => {
  it('lets cash parts go until they ship, and unpaid card parts', () => {
    expect(partCancellation('cod', 'placed')).toBe('cancellable');
    expect(partCancellation('cod', 'confirmed')).toBe('cancellable');
    expect(partCancellation('card', 'pending_payment')).toBe('cancellable');
    for (const status of ['shipped', 'delivered', 'remitted', 'refused', 'returned'] as const) {
      expect(partCancellation('cod', status)).toBe('too_late');
    }
    expect(partCancellation('card', 'shipped')).toBe('too_late');
    expect(partCancellation('card', 'delivered')).toBe('too_late');
  });

  it('sends paid card parts to a refund, and leaves ended parts alone', () => {
    expect(partCancellation('card', 'paid')).toBe('refund_required');
    expect(partCancellation('card', 'accepted')).toBe('refund_required');
    expect(partCancellation('cod', 'cancelled')).toBe('ended');
    expect(partCancellation('card', 'cancelled')).toBe('ended');
    expect(partCancellation('card', 'refunded')).toBe('ended');
  });

  it('only ever allows a move the status table allows', () => {
    for (const method of PAYMENT_METHODS) {
      for (const status of ORDER_STATUSES) {
        if (partCancellation(method, status) === 'cancellable') {
          expect(canTransition(method, status, 'cancelled')).toBe(true);
        }
      }
    }
  });

  it('cancels a whole order only when every part still open can go', () => {
    expect(orderCancellation('cod', ['placed', 'confirmed'])).toBe('cancellable');
    expect(orderCancellation('cod', ['placed', 'cancelled'])).toBe('cancellable');
    expect(orderCancellation('cod', ['placed', 'shipped'])).toBe('too_late');
    expect(orderCancellation('cod', ['cancelled', 'cancelled'])).toBe('too_late');
    expect(orderCancellation('card', ['paid', 'pending_payment'])).toBe('refund_required');
    expect(orderCancellation('card', ['paid', 'shipped'])).toBe('too_late');
    expect(orderCancellation('cod', [])).toBe('too_late');
  });
});
