import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useSearchParams } from '@/lib/search-params';
import { renderWithProviders } from '@/test/render';
import { parseCatalogSearch } from '../utils/catalog-search';
import { SortSelect } from './sort-select';

function SortFromUrl() {
  return <SortSelect filters={parseCatalogSearch(useSearchParams())} />;
}

const optionValues = () =>
  (screen.getAllByRole('option') as HTMLOptionElement[]).map((option) => option.value);

describe('<SortSelect>', () => {
  it('offers relevance first, and by default, when there are words to rank by', () => {
    renderWithProviders(<SortFromUrl />, { route: '/products?q=tajine' });

    const select = screen.getByRole('combobox', { name: 'Trier par' });
    expect(select).toHaveValue('relevance');
    expect(optionValues()).toEqual(['relevance', 'newest', 'price_asc', 'price_desc']);
    expect(screen.getByRole('option', { name: 'Pertinence' })).toBeInTheDocument();
  });

  it('leaves relevance out without words, newest being the default then', () => {
    renderWithProviders(<SortFromUrl />, { route: '/products?sort=relevance' });

    expect(screen.getByRole('combobox', { name: 'Trier par' })).toHaveValue('newest');
    expect(optionValues()).toEqual(['newest', 'price_asc', 'price_desc']);
  });

  it('writes the order to the URL, leaving the default out, and goes back to page one', async () => {
    const user = userEvent.setup();
    const view = renderWithProviders(<SortFromUrl />, { route: '/products?q=tajine&page=2' });
    const select = screen.getByRole('combobox', { name: 'Trier par' });

    await user.selectOptions(select, 'newest');
    expect(view.location().search).toBe('?q=tajine&sort=newest');
    expect(select).toHaveValue('newest');

    await user.selectOptions(select, 'price_asc');
    expect(view.location().search).toBe('?q=tajine&sort=price_asc');

    await user.selectOptions(select, 'relevance');
    expect(view.location().search).toBe('?q=tajine');
  });

  it('drops the newest order from the URL when there are no words', async () => {
    const user = userEvent.setup();
    const view = renderWithProviders(<SortFromUrl />, { route: '/products?sort=price_desc' });

    await user.selectOptions(screen.getByRole('combobox', { name: 'Trier par' }), 'newest');
    expect(view.location().search).toBe('');
  });
});
