import { useId, type ChangeEvent } from 'react';
import { useLocation } from 'wouter';
import { PRODUCT_SORTS, type ProductSort } from '@hirfa/shared';
import { useTranslation, type TranslationKey } from '@/lib/i18n';
import { useSearchParams, withSearch } from '@/lib/search-params';
import { CATALOGUE_PATH, withFilter, type CatalogFilters } from '../utils/catalog-search';

const SORT_LABEL_KEYS = {
  relevance: 'catalog.sortRelevance',
  newest: 'catalog.sortNewest',
  price_asc: 'catalog.sortPriceAsc',
  price_desc: 'catalog.sortPriceDesc',
} as const satisfies Record<ProductSort, TranslationKey>;

export function SortSelect({ filters }: { filters: CatalogFilters }) {
  const { t } = useTranslation();
  const id = useId();
  const params = useSearchParams();
  const [, navigate] = useLocation();
  // Relevance orders the results of a text search; without words there is nothing to rank.
  const sorts = PRODUCT_SORTS.filter((sort) => sort !== 'relevance' || filters.q);

  function onChange(event: ChangeEvent<HTMLSelectElement>) {
    navigate(withSearch(CATALOGUE_PATH, withFilter(params, 'sort', event.target.value)));
  }

  return (
    <div className="field field--inline">
      <label htmlFor={id} className="field__label">
        {t('catalog.sort')}
      </label>
      <select
        id={id}
        name="sort"
        className="field__control"
        value={filters.sort}
        onChange={onChange}
      >
        {sorts.map((sort) => (
          <option key={sort} value={sort}>
            {t(SORT_LABEL_KEYS[sort])}
          </option>
        ))}
      </select>
    </div>
  );
}
