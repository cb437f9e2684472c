import { describe, expect, it } from 'vitest';
import {
  hasActiveFilters,
  isPriceRangeSelected,
  parseCatalogSearch,
  toProductListQuery,
  withFilter,
  withPage,
  withPriceRange,
  withoutFilters,
} from './catalog-search';

const params = (search: string) => new URLSearchParams(search);

describe('parseCatalogSearch', () => {
  it('reads valid filters', () => {
    expect(
      parseCatalogSearch(
        params('province=safi&craft=pottery&category=tableware&sort=price_asc&page=2'),
      ),
    ).toEqual({
      q: undefined,
      province: 'safi',
      craft: 'pottery',
      category: 'tableware',
      minPrice: undefined,
      maxPrice: undefined,
      sort: 'price_asc',
      page: 2,
    });
  });

  it('reads the search words, tidied and cut to the length the API accepts', () => {
    expect(parseCatalogSearch(params('q=%20%20tajine%20%20%20bleu%20')).q).toBe('tajine bleu');
    expect(parseCatalogSearch(params('q=%20')).q).toBeUndefined();
    expect(parseCatalogSearch(params(`q=${'a'.repeat(150)}`)).q).toHaveLength(100);
  });

  it('orders by relevance by default when searching, and never without words', () => {
    expect(parseCatalogSearch(params('q=tapis')).sort).toBe('relevance');
    expect(parseCatalogSearch(params('q=tapis&sort=price_asc')).sort).toBe('price_asc');
    expect(parseCatalogSearch(params('sort=relevance')).sort).toBe('newest');
  });

  it('reads price bounds in whole centimes and drops those the API would refuse', () => {
    expect(parseCatalogSearch(params('minPrice=20000&maxPrice=49999'))).toMatchObject({
      minPrice: 20000,
      maxPrice: 49999,
    });
    for (const search of [
      'minPrice=-1',
      'minPrice=12.5',
      'minPrice=1e4',
      'maxPrice=1000000001',
      'minPrice=0',
      'minPrice=50000&maxPrice=100',
    ]) {
      const filters = parseCatalogSearch(params(search));
      expect([filters.minPrice, filters.maxPrice], search).toEqual([undefined, undefined]);
    }
  });

  it('drops values the API would refuse', () => {
    expect(
      parseCatalogSearch(params('province=casablanca&craft=Not A Slug&sort=cheapest&page=-4')),
    ).toEqual({ sort: 'newest', page: 1 });
    expect(parseCatalogSearch(params('page=1.5')).page).toBe(1);
  });

  it('asks the API for a page of the default size', () => {
    expect(toProductListQuery(parseCatalogSearch(params('page=3')))).toMatchObject({
      page: 3,
      limit: 24,
      sort: 'newest',
    });
    expect(
      toProductListQuery(parseCatalogSearch(params('q=tajine&minPrice=20000&maxPrice=49999'))),
    ).toMatchObject({ q: 'tajine', minPrice: 20000, maxPrice: 49999, sort: 'relevance' });
  });
});

describe('withFilter and withPage', () => {
  it('resets the page when a filter changes', () => {
    expect(withFilter(params('page=4&craft=pottery'), 'province', 'safi').toString()).toBe(
      'craft=pottery&province=safi',
    );
  });

  it('keeps page one and the default sort out of the URL', () => {
    expect(withFilter(params('sort=price_asc'), 'sort', 'newest').toString()).toBe('');
    expect(withPage(params('craft=pottery&page=2'), 1).toString()).toBe('craft=pottery');
    expect(withPage(params('craft=pottery'), 2).toString()).toBe('craft=pottery&page=2');
  });

  it('leaves out the default order of a search, which is relevance', () => {
    expect(withFilter(params('q=tajine'), 'sort', 'newest').toString()).toBe(
      'q=tajine&sort=newest',
    );
    expect(withFilter(params('q=tajine&sort=newest'), 'sort', 'relevance').toString()).toBe(
      'q=tajine',
    );
  });
});

describe('price ranges', () => {
  const range = { min: 20_000, max: 50_000 };

  it('asks up to the centime before the end of a range, whose end is exclusive', () => {
    expect(withPriceRange(params('q=tapis&page=2'), range).toString()).toBe(
      'q=tapis&minPrice=20000&maxPrice=49999',
    );
    expect(withPriceRange(params(''), { min: 0, max: 20_000 }).toString()).toBe('maxPrice=19999');
    expect(withPriceRange(params(''), { min: 300_000, max: null }).toString()).toBe(
      'minPrice=300000',
    );
    expect(withPriceRange(params('minPrice=1&maxPrice=2&craft=pottery'), null).toString()).toBe(
      'craft=pottery',
    );
  });

  it('recognises the range the URL asks for', () => {
    const filters = parseCatalogSearch(params('minPrice=20000&maxPrice=49999'));
    expect(isPriceRangeSelected(filters, range)).toBe(true);
    expect(isPriceRangeSelected(filters, { min: 50_000, max: 100_000 })).toBe(false);
    expect(
      isPriceRangeSelected(parseCatalogSearch(params('minPrice=300000')), {
        min: 300_000,
        max: null,
      }),
    ).toBe(true);
  });
});

describe('clearing filters', () => {
  it('keeps the search words only', () => {
    const filters = parseCatalogSearch(params('q=tajine&province=safi&minPrice=100&sort=newest'));
    expect(hasActiveFilters(filters)).toBe(true);
    expect(withoutFilters(filters).toString()).toBe('q=tajine');
    expect(hasActiveFilters(parseCatalogSearch(params('q=tajine&sort=relevance')))).toBe(false);
    expect(hasActiveFilters(parseCatalogSearch(params('maxPrice=19999')))).toBe(true);
  });
});
