import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  LANGUAGE_STORAGE_KEY,
  changeLanguage,
  createTranslator,
  currentLanguage,
  initI18n,
  readStoredLanguage,
  t,
  textDirection,
  useTranslation,
  type MessageTree,
} from './i18n';

const french: MessageTree = {
  greeting: { hello: 'Bonjour {{name}}', only: 'Seulement en français' },
  cart: { items_one: '{{count}} article', items_other: '{{count}} articles' },
  stock: 'Il en reste {{count}}',
};

const arabic: MessageTree = {
  greeting: { hello: 'مرحبا {{name}}' },
  cart: {
    items_zero: 'لا مواد',
    items_one: 'مادة واحدة',
    items_two: 'مادتان',
    items_few: '{{count}} مواد',
    items_many: '{{count}} مادة',
    items_other: '{{count}} مادةً',
  },
};

describe('createTranslator', () => {
  const fr = createTranslator('fr', french, french);
  const ar = createTranslator('ar', arabic, french);

  it('reads nested keys and fills in {{placeholders}}', () => {
    expect(fr('greeting.hello', { name: 'Fatima' })).toBe('Bonjour Fatima');
    expect(createTranslator('fr', { a: '{{x}}+{{ x }}={{y}}' }, french)('a', { x: 1, y: 2 })).toBe(
      '1+1=2',
    );
  });

  it('leaves a placeholder without a value as written', () => {
    expect(fr('greeting.hello')).toBe('Bonjour {{name}}');
    expect(fr('greeting.hello', { other: 'x' })).toBe('Bonjour {{name}}');
  });

  it('does not read inherited properties as texts', () => {
    expect(fr('greeting.constructor')).toBe('greeting.constructor');
    expect(fr('toString')).toBe('toString');
    expect(fr('greeting.hello', { toString: 'x' })).toBe('Bonjour {{name}}');
  });

  it('picks French plural forms, where zero and one are singular', () => {
    expect(fr('cart.items', { count: 0 })).toBe('0 article');
    expect(fr('cart.items', { count: 1 })).toBe('1 article');
    expect(fr('cart.items', { count: 2 })).toBe('2 articles');
  });

  it('falls back to the other form when the language has no text for its own form', () => {
    // French calls a million "many", which the file does not define.
    expect(fr('cart.items', { count: 1_000_000 })).toBe('1000000 articles');
  });

  it('picks each of the six Arabic plural forms', () => {
    expect([0, 1, 2, 3, 11, 100].map((count) => ar('cart.items', { count }))).toEqual([
      'لا مواد',
      'مادة واحدة',
      'مادتان',
      '3 مواد',
      '11 مادة',
      '100 مادةً',
    ]);
  });

  it('uses a zero form for 0 in any language that defines one', () => {
    const en = createTranslator('en', { items_zero: 'none', items_other: '{{count}} items' });
    expect(en('items', { count: 0 })).toBe('none');
    expect(en('items', { count: 5 })).toBe('5 items');
  });

  it('interpolates a count into a text with no plural forms', () => {
    expect(fr('stock', { count: 4 })).toBe('Il en reste 4');
  });

  it('falls back to French for a missing text, then to the key', () => {
    expect(ar('greeting.only')).toBe('Seulement en français');
    expect(ar('stock', { count: 2 })).toBe('Il en reste 2');
    expect(ar('nowhere.to.be.found')).toBe('nowhere.to.be.found');
    expect(ar('greeting')).toBe('greeting');
  });

  it('applies French plural rules to a French fallback', () => {
    const en = createTranslator('en', {}, french);
    expect(en('cart.items', { count: 0 })).toBe('0 article');
  });
});

