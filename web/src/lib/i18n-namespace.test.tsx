import { Suspense } from 'react';
import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { changeLanguage, defineNamespace } from './i18n';

const useShopTexts = defineNamespace(
  { title: 'Ma boutique', products_one: '{{count}} produit', products_other: '{{count}} produits' },
  {
    ar: () => Promise.resolve({ default: { title: 'متجري' } }),
    en: () => Promise.reject(new Error('offline')),
  },
);

function Shop() {
  const { t } = useShopTexts();
  return (
    <p>
      {t('title')} — {t('products', { count: 2 })}
    </p>
  );
}

describe('defineNamespace', () => {
  afterEach(async () => {
    await act(() => changeLanguage('fr'));
  });

  it('reads French at once', () => {
    render(<Shop />);
    expect(screen.getByText('Ma boutique — 2 produits')).toBeInTheDocument();
  });

  it('loads another language on first use, falling back to French for missing texts', async () => {
    await act(() => changeLanguage('ar'));
    render(
      <Suspense fallback={<p>…</p>}>
        <Shop />
      </Suspense>,
    );
    expect(await screen.findByText('متجري — 2 produits')).toBeInTheDocument();
  });

  it('stays in French when a language cannot be downloaded', async () => {
    await act(() => changeLanguage('en'));
    render(
      <Suspense fallback={<p>…</p>}>
        <Shop />
      </Suspense>,
    );
    expect(await screen.findByText('Ma boutique — 2 produits')).toBeInTheDocument();
  });
});
