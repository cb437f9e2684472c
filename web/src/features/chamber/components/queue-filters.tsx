import { useId, type FormEvent, type ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import { CRAFTS, PROVINCES, SELLER_KINDS, SELLER_STATUSES } from '@hirfa/shared';
import { useSearchParams, withSearch } from '@/lib/search-params';
import { useChamberTexts } from '../i18n';
import {
  ALL_STATUSES,
  DEFAULT_STATUS,
  QUEUE_PATH,
  withQueueFilter,
  type QueueFilterName,
  type QueueFilters as Filters,
} from '../utils/queue-search';

interface FilterSelectProps {
  name: QueueFilterName;
  label: string;
  value: string;
  onChange: (name: QueueFilterName, value: string) => void;
  children: ReactNode;
}

function FilterSelect({ name, label, value, onChange, children }: FilterSelectProps) {
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
        data-testid={`queue-filter-${name}`}
        onChange={(event) => onChange(name, event.target.value)}
      >
        {children}
      </select>
    </div>
  );
}

/** The queue's filters; each choice is written to the URL, which the list reads. */
export function QueueFilters({ filters }: { filters: Filters }) {
  const { t, language } = useChamberTexts();
  const searchParams = useSearchParams();
  const [, navigate] = useLocation();
  const headingId = useId();
  const searchId = useId();

  function update(name: QueueFilterName, value: string) {
    navigate(withSearch(QUEUE_PATH, withQueueFilter(searchParams, name, value)));
  }

  function onSearch(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const value = new FormData(event.currentTarget).get('q');
    update('q', typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : '');
  }

  const filtered =
    filters.status !== DEFAULT_STATUS ||
    Boolean(filters.province || filters.craft || filters.kind || filters.q);

  return (
    <section className="queue-filters" aria-labelledby={headingId}>
      <h2 id={headingId} className="queue-filters__title">
        {t('queue.filtersTitle')}
      </h2>
      <form role="search" className="queue-filters__search" onSubmit={onSearch}>
        <div className="field">
          <label htmlFor={searchId} className="field__label">
            {t('queue.search')}
          </label>
          <p id={`${searchId}-hint`} className="field__hint">
            {t('queue.searchHint')}
          </p>
          <div className="search-row">
            {/* Keyed on the URL's value so that a reset or a back navigation shows it. */}
            <input
              key={filters.q ?? ''}
              id={searchId}
              name="q"
              type="search"
              className="field__control"
              maxLength={100}
              defaultValue={filters.q ?? ''}
              aria-describedby={`${searchId}-hint`}
              data-testid="queue-search"
            />
            <button type="submit" className="button button--primary">
              {t('queue.searchButton')}
            </button>
          </div>
        </div>
      </form>
      <div className="queue-filters__fields">
        <FilterSelect
          name="status"
          label={t('queue.status')}
          value={filters.status}
          onChange={update}
        >
          {SELLER_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`statuses.${status}`)}
            </option>
          ))}
          <option value={ALL_STATUSES}>{t('queue.allStatuses')}</option>
        </FilterSelect>
        <FilterSelect
          name="province"
          label={t('queue.province')}
          value={filters.province ?? ''}
          onChange={update}
        >
          <option value="">{t('queue.allProvinces')}</option>
          {PROVINCES.map((province) => (
            <option key={province.code} value={province.code}>
              {province.name[language]}
            </option>
          ))}
        </FilterSelect>
        <FilterSelect
          name="craft"
          label={t('queue.craft')}
          value={filters.craft ?? ''}
          onChange={update}
        >
          <option value="">{t('queue.allCrafts')}</option>
          {CRAFTS.map((craft) => (
            <option key={craft.slug} value={craft.slug}>
              {craft.name[language]}
            </option>
          ))}
        </FilterSelect>
        <FilterSelect
          name="kind"
          label={t('queue.kind')}
          value={filters.kind ?? ''}
          onChange={update}
        >
          <option value="">{t('queue.allKinds')}</option>
          {SELLER_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`kinds.${kind}`)}
            </option>
          ))}
        </FilterSelect>
      </div>
      {filtered ? (
        <Link to={QUEUE_PATH} className="queue-filters__reset">
          {t('queue.reset')}
        </Link>
      ) : null}
    </section>
  );
}
