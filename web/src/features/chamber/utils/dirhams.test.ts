import { describe, expect, it } from 'vitest';
import { parseDirhams } from './dirhams';

describe('parseDirhams', () => {
  it.each([
    ['150', 15000],
    ['150,5', 15050],
    ['150.50', 15050],
    ['0,01', 1],
    ['0.1', 10],
    ['  1 234,56 ', 123456],
    ['1\u202f234,56', 123456],
    ['1.234,56', 123456],
    ['1,234.56', 123456],
    ['1.234.567', 123456700],
    ['007', 700],
    ['١٥٠٫٢٥', 15025],
    ['۱۲', 1200],
  ])('reads %j as %i centimes', (text, centimes) => {
    expect(parseDirhams(text)).toEqual({ ok: true, centimes });
  });

  it('keeps every centime where a float would not (0.29 × 100 is 28.999…)', () => {
    expect(parseDirhams('0,29')).toEqual({ ok: true, centimes: 29 });
    expect(parseDirhams('1005.35')).toEqual({ ok: true, centimes: 100535 });
    expect(parseDirhams('9999999999999,99')).toEqual({ ok: true, centimes: 999999999999999 });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['12,345', 'format'],
    ['1.234', 'format'],
    ['1.234.50', 'format'],
    ['-5', 'format'],
    ['+5', 'format'],
    ['5e2', 'format'],
    ['12 MAD', 'format'],
    [',50', 'format'],
    ['50,', 'format'],
    ['0', 'zero'],
    ['0,00', 'zero'],
    ['1234567890123456', 'too_large'],
  ])('refuses %j (%s)', (text, reason) => {
    expect(parseDirhams(text)).toEqual({ ok: false, reason });
  });

  it('refuses more than the largest amount allowed', () => {
    expect(parseDirhams('500', 50000)).toEqual({ ok: true, centimes: 50000 });
    expect(parseDirhams('500,01', 50000)).toEqual({ ok: false, reason: 'too_large' });
  });
});
