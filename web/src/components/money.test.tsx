import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Language } from '@hirfa/shared';
import { AppProvider } from '@/app/provider';
import { changeLanguage } from '@/lib/i18n';
import { createTestQueryClient } from '@/test/render';
import { Money } from './money';

/** Intl separates with no-break spaces and wraps Arabic in direction marks; compare without. */
function plain(text: string | null): string {
  return (text ?? '').replace(/[\u00a0\u202f]/g, ' ').replace(/[\u200e\u200f\u061c]/g, '');
}

function renderMoney() {
  return render(
    <AppProvider queryClient={createTestQueryClient()}>
      <p data-testid="price">
        <Money value={{ amount: 123450, currency: 'MAD' }} />
      </p>
    </AppProvider>,
  );
}

describe('<Money>', () => {
  const expected: Record<Language, string> = {
    fr: '1.234,50 MAD',
    ar: '1.234,50 د.م.',
    en: 'MAD 1,234.50',
  };

  it.each(Object.entries(expected) as [Language, string][])(
    'formats centimes of dirhams for a %s reader',
    async (language, text) => {
      await act(() => changeLanguage(language));
      renderMoney();
      expect(plain(screen.getByTestId('price').textContent)).toBe(text);
    },
  );

  it('formats again when the reader changes language', async () => {
    renderMoney();
    expect(plain(screen.getByTestId('price').textContent)).toBe('1.234,50 MAD');
    await act(() => changeLanguage('en'));
    expect(plain(screen.getByTestId('price').textContent)).toBe('MAD 1,234.50');
  });

  it('keeps every centime of large amounts', async () => {
    render(
      <AppProvider queryClient={createTestQueryClient()}>
        <p data-testid="price">
          <Money value={{ amount: 999_999_999_99, currency: 'MAD' }} />
        </p>
      </AppProvider>,
    );
    expect(plain(screen.getByTestId('price').textContent)).toBe('999.999.999,99 MAD');
  });
});
