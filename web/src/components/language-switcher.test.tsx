import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AppProvider } from '@/app/provider';
import { LANGUAGE_STORAGE_KEY } from '@/lib/i18n';
import { createTestQueryClient } from '@/test/render';
import { LanguageSwitcher } from './language-switcher';

function renderSwitcher() {
  return render(
    <AppProvider queryClient={createTestQueryClient()}>
      <LanguageSwitcher />
    </AppProvider>,
  );
}

describe('<LanguageSwitcher>', () => {
  it('is a labelled select offering French, Arabic and English', () => {
    renderSwitcher();
    const select = screen.getByRole('combobox', { name: 'Langue' });
    expect(select).toHaveAttribute('data-testid', 'language-switcher');
    expect(select).toHaveValue('fr');
    const options = screen.getAllByRole('option') as HTMLOptionElement[];
    expect(options.map((option) => option.value)).toEqual(['fr', 'ar', 'en']);
  });

  it('switches the whole document to Arabic, right to left, and remembers it', async () => {
    const user = userEvent.setup();
    renderSwitcher();

    await user.selectOptions(screen.getByTestId('language-switcher'), 'ar');

    await waitFor(() => expect(document.documentElement).toHaveAttribute('dir', 'rtl'));
    expect(document.documentElement).toHaveAttribute('lang', 'ar');
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('ar');
    expect(screen.getByRole('combobox', { name: 'اللغة' })).toHaveValue('ar');
  });

  it('goes back to left to right for English', async () => {
    const user = userEvent.setup();
    renderSwitcher();

    await user.selectOptions(screen.getByTestId('language-switcher'), 'ar');
    await waitFor(() => expect(document.documentElement).toHaveAttribute('dir', 'rtl'));
    await user.selectOptions(screen.getByTestId('language-switcher'), 'en');

    await waitFor(() => expect(document.documentElement).toHaveAttribute('dir', 'ltr'));
    expect(document.documentElement).toHaveAttribute('lang', 'en');
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
    expect(screen.getByRole('combobox', { name: 'Language' })).toBeInTheDocument();
  });
});
