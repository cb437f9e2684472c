import { useId, type FormEvent } from 'react';
import { Link, useLocation } from 'wouter';
import { ORDER_STATUSES, PAYMENT_METHODS } from '@hirfa/shared';
import { useSearchParams, withSearch } from '@/lib/search-params';
import { useChamberTexts } from '../i18n';
import {
  ORDERS_PATH,
  ORDER_SEARCH_MAX_LENGTH,
  type OrderFilterName,
  type OrderFilters as Filters,
} from '../utils/order-search';
import { cleanSearch, withFilter } from '../utils/url-filters';

/** The order list's filters; each choice is written to the URL, which the list reads. */
export function OrderFilters({ filters }: { filters: Filters }) {
  const { t } = useChamberTexts();
  const searchParams = useSearchParams();
  const [, navigate] = useLocation();
  const headingId = useId();
  const searchId = useId();
  const statusId = useId();
  const methodId = useId();

  function update(name: OrderFilterName, value: string) {
    navigate(withSearch(ORDERS_PATH, withFilter(searchParams, name, value)));
  }

  function onSearch(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const value = new FormData(event.currentTarget).get('q');
    update('q', typeof value === 'string' ? cleanSearch(value, ORDER_SEARCH_MAX_LENGTH) : '');
  }

  const filtered = Boolean(filters.status || filters.paymentMethod || filters.q);

  return (
    <section className="queue-filters" aria-labelledby={headingId}>
      <h2 id={headingId} className="queue-filters__title">
        {t('orders.filtersTitle')}
      </h2>
      <form role="search" onSubmit={onSearch}>
        <div className="field">
          <label htmlFor={searchId} className="field__label">
            {t('orders.search')}
          </label>
          <p id={`${searchId}-hint`} className="field__hint">
            {t('orders.searchHint')}
          </p>
          <div className="search-row">
            {/* Keyed on the URL's value so that a reset or a back navigation shows it. */}
            <input
              key={filters.q ?? ''}
              id={searchId}
              name="q"
              type="search"
              dir="auto"
              className="field__control"
              maxLength={ORDER_SEARCH_MAX_LENGTH}
              defaultValue={filters.q ?? ''}
              aria-describedby={`${searchId}-hint`}
              data-testid="order-search"
            />
            <button type="submit" className="button button--primary">
              {t('orders.searchButton')}
            </button>
          </div>
        </div>
      </form>
      <div className="queue-filters__fields">
        <div className="field">
          <label htmlFor={statusId} className="field__label">
            {t('orders.status')}
          </label>
          <select
            id={statusId}
            className="field__control"
            value={filters.status ?? ''}
            data-testid="order-filter-status"
            onChange={(event) => update('status', event.target.value)}
          >
            <option value="">{t('orders.allStatuses')}</option>
            {ORDER_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`orderStatuses.${status}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={methodId} className="field__label">
            {t('orders.paymentMethod')}
          </label>
          <select
            id={methodId}
            className="field__control"
            value={filters.paymentMethod ?? ''}
            data-testid="order-filter-payment-method"
            onChange={(event) => update('paymentMethod', event.target.value)}
          >
            <option value="">{t('orders.allMethods')}</option>
            {PAYMENT_METHODS.map((method) => (
              <option key={method} value={method}>
                {t(`paymentMethods.${method}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      {filtered ? (
        <Link to={ORDERS_PATH} className="queue-filters__reset">
          {t('orders.reset')}
        </Link>
      ) : null}
    </section>
  );
}
