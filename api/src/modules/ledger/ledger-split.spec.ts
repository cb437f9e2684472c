import { commissionOn, commissionReturned, saleShares, splitLike } from './ledger-split';

describe('ledger split', () => {
  it('gives each member their lines and the shop the rest with the shipping', () => {
    const shares = saleShares(3500, [
      { lineTotal: 10000, madeByMemberId: 'm-b' },
      { lineTotal: 2500, madeByMemberId: null },
      { lineTotal: 7001, madeByMemberId: 'm-a' },
      { lineTotal: 999, madeByMemberId: 'm-b' },
    ]);
    expect(shares).toEqual([
      { memberId: null, amount: 6000 },
      { memberId: 'm-a', amount: 7001 },
      { memberId: 'm-b', amount: 10999 },
    ]);
    expect(shares.reduce((total, share) => total + share.amount, 0)).toBe(24000);
  });

  it('leaves out a shop share of zero', () => {
    expect(saleShares(0, [{ lineTotal: 500, madeByMemberId: 'm' }])).toEqual([
      { memberId: 'm', amount: 500 },
    ]);
  });

  it('splits a commission over the shares so that the parts add up exactly', () => {
    const shares = [
      { memberId: null, amount: 3333 },
      { memberId: 'a', amount: 3333 },
      { memberId: 'b', amount: 3334 },
    ];
    const commission = commissionOn(10000, 1000);
    expect(commission).toBe(1000);
    const parts = splitLike(-commission, shares);
    expect(parts.reduce((total, part) => total + part.amount, 0)).toBe(-1000);
    expect(parts.every((part) => part.amount <= 0)).toBe(true);
    const odd = splitLike(1001, shares);
    // 333.63, 333.63 and 333.73: the two largest remainders get the two centimes left.
    expect(odd.map((part) => part.amount)).toEqual([334, 333, 334]);
  });

  it('rounds commission half up in integer centimes', () => {
    expect(commissionOn(12345, 1000)).toBe(1235);
    expect(commissionOn(12344, 1000)).toBe(1234);
    expect(commissionOn(999, 0)).toBe(0);
  });

  it('returns the whole commission however a sale is refunded in parts', () => {
    const total = 10007;
    const commission = commissionOn(total, 1000);
    const parts = [3001, 1, 2500, 4505];
    let refunded = 0;
    let returned = 0;
    for (const part of parts) {
      returned += commissionReturned(commission, total, refunded, part);
      refunded += part;
    }
    expect(refunded).toBe(total);
    expect(returned).toBe(commission);
    expect(commissionReturned(commission, total, 0, total)).toBe(commission);
  });
});
