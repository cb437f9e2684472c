import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { changeLanguage } from '@/lib/i18n';
import { renderWithProviders } from '@/test/render';
import { SearchBox } from './search-box';

describe('<SearchBox>', () => {
  it('is a labelled search field in a search landmark', () => {
    renderWithProviders(<SearchBox />);

    const landmark = screen.getByRole('search', { name: 'Rechercher dans le catalogue' });
    const input = screen.getByRole('searchbox', { name: 'Rechercher dans le catalogue' });
    expect(landmark).toContainElement(input);
    expect(input).toHaveAttribute('data-testid', 'search-box');
    expect(input).toHaveAttribute('maxlength', '100');
    expect(screen.getByRole('button', { name: 'Rechercher' })).toHaveAttribute('type', 'submit');
  });

  it('opens the catalogue with the words as q when Enter is pressed', async () => {
    const user = userEvent.setup();
    const view = renderWithProviders(<SearchBox />, { route: '/products/tajine-safi-bleu' });

    await user.type(screen.getByTestId('search-box'), '  tajine bleu {Enter}');

    expect(view.location().pathname).toBe('/products');
    expect(view.location().search).toBe('?q=tajine+bleu');
  });

  it('submits with the button too, and opens the whole catalogue without words', async () => {
    const user = userEvent.setup();
    const view = renderWithProviders(<SearchBox />, { route: '/' });

    await user.type(screen.getByTestId('search-box'), 'babouches & co');
    await user.click(screen.getByRole('button', { name: 'Rechercher' }));
    expect(new URLSearchParams(view.location().search).get('q')).toBe('babouches & co');

    await user.clear(screen.getByTestId('search-box'));
    await user.type(screen.getByTestId('search-box'), '   ');
    await user.click(screen.getByRole('button', { name: 'Rechercher' }));
    expect(view.location()).toEqual({ pathname: '/products', search: '' });
  });

  it('shows the words of the catalogue on screen, and follows the address', () => {
    const view = renderWithProviders(<SearchBox />, { route: '/products?q=tapis&province=safi' });
    const input = screen.getByTestId('search-box');
    expect(input).toHaveValue('tapis');

    act(() => view.navigate('/products?q=lanterne'));
    expect(input).toHaveValue('lanterne');

    act(() => view.navigate('/'));
    expect(input).toHaveValue('');
  });

  it('keeps the focus in the field after searching from the catalogue', async () => {
    const user = userEvent.setup();
    const view = renderWithProviders(<SearchBox />, { route: '/products?q=tapis' });
    const input = screen.getByTestId('search-box');

    await user.clear(input);
    await user.type(input, 'tapis boucherouite{Enter}');

    expect(new URLSearchParams(view.location().search).get('q')).toBe('tapis boucherouite');
    expect(input).toHaveFocus();
    expect(input).toHaveValue('tapis boucherouite');
  });

  it('speaks the reader language', async () => {
    await act(() => changeLanguage('ar'));
    renderWithProviders(<SearchBox />);

    expect(screen.getByRole('searchbox', { name: 'البحث في المنتجات' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'بحث' })).toBeInTheDocument();
  });
});
