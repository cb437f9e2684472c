import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ProductFacets } from '@hirfa/shared';
import { useSearchParams } from '@/lib/search-params';
import { taxonomy } from '@/test/fixtures';
import { jsonResponse, mockFetch } from '@/test/mock-fetch';
import { renderWithProviders } from '@/test/render';
import { parseCatalogSearch } from '../utils/catalog-search';
import { ProductFilters } from './product-filters';

const facets: ProductFacets = {
  province: [
    { value: 'safi', count: 5 },
    { value: 'marrakech', count: 3 },
  ],
  craft: [
    { value: 'pottery', count: 6 },
    { value: 'leather', count: 2 },
  ],
  category: [
    { value: 'tableware', count: 4 },
    { value: 'bags', count: 4 },
  ],
  price: [
    { min: 0, max: 20_000, count: 2 },
    { min: 20_000, max: 50_000, count: 5 },
    { min: 50_000, max: 100_000, count: 1 },
    { min: 100_000, max: 300_000, count: 0 },
    { min: 300_000, max: null, count: 0 },
  ],
};

function FiltersFromUrl({ counts = facets }: { counts?: ProductFacets }) {
  return <ProductFilters filters={parseCatalogSearch(useSearchParams())} facets={counts} />;
}

/**
 * What a screen reader says for an element: its text without the parts hidden from it, with
 * the no-break spaces Intl puts in amounts read as plain ones.
 */
function spoken(element: Element): string {
  const copy = element.cloneNode(true) as Element;
  copy.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function optionsOf(facet: string) {
  const list = screen.getByRole('list', { name: facet });
  return within(list)
    .getAllByRole('link')
    .map((link) => ({
      name: spoken(link),
      href: link.getAttribute('href'),
      current: link.getAttribute('aria-current'),
    }));
}

describe('<ProductFilters>', () => {
  beforeEach(() => {
    mockFetch(() => jsonResponse(taxonomy));
  });

  it('lists each facet with the count of every value, in the order the API gives', async () => {
    renderWithProviders(<FiltersFromUrl />, { route: '/products' });

    expect(screen.getByRole('region', { name: 'Filtrer les produits' })).toBeInTheDocument();
    await screen.findByRole('link', { name: 'Poterie 6 produits' });
    expect(optionsOf('Province')).toEqual([
      { name: 'Toutes 8 produits', href: '/products', current: 'true' },
      { name: 'Safi 5 produits', href: '/products?province=safi', current: null },
      { name: 'Marrakech 3 produits', href: '/products?province=marrakech', current: null },
    ]);
    expect(screen.getByRole('link', { name: 'Maroquinerie 2 produits' })).toHaveAttribute(
      'href',
      '/products?craft=leather',
    );
    expect(screen.getByRole('link', { name: 'Arts de la table 4 produits' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Effacer les filtres' })).not.toBeInTheDocument();
  });

  it('writes a choice to the URL, keeping the search, and back to page one', async () => {
    const user = userEvent.setup();
    const view = renderWithProviders(<FiltersFromUrl />, {
      route: '/products?q=tajine&craft=pottery&page=3',
    });

    const provinces = screen.getByRole('list', { name: 'Province' });
    await user.click(within(provinces).getByRole('link', { name: 'Safi 5 produits' }));

    expect(view.location().pathname).toBe('/products');
    const params = new URLSearchParams(view.location().search);
    expect(Object.fromEntries(params)).toEqual({ q: 'tajine', craft: 'pottery', province: 'safi' });
    const safi = within(provinces).getByRole('link', { name: 'Safi 5 produits' });
    expect(safi).toHaveAttribute('aria-current', 'true');
    // Following the current value again lifts it.
    expect(safi).toHaveAttribute('href', '/products?q=tajine&craft=pottery');
    const all = within(provinces).getByRole('link', { name: 'Toutes 8 produits' });
    expect(all).not.toHaveAttribute('aria-current');

    await user.click(all);
    expect(view.location().search).toBe('?q=tajine&craft=pottery');
  });

  it('offers the price ranges that have products, written with <Money>', async () => {
    const user = userEvent.setup();
    const view = renderWithProviders(<FiltersFromUrl />, { route: '/products?q=tajine' });

    expect(optionsOf('Prix').map((option) => option.name)).toEqual([
      'Tous les prix 8 produits',
      'Moins de 200,00 MAD 2 produits',
      'De 200,00 MAD à 500,00 MAD 5 produits',
      'De 500,00 MAD à 1.000,00 MAD 1 produit',
    ]);
    const range = screen.getByRole('link', { name: /^De 200,00\sMAD à 500,00\sMAD/ });
    expect(range.querySelectorAll('.money')).toHaveLength(2);

    await user.click(range);

    // The API's upper bound is inclusive and the facets' is not.
    expect(view.location().search).toBe('?q=tajine&minPrice=20000&maxPrice=49999');
    expect(range).toHaveAttribute('aria-current', 'true');
    expect(range).toHaveAttribute('href', '/products?q=tajine');
  });

  it('keeps showing values from the URL that nothing matches, so they can be lifted', async () => {
    renderWithProviders(<FiltersFromUrl />, {
      route: '/products?craft=basketry&minPrice=150000',
    });

    await screen.findByRole('link', { name: 'Poterie 6 produits' });
    expect(optionsOf('Métier')[1]).toEqual({
      name: 'basketry 0 produit',
      href: '/products?minPrice=150000',
      current: 'true',
    });
    expect(optionsOf('Prix')[1]).toEqual({
      name: '1.500,00 MAD et plus 0 produit',
      href: '/products?craft=basketry',
      current: 'true',
    });
  });

  it('clears the filters and the sort but keeps the search', () => {
    renderWithProviders(<FiltersFromUrl />, {
      route: '/products?q=tajine&province=safi&sort=price_asc&page=2',
    });

    expect(screen.getByRole('link', { name: 'Effacer les filtres' })).toHaveAttribute(
      'href',
      '/products?q=tajine',
    );
  });

  it('waits for the first answer before listing values', () => {
    renderWithProviders(
      <ProductFilters filters={parseCatalogSearch(new URLSearchParams())} facets={undefined} />,
    );

    expect(screen.getByRole('heading', { name: 'Filtrer les produits' })).toBeInTheDocument();
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
  });
});
