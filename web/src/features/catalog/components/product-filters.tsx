import { useId, type ChangeEvent, type ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import { PRODUCT_SORTS, type ProductSort, type TaxonomyEntry } from '@hirfa/shared';
import { useLanguage, useTranslation, type TranslationKey } from '@/lib/i18n';
import { useTaxonomy } from '../api/get-taxonomy';
import {
  hasActiveFilters,
  withFilter,
  type CatalogFilters,
  type FilterName,
} from '../utils/catalog-search';
import { taxonomyName } from '../utils/taxonomy-name';

/** Relevance only orders the results of a text search, which the storefront does not offer yet. */
type ListedSort = Exclude<ProductSort, 'relevance'>;

const SORT_LABEL_KEYS = {
  newest: 'catalog.sortNewest',
  price_asc: 'catalog.sortPriceAsc',
  price_desc: 'catalog.sortPriceDesc',
} as const satisfies Record<ListedSort, TranslationKey>;

const LISTED_SORTS = PRODUCT_SORTS.filter((sort): sort is ListedSort => sort !== 'relevance');

interface SelectFieldProps {
  name: FilterName;
  label: string;
  value: string;
  onChange: (name: FilterName, value: string) => void;
  children: ReactNode;
}

function SelectField({ name, label, value, onChange, children }: SelectFieldProps) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      <select
        id={id}
        name={name}
        className="field__control"
        value={value}
        onChange={(event: ChangeEvent<HTMLSelectElement>) => onChange(name, event.target.value)}
      >
        {children}
      </select>
    </div>
  );
}

/**
 * The taxonomy's entries. A value from the URL that is not among them (the list is still
 * loading, or the API no longer knows it) keeps an option under its slug, so that the control
 * always shows the filter the results are using.
 */
function EntryOptions({
  entries,
  selected,
}: {
  entries: readonly TaxonomyEntry[];
  selected: string | undefined;
}) {
  const language = useLanguage();
  const unknown = selected && !entries.some((entry) => entry.slug === selected);
  return (
    <>
      {unknown ? <option value={selected}>{selected}</option> : null}
      {entries.map((entry) => {
        const name = taxonomyName(entries, entry.slug, language);
        return (
          <option key={entry.slug} value={entry.slug} lang={name.lang}>
            {name.text}
          </option>
        );
      })}
    </>
  );
}

export function ProductFilters({ filters }: { filters: CatalogFilters }) {
  const { t } = useTranslation();
  const taxonomy = useTaxonomy();
  const [searchParams, setSearchParams] = useSearchParams();
  const headingId = useId();

  function update(name: FilterName, value: string) {
    setSearchParams(withFilter(searchParams, name, value), { preventScrollReset: true });
  }

  return (
    <form
      className="filters"
      aria-labelledby={headingId}
      role="search"
      onSubmit={(event) => event.preventDefault()}
    >
      <h2 id={headingId} className="filters__title">
        {t('catalog.filtersTitle')}
      </h2>
      <div className="filters__fields">
        <SelectField
          name="province"
          label={t('catalog.province')}
          value={filters.province ?? ''}
          onChange={update}
        >
          <option value="">{t('catalog.allProvinces')}</option>
          <EntryOptions entries={taxonomy.provinces} selected={filters.province} />
        </SelectField>
        <SelectField
          name="craft"
          label={t('catalog.craft')}
          value={filters.craft ?? ''}
          onChange={update}
        >
          <option value="">{t('catalog.allCrafts')}</option>
          <EntryOptions entries={taxonomy.crafts} selected={filters.craft} />
        </SelectField>
        <SelectField
          name="category"
          label={t('catalog.category')}
          value={filters.category ?? ''}
          onChange={update}
        >
          <option value="">{t('catalog.allCategories')}</option>
          <EntryOptions entries={taxonomy.categories} selected={filters.category} />
        </SelectField>
        <SelectField name="sort" label={t('catalog.sort')} value={filters.sort} onChange={update}>
          {LISTED_SORTS.map((sort) => (
            <option key={sort} value={sort}>
              {t(SORT_LABEL_KEYS[sort])}
            </option>
          ))}
        </SelectField>
      </div>
      {hasActiveFilters(filters) ? (
        <Link to="/products" className="filters__reset">
          {t('catalog.reset')}
        </Link>
      ) : null}
    </form>
  );
}
