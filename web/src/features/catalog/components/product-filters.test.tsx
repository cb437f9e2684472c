import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useSearchParams } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { taxonomy } from '@/test/fixtures';
import { jsonResponse, mockFetch } from '@/test/mock-fetch';
import { renderWithProviders } from '@/test/render';
import { parseCatalogSearch } from '../utils/catalog-search';
import { ProductFilters } from './product-filters';

function FiltersFromUrl() {
  const [searchParams] = useSearchParams();
  return <ProductFilters filters={parseCatalogSearch(searchParams)} />;
}

describe('<ProductFilters>', () => {
  beforeEach(() => {
    mockFetch(() => jsonResponse(taxonomy));
  });

  it('offers labelled province, craft, category and sort controls', async () => {
    renderWithProviders(<FiltersFromUrl />, { route: '/products' });

    expect(screen.getByRole('search', { name: 'Filtrer les produits' })).toBeInTheDocument();
    for (const name of ['Province', 'Métier', 'Catégorie', 'Trier par']) {
      expect(screen.getByRole('combobox', { name })).toBeInTheDocument();
    }
    expect(await screen.findByRole('option', { name: 'Essaouira' })).toBeInTheDocument();
  });

  it('reflects the filters already in the URL', () => {
    renderWithProviders(<FiltersFromUrl />, {
      route: '/products?province=safi&craft=pottery&sort=price_desc',
    });

    expect(screen.getByRole('combobox', { name: 'Province' })).toHaveValue('safi');
    expect(screen.getByRole('combobox', { name: 'Métier' })).toHaveValue('pottery');
    expect(screen.getByRole('combobox', { name: 'Trier par' })).toHaveValue('price_desc');
    expect(screen.getByRole('link', { name: 'Effacer les filtres' })).toHaveAttribute(
      'href',
      '/products',
    );
  });

  it('writes each choice to the URL and goes back to the first page', async () => {
    const user = userEvent.setup();
    const view = renderWithProviders(<FiltersFromUrl />, {
      route: '/products?craft=pottery&page=3',
    });

    await user.selectOptions(screen.getByRole('combobox', { name: 'Province' }), 'safi');
    let params = new URLSearchParams(view.location().search);
    expect(view.location().pathname).toBe('/products');
    expect(params.get('province')).toBe('safi');
    expect(params.get('craft')).toBe('pottery');
    expect(params.has('page')).toBe(false);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Catégorie' }), 'tableware');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Trier par' }), 'price_asc');
    params = new URLSearchParams(view.location().search);
    expect(params.get('category')).toBe('tableware');
    expect(params.get('sort')).toBe('price_asc');
  });

  it('removes a filter set back to "all", and the default sort from the URL', async () => {
    const user = userEvent.setup();
    const view = renderWithProviders(<FiltersFromUrl />, {
      route: '/products?province=safi&sort=price_asc',
    });

    await user.selectOptions(screen.getByRole('combobox', { name: 'Province' }), '');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Trier par' }), 'newest');

    expect(view.location().search).toBe('');
    expect(screen.queryByRole('link', { name: 'Effacer les filtres' })).not.toBeInTheDocument();
  });

  it('keeps showing a URL filter that the taxonomy does not list', async () => {
    renderWithProviders(<FiltersFromUrl />, { route: '/products?craft=basketry' });

    await screen.findByRole('option', { name: 'Poterie' });
    expect(screen.getByRole('combobox', { name: 'Métier' })).toHaveValue('basketry');
    expect(screen.getByRole('option', { name: 'basketry' })).toBeInTheDocument();
  });
});
