import { describe, expect, it } from 'vitest';
import { nextStatuses, ORDER_STATUSES, PAYMENT_METHODS } from '@hirfa/shared';
import { actionLabelKey, orderActions, trackingNumberProblem } from './order-actions';

describe('orderActions', () => {
  it('maps each of the seller’s moves to its request, in the API’s order', () => {
    expect(orderActions(['delivered', 'refused']).map((spec) => spec.action)).toEqual([
      'deliver',
      'refuse',
    ]);
    expect(orderActions(['accepted']).map((spec) => spec.action)).toEqual(['accept']);
    expect(orderActions(['confirmed']).map((spec) => spec.action)).toEqual(['confirm']);
    expect(orderActions(['shipped']).map((spec) => spec.action)).toEqual(['ship']);
    expect(orderActions(['returned']).map((spec) => spec.action)).toEqual(['return']);
    expect(orderActions([])).toEqual([]);
  });

  it('leaves the platform’s moves out', () => {
    expect(orderActions(['refunded', 'cancelled', 'remitted', 'paid'])).toEqual([]);
  });

  it('asks again only for the moves that undo a sale', () => {
    const confirmed = orderActions([
      'accepted',
      'confirmed',
      'shipped',
      'delivered',
      'refused',
      'returned',
    ])
      .filter((spec) => spec.confirm)
      .map((spec) => spec.action);
    expect(confirmed).toEqual(['refuse', 'return']);
  });

  it('has a button for every move the status table gives a seller', () => {
    const sellerMoves = new Set([
      'accepted',
      'confirmed',
      'shipped',
      'delivered',
      'refused',
      'returned',
    ]);
    for (const method of PAYMENT_METHODS) {
      for (const status of ORDER_STATUSES) {
        const moves = nextStatuses(method, status).filter((to) => sellerMoves.has(to));
        expect(orderActions(moves)).toHaveLength(moves.length);
      }
    }
  });

  it('says that a delivered cash order was also paid', () => {
    expect(actionLabelKey('deliver', 'cod')).toBe('orderActions.deliverCod');
    expect(actionLabelKey('deliver', 'card')).toBe('orderActions.deliver');
    expect(actionLabelKey('ship', 'cod')).toBe('orderActions.ship');
  });
});

describe('trackingNumberProblem', () => {
  it.each([
    ['', 'trackingRequired'],
    ['   ', 'trackingRequired'],
    ['#123', 'trackingFormat'],
    ['-RR1', 'trackingFormat'],
    ['R'.repeat(101), 'trackingTooLong'],
  ])('refuses %j (%s)', (text, problem) => {
    expect(trackingNumberProblem(text, 100)).toBe(problem);
  });

  it.each(['RR123456789MA', ' CP 1234/56-7_8.9 ', 'R'.repeat(100)])('accepts %j', (text) => {
    expect(trackingNumberProblem(text, 100)).toBeNull();
  });
});
