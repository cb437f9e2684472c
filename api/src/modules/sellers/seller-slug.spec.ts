import { SLUG_PATTERN } from '@hirfa/shared';
import { baseSellerSlug, firstFreeSlug, slugify } from './seller-slug';

describe('slugify', () => {
  it('strips accents and joins words with hyphens', () => {
    expect(slugify('Coopérative Tifaout')).toBe('cooperative-tifaout');
    expect(slugify('  Atelier Fakhar — Safi ')).toBe('atelier-fakhar-safi');
    expect(slugify('El Kelaâ des Sraghna')).toBe('el-kelaa-des-sraghna');
    expect(slugify("L'Œuvre du Thuya")).toBe('l-oeuvre-du-thuya');
  });

  it('drops letters outside the latin alphabet', () => {
    expect(slugify('تعاونية تيفاوت')).toBe('');
    expect(slugify('Tifaout تيفاوت')).toBe('tifaout');
  });

  it('cuts long names at a word boundary', () => {
    const slug = slugify('Coopérative féminine de tissage des tapis de Chichaoua et des environs');
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug).toMatch(SLUG_PATTERN);
    expect(slug.endsWith('-')).toBe(false);
  });
});

describe('baseSellerSlug', () => {
  const id = '3fa85f64-5717-4562-b3fc-2c963f66afa6';

  it('uses the name when it has latin letters', () => {
    expect(baseSellerSlug({ id, name: 'Atelier Fakhar', kind: 'artisan' })).toBe('atelier-fakhar');
  });

  it('falls back to a short id for names with no latin letters', () => {
    expect(baseSellerSlug({ id, name: 'تعاونية تيفاوت', kind: 'cooperative' })).toBe(
      'cooperative-3fa85f64',
    );
    expect(baseSellerSlug({ id, name: 'صناعة 22', kind: 'artisan' })).toBe('atelier-3fa85f64');
  });
});

describe('firstFreeSlug', () => {
  it('keeps the base when it is free', () => {
    expect(firstFreeSlug('atelier-fakhar', ['atelier-fakhar-2'])).toBe('atelier-fakhar');
  });

  it('adds the first free number on clashes', () => {
    expect(firstFreeSlug('atelier-fakhar', ['atelier-fakhar'])).toBe('atelier-fakhar-2');
    expect(firstFreeSlug('atelier-fakhar', ['atelier-fakhar', 'atelier-fakhar-2'])).toBe(
      'atelier-fakhar-3',
    );
    expect(firstFreeSlug('a', ['a', 'a-3'])).toBe('a-2');
  });
});