describe('the reader language', () => {
  it('defaults to French, left to right', async () => {
    await initI18n();
    expect(currentLanguage()).toBe('fr');
    expect(document.documentElement).toHaveAttribute('lang', 'fr');
    expect(document.documentElement).toHaveAttribute('dir', 'ltr');
    expect(t('nav.home')).toBe('Accueil');
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBeNull();
  });

  it('restores the language remembered from an earlier visit', async () => {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, 'ar');
    await initI18n();
    expect(currentLanguage()).toBe('ar');
    expect(document.documentElement).toHaveAttribute('lang', 'ar');
    expect(document.documentElement).toHaveAttribute('dir', 'rtl');
    expect(t('nav.home')).toBe('الرئيسية');
  });

  it('ignores a stored value that is not a language', () => {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, 'de');
    expect(readStoredLanguage()).toBe('fr');
  });

  it('falls back to French when storage is blocked', () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new Error('SecurityError');
    });
    expect(readStoredLanguage()).toBe('fr');
  });

  it('still switches when the choice cannot be stored', async () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new Error('QuotaExceededError');
    });
    await changeLanguage('en');
    expect(currentLanguage()).toBe('en');
  });

  it('switches texts, direction and stored choice, and uses the real locale plurals', async () => {
    await changeLanguage('ar');
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('ar');
    expect(document.documentElement).toHaveAttribute('dir', 'rtl');
    expect([0, 1, 2, 5, 11, 100].map((count) => t('catalog.results', { count }))).toEqual([
      'لا توجد منتجات',
      'منتج واحد',
      'منتجان',
      '5 منتجات',
      '11 منتجًا',
      '100 منتج',
    ]);

    await changeLanguage('en');
    expect(document.documentElement).toHaveAttribute('dir', 'ltr');
    expect(document.documentElement).toHaveAttribute('lang', 'en');
    expect(t('catalog.results', { count: 1 })).toBe('1 product');
    expect(t('catalog.pageOf', { page: 2, pages: 3 })).toBe('Page 2 of 3');
  });

  it('keeps the last choice when an earlier one finishes downloading later', async () => {
    await Promise.all([changeLanguage('ar'), changeLanguage('en')]);
    expect(currentLanguage()).toBe('en');
    expect(document.documentElement).toHaveAttribute('lang', 'en');
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
  });

  it('gives each language its text direction', () => {
    expect(textDirection('ar')).toBe('rtl');
    expect(textDirection('fr')).toBe('ltr');
    expect(textDirection('en')).toBe('ltr');
  });
});

describe('useTranslation', () => {
  it('re-renders with the new texts when the language changes', async () => {
    const { result } = renderHook(() => useTranslation());
    expect(result.current.language).toBe('fr');
    expect(result.current.t('language.label')).toBe('Langue');

    await act(() => result.current.setLanguage('en'));
    expect(result.current.language).toBe('en');
    expect(result.current.t('language.label')).toBe('Language');
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');

    await act(() => changeLanguage('ar'));
    expect(result.current.t('language.label')).toBe('اللغة');
  });

  it('keeps the same t between renders in one language', () => {
    const { result, rerender } = renderHook(() => useTranslation());
    const first = result.current.t;
    rerender();
    expect(result.current.t).toBe(first);
  });
});

describe('when a locale cannot be downloaded', () => {
  afterEach(() => {
    vi.doUnmock('../locales/ar.json');
    vi.resetModules();
  });

  async function freshModuleWithoutArabic() {
    vi.resetModules();
    vi.doMock('../locales/ar.json', () => {
      throw new Error('Failed to fetch dynamically imported module');
    });
    return import('./i18n');
  }

  it('stays in the current language and does not remember the choice', async () => {
    const i18n = await freshModuleWithoutArabic();
    await expect(i18n.changeLanguage('ar')).rejects.toThrow();
    expect(i18n.currentLanguage()).toBe('fr');
    expect(document.documentElement).toHaveAttribute('dir', 'ltr');
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBeNull();
  });

  it('starts in French instead of failing', async () => {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, 'ar');
    const i18n = await freshModuleWithoutArabic();
    await expect(i18n.initI18n()).resolves.toBeUndefined();
    expect(i18n.currentLanguage()).toBe('fr');
    expect(document.documentElement).toHaveAttribute('lang', 'fr');
    expect(i18n.t('nav.home')).toBe('Accueil');
  });
});
