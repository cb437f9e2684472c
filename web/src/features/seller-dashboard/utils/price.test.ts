import { describe, expect, it } from 'vitest';
import { centimesToPriceInput, parsePriceToCentimes } from './price';

const centimes = (input: string) => {
  const parsed = parsePriceToCentimes(input);
  return parsed.ok ? parsed.amount : parsed.problem;
};

describe('parsePriceToCentimes', () => {
  it.each([
    ['450', 45000],
    ['450,50', 45050],
    ['450.50', 45050],
    ['450,5', 45050],
    ['450.05', 45005],
    ['450,', 45000],
    ['  12 ', 1200],
    ['0450', 45000],
    ['1', 100],
  ])('reads %j as %i centimes', (input, expected) => {
    expect(centimes(input)).toBe(expected);
  });

  it('is exact where floating point is not', () => {
    // 0.29 * 100 is 28.999999999999996 and 1.005 * 100 is 100.49999999999999 in binary floats.
    expect(centimes('1,29')).toBe(129);
    expect(centimes('4,35')).toBe(435);
    expect(centimes('1 000 000')).toBe(100_000_000);
    expect(centimes('999999,99')).toBe(99_999_999);
  });

  it('reads thousands separators the way Moroccan prices are written', () => {
    expect(centimes('1.200')).toBe(120_000);
    expect(centimes('1.234,50')).toBe(123_450);
    expect(centimes('1,234.50')).toBe(123_450);
    expect(centimes('1 234,50')).toBe(123_450);
    expect(centimes('1\u202f234,50')).toBe(123_450);
    // Three digits after the only separator are thousands too; the preview shows the reading.
    expect(centimes('450,505')).toBe(45_050_500);
    expect(centimes('12.345.678')).toBe('priceTooLarge');
  });

  it('reads Arabic-Indic digits and separators', () => {
    expect(centimes('٤٥٠')).toBe(45000);
    expect(centimes('٤٥٠٫٥٠')).toBe(45050);
    expect(centimes('١٬٢٠٠')).toBe(120_000);
    expect(centimes('۴۵۰')).toBe(45000);
  });

  it('ignores a currency written after the amount', () => {
    expect(centimes('450 DH')).toBe(45000);
    expect(centimes('450,50 MAD')).toBe(45050);
    expect(centimes('450 درهم')).toBe(45000);
  });

  it.each([
    ['', 'priceRequired'],
    ['   ', 'priceRequired'],
    ['abc', 'priceFormat'],
    ['450,5055', 'priceFormat'],
    ['4,50,00', 'priceFormat'],
    ['1.234.50', 'priceFormat'],
    ['-450', 'priceFormat'],
    ['4e2', 'priceFormat'],
    ['450,50,', 'priceFormat'],
    ['0,99', 'priceTooSmall'],
    ['0', 'priceTooSmall'],
    ['1000000,01', 'priceTooLarge'],
    ['99999999999999999999', 'priceTooLarge'],
  ])('refuses %j (%s)', (input, problem) => {
    expect(centimes(input)).toBe(problem);
  });
});

describe('parsePriceToCentimes with other bounds', () => {
  const bounds = { min: 0, max: 1_000_000 };
  it('accepts zero and refuses beyond the maximum', () => {
    expect(parsePriceToCentimes('0', bounds)).toEqual({ ok: true, amount: 0 });
    expect(parsePriceToCentimes('10000', bounds)).toEqual({ ok: true, amount: 1_000_000 });
    expect(parsePriceToCentimes('10000,01', bounds)).toEqual({
      ok: false,
      problem: 'priceTooLarge',
    });
  });
});

describe('centimesToPriceInput', () => {
  it('writes whole dirhams without decimals', () => {
    expect(centimesToPriceInput(45000, 'fr')).toBe('450');
  });

  it('writes centimes with the reader’s decimal separator', () => {
    expect(centimesToPriceInput(45050, 'fr')).toBe('450,50');
    expect(centimesToPriceInput(45005, 'ar')).toBe('450,05');
    expect(centimesToPriceInput(45050, 'en')).toBe('450.50');
  });

  it('reads back to the same amount', () => {
    for (const amount of [100, 129, 45050, 99_999_999, 100_000_000]) {
      expect(centimes(centimesToPriceInput(amount, 'fr'))).toBe(amount);
      expect(centimes(centimesToPriceInput(amount, 'en'))).toBe(amount);
    }
  });
});
