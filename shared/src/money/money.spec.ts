import {
  add,
  allocate,
  convert,
  money,
  multiply,
  MoneyError,
  percentage,
  subtract,
  sum,
  toDecimalString,
} from './money';
import { formatMoney } from './format';

describe('money', () => {
  it('refuses amounts that are not whole centimes', () => {
    expect(() => money(10.5)).toThrow(MoneyError);
    expect(() => money(Number.NaN)).toThrow(MoneyError);
    expect(() => money(Number.MAX_SAFE_INTEGER + 1)).toThrow(MoneyError);
    expect(money(1250)).toEqual({ amount: 1250, currency: 'MAD' });
  });

  it('adds, subtracts and sums within one currency', () => {
    expect(add(money(1999), money(1))).toEqual(money(2000));
    expect(subtract(money(500), money(750))).toEqual(money(-250));
    expect(sum([money(100), money(250), money(5)])).toEqual(money(355));
    expect(sum([])).toEqual(money(0));
  });

  it('refuses to mix currencies', () => {
    expect(() => add(money(100, 'MAD'), money(100, 'EUR'))).toThrow('Cannot combine MAD with EUR');
  });

  it('multiplies by whole quantities only', () => {
    expect(multiply(money(45000), 3)).toEqual(money(135000));
    expect(() => multiply(money(100), 1.5)).toThrow(MoneyError);
  });

  it('takes a percentage in basis points, rounding half away from zero', () => {
    expect(percentage(money(10000), 1000)).toEqual(money(1000));
    expect(percentage(money(12345), 1000)).toEqual(money(1235));
    expect(percentage(money(12344), 1000)).toEqual(money(1234));
    expect(percentage(money(-12345), 1000)).toEqual(money(-1235));
  });

  it('allocates by largest remainder so the parts add up to the whole', () => {
    expect(allocate(money(100), [1, 1, 1]).map((m) => m.amount)).toEqual([34, 33, 33]);
    // 1.5 and 3.5: both remainders tie, so the earlier part takes the spare centime.
    expect(allocate(money(5), [3, 7]).map((m) => m.amount)).toEqual([2, 3]);
    expect(allocate(money(10), [1, 3]).map((m) => m.amount)).toEqual([3, 7]);
    expect(allocate(money(-100), [1, 1, 1]).map((m) => m.amount)).toEqual([-34, -33, -33]);
    expect(allocate(money(1000), [0, 1]).map((m) => m.amount)).toEqual([0, 1000]);
  });

  it('allocates any amount into parts that always sum exactly', () => {
    for (let amount = 0; amount < 2000; amount += 37) {
      for (const ratios of [
        [1, 2],
        [9000, 1000],
        [1, 1, 1, 1, 1, 1, 1],
        [33, 33, 34],
      ]) {
        const parts = allocate(money(amount), ratios);
        expect(sum(parts).amount).toBe(amount);
      }
    }
  });

  it('refuses ratios that cannot split anything', () => {
    expect(() => allocate(money(100), [])).toThrow(MoneyError);
    expect(() => allocate(money(100), [0, 0])).toThrow(MoneyError);
    expect(() => allocate(money(100), [-1, 2])).toThrow(MoneyError);
    expect(() => allocate(money(100), [0.5, 0.5])).toThrow(MoneyError);
  });

  it('writes exact decimal strings', () => {
    expect(toDecimalString(money(12345))).toBe('123.45');
    expect(toDecimalString(money(5))).toBe('0.05');
    expect(toDecimalString(money(0))).toBe('0.00');
    expect(toDecimalString(money(-1999))).toBe('-19.99');
  });

  it('converts with an integer rate', () => {
    // 0.0925 EUR for one dirham: 450.00 MAD is about 41.63 EUR.
    expect(convert(money(45000), 'EUR', 92500)).toEqual(money(4163, 'EUR'));
  });
});

describe('formatMoney', () => {
  const normalise = (text: string) => text.replace(/[\u00a0\u202f\u200f\u061c]/g, ' ');

  it('formats dirhams for French readers in Morocco', () => {
    expect(normalise(formatMoney(money(123450), 'fr'))).toBe('1.234,50 MAD');
  });

  it('formats dirhams for English readers', () => {
    expect(formatMoney(money(123450), 'en')).toMatch(/MAD\s?1,234\.50/);
  });

  it('formats dirhams for Arabic readers with the dirham sign', () => {
    const text = formatMoney(money(123450), 'ar');
    expect(text).toContain('د.م.');
    expect(text.replace(/[^0-9٠-٩]/g, '')).toMatch(/^(123450|١٢٣٤٥٠)$/);
  });

  it('formats large amounts without losing a centime', () => {
    expect(formatMoney(money(900719925474099), 'en')).toContain('9,007,199,254,740.99');
  });
});
