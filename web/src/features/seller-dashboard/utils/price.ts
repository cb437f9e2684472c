import { SELLER_PRODUCT_LIMITS, type Language } from '@hirfa/shared';

const ARABIC_INDIC_ZERO = 0x0660;
const EXTENDED_ARABIC_INDIC_ZERO = 0x06f0;

/**
 * Phones set to Arabic often type ٠١٢٣ (or ۰۱۲۳) digits, the Arabic decimal separator ٫ and
 * the Arabic thousands separator ٬; they all become their ASCII counterparts here.
 */
export function normalizeDigits(text: string): string {
  return text
    .replace(/[\u0660-\u0669]/g, (digit) => String(digit.charCodeAt(0) - ARABIC_INDIC_ZERO))
    .replace(/[\u06f0-\u06f9]/g, (digit) =>
      String(digit.charCodeAt(0) - EXTENDED_ARABIC_INDIC_ZERO),
    )
    .replace(/\u066b/g, ',')
    .replace(/\u066c/g, ' ');
}

export type PriceProblem = 'priceRequired' | 'priceFormat' | 'priceTooSmall' | 'priceTooLarge';

export type PriceParse = { ok: true; amount: number } | { ok: false; problem: PriceProblem };

/** "450", "450,5", "450.50": digits with at most one decimal separator and two decimals. */
const PLAIN = /^(\d+)(?:[.,](\d{0,2}))?$/;
/**
 * "1.200", "1 200,50", "1,200.50": groups of three after a separator are thousands, as
 * Moroccan prices are written (fr-MA formats 1.234,50); the decimal separator must differ.
 */
const GROUPED = /^(\d{1,3}(?:([.,])\d{3})(?:\2\d{3})*)(?:(?!\2)[.,](\d{1,2}))?$/;
const CURRENCY_SUFFIX = /(?:mad|dhs?|dirhams?|درهم|د\.م\.?)$/i;
/** More integer digits than this is beyond any accepted price, and kept far from 2^53. */
const MAX_INTEGER_DIGITS = 9;

/** The accepted amounts, in centimes; a product's price by default. */
export interface PriceBounds {
  min: number;
  max: number;
}

const PRODUCT_PRICE_BOUNDS: PriceBounds = {
  min: SELLER_PRODUCT_LIMITS.priceMin,
  max: SELLER_PRODUCT_LIMITS.priceMax,
};

/**
 * Reads a price typed in dirhams into integer centimes, from its digits alone: no floating
 * point is involved, so "0,29" is 29 centimes and never 28.999….
 */
export function parsePriceToCentimes(
  input: string,
  bounds: PriceBounds = PRODUCT_PRICE_BOUNDS,
): PriceParse {
  const compact = normalizeDigits(input)
    .replace(/\s+/g, '')
    .replace(CURRENCY_SUFFIX, '')
    .replace(/\s+$/, '');
  if (compact === '') return { ok: false, problem: 'priceRequired' };

  let integerDigits: string;
  let decimalDigits: string;
  const plain = PLAIN.exec(compact);
  const grouped = plain ? null : GROUPED.exec(compact);
  if (plain) {
    integerDigits = plain[1]!;
    decimalDigits = plain[2] ?? '';
  } else if (grouped) {
    integerDigits = grouped[1]!.replace(/[.,]/g, '');
    decimalDigits = grouped[3] ?? '';
  } else {
    return { ok: false, problem: 'priceFormat' };
  }

  integerDigits = integerDigits.replace(/^0+(?=\d)/, '');
  if (integerDigits.length > MAX_INTEGER_DIGITS) return { ok: false, problem: 'priceTooLarge' };
  const amount = Number(integerDigits) * 100 + Number(decimalDigits.padEnd(2, '0'));
  if (amount < bounds.min) return { ok: false, problem: 'priceTooSmall' };
  if (amount > bounds.max) return { ok: false, problem: 'priceTooLarge' };
  return { ok: true, amount };
}

/** Centimes back into what a seller would type: "450" or "450,50" ("450.50" in English). */
export function centimesToPriceInput(amount: number, language: Language): string {
  const cents = amount % 100;
  const dirhams = (amount - cents) / 100;
  if (cents === 0) return String(dirhams);
  const separator = language === 'en' ? '.' : ',';
  return `${dirhams}${separator}${String(cents).padStart(2, '0')}`;
}
