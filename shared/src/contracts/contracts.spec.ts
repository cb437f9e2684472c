import { fallbackChain, isLanguage, pickTranslation } from './i18n';
import { pageCount, pageOffset } from './pagination';
import { isProvinceCode, PROVINCE_CODES } from '../catalog/provinces';

describe('translations', () => {
  it('tries the reader language first, then the others', () => {
    expect(fallbackChain('ar')).toEqual(['ar', 'fr', 'en']);
    expect(fallbackChain('en')).toEqual(['en', 'fr', 'ar']);
  });

  it('falls back when the text is missing or blank', () => {
    expect(pickTranslation({ fr: 'Tajine', en: 'Tagine' }, 'en')).toEqual({
      text: 'Tagine',
      language: 'en',
    });
    expect(pickTranslation({ fr: 'Tajine', ar: '  ' }, 'ar')).toEqual({
      text: 'Tajine',
      language: 'fr',
    });
    expect(pickTranslation({}, 'fr')).toBeNull();
  });

  it('recognises the three languages only', () => {
    expect(isLanguage('ar')).toBe(true);
    expect(isLanguage('de')).toBe(false);
    expect(isLanguage(undefined)).toBe(false);
  });
});

describe('pagination helpers', () => {
  it('counts pages and offsets', () => {
    expect(pageCount(0, 24)).toBe(0);
    expect(pageCount(121, 24)).toBe(6);
    expect(pageOffset(1, 24)).toBe(0);
    expect(pageOffset(3, 24)).toBe(48);
  });
});

describe('provinces', () => {
  it('lists the eight provinces of Marrakech-Safi', () => {
    expect(PROVINCE_CODES).toHaveLength(8);
    expect(isProvinceCode('safi')).toBe(true);
    expect(isProvinceCode('<script>')).toBe(false);
  });
});
