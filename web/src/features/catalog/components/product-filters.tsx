import { useId, type ReactNode } from 'react';
import { Link } from 'wouter';
import {
  money,
  type FacetCount,
  type Language,
  type ProductFacets,
  type TaxonomyEntry,
} from '@hirfa/shared';
import { Money } from '@/components/money';
import { SlottedText } from '@/components/ui/slotted-text';
import { useLanguage, useTranslation } from '@/lib/i18n';
import { useSearchParams, withSearch } from '@/lib/search-params';
import { useTaxonomy } from '../api/get-taxonomy';
import {
  CATALOGUE_PATH,
  hasActiveFilters,
  isPriceRangeSelected,
  withFilter,
  withPriceRange,
  withoutFilters,
  type CatalogFilters,
} from '../utils/catalog-search';
import { taxonomyName } from '../utils/taxonomy-name';

interface FacetOption {
  key: string;
  label: ReactNode;
  lang?: Language;
  count: number;
  href: string;
  selected: boolean;
}

/**
 * One facet as a list of links, like a radio group: "all" first, then each value with the
 * number of products it would show. The current choice is marked with `aria-current`, and
 * following it again lifts the filter.
 */
function FacetGroup({ title, options }: { title: string; options: readonly FacetOption[] }) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <div className="facet">
      <h3 id={titleId} className="facet__title">
        {title}
      </h3>
      <ul className="facet__options" aria-labelledby={titleId}>
        {options.map((option) => (
          <li key={option.key}>
            <Link
              to={option.href}
              className="facet__option"
              aria-current={option.selected ? 'true' : undefined}
            >
              <span className="facet__label" lang={option.lang}>
                {option.label}
              </span>{' '}
              <span className="facet__count" aria-hidden="true">
                {option.count}
              </span>
              <span className="visually-hidden">
                {t('catalog.results', { count: option.count })}
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}

const catalogueHref = (params: URLSearchParams) => withSearch(CATALOGUE_PATH, params);

const total = (counts: readonly { count: number }[]) =>
  counts.reduce((sum, entry) => sum + entry.count, 0);

interface TaxonomyFacetProps {
  name: 'province' | 'craft' | 'category';
  title: string;
  allLabel: string;
  counts: readonly FacetCount[];
  entries: readonly TaxonomyEntry[];
  selected: string | undefined;
}

/**
 * The values the API counted, in its order (most products first). The value in use stays
 * listed even when nothing matches it any more, so that it can be lifted.
 */
function TaxonomyFacet({ name, title, allLabel, counts, entries, selected }: TaxonomyFacetProps) {
  const language = useLanguage();
  const params = useSearchParams();
  const listed =
    selected && !counts.some((entry) => entry.value === selected)
      ? [{ value: selected, count: 0 }, ...counts]
      : counts;
  const options: FacetOption[] = [
    {
      key: '',
      label: allLabel,
      count: total(counts),
      href: catalogueHref(withFilter(params, name, '')),
      selected: !selected,
    },
    ...listed.map(({ value, count }) => {
      const label = taxonomyName(entries, value, language);
      const isSelected = value === selected;
      return {
        key: value,
        label: label.text,
        lang: label.lang,
        count,
        href: catalogueHref(withFilter(params, name, isSelected ? '' : value)),
        selected: isSelected,
      };
    }),
  ];
  return <FacetGroup title={title} options={options} />;
}

interface PriceLabelProps {
  /** Inclusive, in centimes; 0 or none for no lower bound. */
  min?: number;
  /** In centimes; none for no upper bound. */
  max?: number;
  /** The facets' ranges end before `max`; a bound from the address includes it. */
  maxIncluded?: boolean;
}

function PriceLabel({ min, max, maxIncluded = false }: PriceLabelProps) {
  const { t } = useTranslation();
  let text: string;
  if (max === undefined) text = t('catalog.priceOver');
  else if (!min) text = maxIncluded ? t('catalog.priceUpTo') : t('catalog.priceUnder');
  else text = t('catalog.priceBetween');
  return (
    <SlottedText
      text={text}
      slots={{
        min: min ? <Money value={money(min)} /> : null,
        max: max === undefined ? null : <Money value={money(max)} />,
      }}
    />
  );
}

function PriceFacet({
  counts,
  filters,
}: {
  counts: ProductFacets['price'];
  filters: CatalogFilters;
}) {
  const { t } = useTranslation();
  const params = useSearchParams();
  const priced = filters.minPrice !== undefined || filters.maxPrice !== undefined;
  const chosen = counts.find((range) => isPriceRangeSelected(filters, range));
  const options: FacetOption[] = [
    {
      key: 'all',
      label: t('catalog.allPrices'),
      count: total(counts),
      href: catalogueHref(withPriceRange(params, null)),
      selected: !priced,
    },
  ];
  // Bounds typed into the address rather than picked here still show, so they can be lifted.
  if (priced && !chosen) {
    options.push({
      key: 'custom',
      label: <PriceLabel min={filters.minPrice} max={filters.maxPrice} maxIncluded />,
      count: 0,
      href: catalogueHref(withPriceRange(params, null)),
      selected: true,
    });
  }
  for (const range of counts) {
    const selected = range === chosen;
    if (range.count === 0 && !selected) continue;
    options.push({
      key: `${range.min}-${range.max ?? ''}`,
      label: <PriceLabel min={range.min} max={range.max ?? undefined} />,
      count: range.count,
      href: catalogueHref(withPriceRange(params, selected ? null : range)),
      selected,
    });
  }
  return <FacetGroup title={t('catalog.price')} options={options} />;
}

interface ProductFiltersProps {
  filters: CatalogFilters;
  /** The counts of the results on screen; none until the first answer. */
  facets: ProductFacets | undefined;
}

export function ProductFilters({ filters, facets }: ProductFiltersProps) {
  const { t } = useTranslation();
  const taxonomy = useTaxonomy();
  const headingId = useId();

  return (
    <section className="filters" aria-labelledby={headingId}>
      <h2 id={headingId} className="filters__title">
        {t('catalog.filtersTitle')}
      </h2>
      {hasActiveFilters(filters) ? (
        <Link to={catalogueHref(withoutFilters(filters))} className="filters__reset">
          {t('catalog.reset')}
        </Link>
      ) : null}
      {facets ? (
        <div className="filters__facets">
          <TaxonomyFacet
            name="province"
            title={t('catalog.province')}
            allLabel={t('catalog.allProvinces')}
            counts={facets.province}
            entries={taxonomy.provinces}
            selected={filters.province}
          />
          <TaxonomyFacet
            name="craft"
            title={t('catalog.craft')}
            allLabel={t('catalog.allCrafts')}
            counts={facets.craft}
            entries={taxonomy.crafts}
            selected={filters.craft}
          />
          <TaxonomyFacet
            name="category"
            title={t('catalog.category')}
            allLabel={t('catalog.allCategories')}
            counts={facets.category}
            entries={taxonomy.categories}
            selected={filters.category}
          />
          <PriceFacet counts={facets.price} filters={filters} />
        </div>
      ) : null}
    </section>
  );
}
