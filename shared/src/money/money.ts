/**
 * Money is an integer amount of minor units (centimes for MAD) with its currency beside it.
 * Arithmetic stays in integers; only formatting turns it into text.
 */
export const CURRENCIES = ['MAD', 'EUR'] as const;
export type CurrencyCode = (typeof CURRENCIES)[number];

export interface Money {
  /** Integer minor units: 12345 MAD centimes is 123.45 MAD. */
  amount: number;
  currency: CurrencyCode;
}

export class MoneyError extends Error {}

function assertMinorUnits(amount: number): void {
  if (!Number.isSafeInteger(amount)) {
    throw new MoneyError(`Money amounts are whole minor units, got ${amount}`);
  }
}

function assertSameCurrency(a: Money, b: Money): void {
  if (a.currency !== b.currency) {
    throw new MoneyError(`Cannot combine ${a.currency} with ${b.currency}`);
  }
}

export function money(amount: number, currency: CurrencyCode = 'MAD'): Money {
  assertMinorUnits(amount);
  return { amount, currency };
}

export function zero(currency: CurrencyCode = 'MAD'): Money {
  return { amount: 0, currency };
}

export function add(a: Money, b: Money): Money {
  assertSameCurrency(a, b);
  return money(a.amount + b.amount, a.currency);
}

export function subtract(a: Money, b: Money): Money {
  assertSameCurrency(a, b);
  return money(a.amount - b.amount, a.currency);
}

export function sum(items: readonly Money[], currency: CurrencyCode = 'MAD'): Money {
  return items.reduce((total, item) => add(total, item), zero(currency));
}

/** Multiplies by a whole factor, such as a quantity. */
export function multiply(m: Money, factor: number): Money {
  if (!Number.isSafeInteger(factor)) {
    throw new MoneyError(`Money is multiplied by whole numbers only, got ${factor}`);
  }
  return money(m.amount * factor, m.currency);
}

/**
 * A share of an amount given in basis points (1000 = 10 %), rounded half away from zero
 * with integer arithmetic only.
 */
export function percentage(m: Money, basisPoints: number): Money {
  assertMinorUnits(basisPoints);
  const scaled = m.amount * basisPoints;
  assertMinorUnits(scaled);
  const sign = scaled < 0 ? -1 : 1;
  const magnitude = Math.abs(scaled);
  const rounded = Math.floor((magnitude + 5000) / 10000);
  return money(sign * rounded, m.currency);
}

/**
 * Splits an amount in proportion to whole-number ratios by the largest-remainder method,
 * so the parts always add up to the amount exactly.
 */
export function allocate(m: Money, ratios: readonly number[]): Money[] {
  if (ratios.length === 0) throw new MoneyError('allocate needs at least one ratio');
  ratios.forEach((ratio) => {
    if (!Number.isSafeInteger(ratio) || ratio < 0) {
      throw new MoneyError(`Ratios are whole numbers of zero or more, got ${ratio}`);
    }
  });
  const totalRatio = ratios.reduce((a, b) => a + b, 0);
  if (totalRatio === 0) throw new MoneyError('allocate needs a ratio above zero');

  const sign = m.amount < 0 ? -1 : 1;
  const magnitude = Math.abs(m.amount);
  const floors = ratios.map((ratio) => Math.floor((magnitude * ratio) / totalRatio));
  const remainders = ratios.map((ratio, index) => ({
    index,
    remainder: (magnitude * ratio) % totalRatio,
  }));
  let leftover = magnitude - floors.reduce((a, b) => a + b, 0);
  remainders.sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of remainders) {
    if (leftover === 0) break;
    floors[index] += 1;
    leftover -= 1;
  }
  return floors.map((part) => money(sign * part, m.currency));
}

/** Centimes written as an exact decimal string ("12345" → "123.45"), with no float step. */
export function toDecimalString(m: Money): string {
  const sign = m.amount < 0 ? '-' : '';
  const digits = Math.abs(m.amount).toString().padStart(3, '0');
  return `${sign}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

/**
 * Converts to another currency. `ratePerMillion` is what one unit of the source is worth
 * in the target, times 1 000 000 (0.0925 EUR per MAD is 92500); rounded half away from zero.
 */
export function convert(m: Money, to: CurrencyCode, ratePerMillion: number): Money {
  assertMinorUnits(ratePerMillion);
  const scaled = m.amount * ratePerMillion;
  assertMinorUnits(scaled);
  const sign = scaled < 0 ? -1 : 1;
  return money(sign * Math.floor((Math.abs(scaled) + 500_000) / 1_000_000), to);
}
