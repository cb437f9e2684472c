import { describe, expect, it } from 'vitest';
import {
  parseShippingAmount,
  readShippingForm,
  shippingChanges,
  shippingProblemsFromApi,
} from './shipping-form';

const centimes = (text: string) => {
  const parsed = parseShippingAmount(text);
  return parsed.ok ? parsed.amount : parsed.problem;
};

describe('parseShippingAmount', () => {
  it('reads dirhams into integer centimes, free delivery included', () => {
    expect(centimes('0')).toBe(0);
    expect(centimes('0,00')).toBe(0);
    expect(centimes('35')).toBe(3500);
    expect(centimes('35,5')).toBe(3550);
    expect(centimes('0,29')).toBe(29);
    expect(centimes('1,005')).toBe(100500);
    expect(centimes('10 000')).toBe(1_000_000);
    expect(centimes('٣٥٫٥٠')).toBe(3550);
  });

  it('refuses more than 10 000 dirhams, and what is not an amount', () => {
    expect(centimes('10000,01')).toBe('priceTooLarge');
    expect(centimes('-1')).toBe('priceFormat');
    expect(centimes('')).toBe('priceRequired');
  });
});

describe('readShippingForm', () => {
  it('gives both rates in centimes', () => {
    expect(readShippingForm({ moroccoAmount: '35', internationalAmount: '250,50' })).toEqual({
      ok: true,
      settings: { moroccoAmount: 3500, internationalAmount: 25050 },
    });
  });

  it('names each field’s problem', () => {
    expect(readShippingForm({ moroccoAmount: '', internationalAmount: 'abc' })).toEqual({
      ok: false,
      problems: { moroccoAmount: { code: 'required' }, internationalAmount: { code: 'format' } },
    });
    expect(readShippingForm({ moroccoAmount: '20000', internationalAmount: '1' })).toEqual({
      ok: false,
      problems: { moroccoAmount: { code: 'tooLarge' } },
    });
  });
});

describe('shippingChanges', () => {
  it('keeps only what changed', () => {
    const before = { moroccoAmount: 3500, internationalAmount: 25000 };
    expect(shippingChanges(before, { moroccoAmount: 0, internationalAmount: 25000 })).toEqual({
      moroccoAmount: 0,
    });
    expect(shippingChanges(before, before)).toEqual({});
  });
});

describe('shippingProblemsFromApi', () => {
  it('places field details and keeps the others apart', () => {
    expect(
      shippingProblemsFromApi([
        { field: 'moroccoAmount', messages: ['must not be greater than 1000000'] },
        { field: 'currency', messages: ['should not exist'] },
      ]),
    ).toEqual({
      problems: { moroccoAmount: { code: 'server', message: 'must not be greater than 1000000' } },
      others: ['should not exist'],
    });
  });
});
