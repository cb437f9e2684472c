import { describe, expect, it } from 'vitest';
import { parseCatalogSearch, toProductListQuery, withFilter, withPage } from './catalog-search';

const params = (search: string) => new URLSearchParams(search);

describe('parseCatalogSearch', () => {
  it('reads valid filters', () => {
    expect(
      parseCatalogSearch(
        params('province=safi&craft=pottery&category=tableware&sort=price_asc&page=2'),
      ),
    ).toEqual({
      province: 'safi',
      craft: 'pottery',
      category: 'tableware',
      sort: 'price_asc',
      page: 2,
    });
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
});
