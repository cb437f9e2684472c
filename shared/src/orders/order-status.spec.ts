import {
  assertTransition,
  canTransition,
  INITIAL_ORDER_STATUS,
  isFinalStatus,
  ORDER_STATUSES,
  ORDER_TRANSITIONS,
  OrderTransitionError,
  PAYMENT_METHODS,
} from './order-status';

describe('order status table', () => {
  it('follows the card path from payment to delivery', () => {
    const path = ['pending_payment', 'paid', 'accepted', 'shipped', 'delivered'] as const;
    for (let i = 1; i < path.length; i++) {
      expect(canTransition('card', path[i - 1], path[i])).toBe(true);
    }
    expect(INITIAL_ORDER_STATUS.card).toBe('pending_payment');
  });

  it('follows the cash-on-delivery path to remittance, and refusal to return', () => {
    const path = ['placed', 'confirmed', 'shipped', 'delivered', 'remitted'] as const;
    for (let i = 1; i < path.length; i++) {
      expect(canTransition('cod', path[i - 1], path[i])).toBe(true);
    }
    expect(canTransition('cod', 'shipped', 'refused')).toBe(true);
    expect(canTransition('cod', 'refused', 'returned')).toBe(true);
    expect(INITIAL_ORDER_STATUS.cod).toBe('placed');
  });

  it('refuses skipping steps and crossing paths', () => {
    expect(canTransition('card', 'pending_payment', 'shipped')).toBe(false);
    expect(canTransition('card', 'placed', 'confirmed')).toBe(false);
    expect(canTransition('cod', 'placed', 'paid')).toBe(false);
    expect(canTransition('cod', 'delivered', 'refunded')).toBe(false);
    expect(() => assertTransition('card', 'refunded', 'paid')).toThrow(OrderTransitionError);
    expect(assertTransition('card', 'paid', 'accepted')).toBe('accepted');
  });

  it('only names known statuses and never loops back to the start', () => {
    for (const method of PAYMENT_METHODS) {
      for (const [from, targets] of Object.entries(ORDER_TRANSITIONS[method])) {
        expect(ORDER_STATUSES).toContain(from);
        for (const to of targets ?? []) {
          expect(ORDER_STATUSES).toContain(to);
          expect(to).not.toBe(INITIAL_ORDER_STATUS[method]);
        }
      }
    }
  });

  it('knows which statuses are final', () => {
    expect(isFinalStatus('card', 'refunded')).toBe(true);
    expect(isFinalStatus('card', 'cancelled')).toBe(true);
    expect(isFinalStatus('cod', 'remitted')).toBe(true);
    expect(isFinalStatus('cod', 'returned')).toBe(true);
    expect(isFinalStatus('card', 'paid')).toBe(false);
  });
});
