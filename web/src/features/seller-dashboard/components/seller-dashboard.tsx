import { EmptyResults } from './empty-results';
import { useEffect, useId, useMemo, useState, type FormEvent } from 'react';
import { Link, useLocation } from 'wouter';
import { pageCount, type SellerProduct, type SellerProductListQuery } from '@hirfa/shared';
import { Money } from '@/components/money';
import { LoadingStatus } from '@/components/ui/loading-status';
import { QueryError } from '@/components/ui/query-error';
import { textDirection } from '@/lib/i18n';
import { useSearchParams, withSearch } from '@/lib/search-params';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useMyShop } from '../api/get-my-shop';
import { SELLER_PRODUCTS_PAGE_SIZE, useSellerProducts } from '../api/get-seller-products';
import { useSellerTexts } from '../i18n';
import { clearFlash, peekFlash } from '../utils/flash';
import { productTitle } from '../utils/product-title';
import { isNoShopError, NoShopNotice } from './no-shop-notice';
import { PageLinks } from './page-links';
import { SellerNav } from './seller-nav';
import { ListingBadge, StockText } from './product-status';

export const DASHBOARD_PATH = '/seller';

type VisibleFilter = '' | 'true' | 'false';

function readFilters(params: URLSearchParams) {
  const page = Number(params.get('page'));
  const visible = params.get('visible');
  return {
    page: Number.isInteger(page) && page > 0 ? page : 1,
    q: (params.get('q') ?? '').trim(),
    visible: (visible === 'true' || visible === 'false' ? visible : '') as VisibleFilter,
  };
}

function ProductRow({ product }: { product: SellerProduct }) {
  const { t, language } = useSellerTexts();
  const title = productTitle(product.title, language);
  const image = product.images[0];
  return (
    <li className="seller-row" data-testid="seller-product-row">
      <div className="seller-row__media">
        {image ? (
          <img
            src={image.thumbUrl}
            width={image.thumbWidth}
            height={image.thumbHeight}
            alt=""
            loading="lazy"
            decoding="async"
          />
        ) : (
          <span className="seller-row__no-photo">{t('dashboard.noPhoto')}</span>
        )}
      </div>
      <div className="seller-row__body">
        <h3 className="seller-row__title">
          <Link
            to={`/seller/products/${encodeURIComponent(product.id)}`}
            lang={title?.lang}
            dir={title?.lang ? textDirection(title.lang) : undefined}
          >
            {title?.text ?? t('dashboard.untitled')}
          </Link>
        </h3>
        <p className="seller-row__meta">
          <Money value={product.price} className="seller-row__price" />
          <StockText product={product} />
        </p>
      </div>
      <ListingBadge product={product} />
    </li>
  );
}

/** The search form keeps its own text until submitted; a new URL query starts it afresh. */
function SearchForm({ q, onSearch }: { q: string; onSearch: (q: string) => void }) {
  const { t } = useSellerTexts();
  const id = useId();
  const [text, setText] = useState(q);
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSearch(text.trim());
  }
  return (
    <form role="search" className="seller-search" onSubmit={submit}>
      <label htmlFor={id} className="field__label">
        {t('dashboard.searchLabel')}
      </label>
      <div className="seller-search__row">
        <input
          id={id}
          type="search"
          className="field__control"
          value={text}
          maxLength={100}
          onChange={(event) => setText(event.target.value)}
        />
        <button type="submit" className="button button--ghost">
          {t('dashboard.searchSubmit')}
        </button>
      </div>
    </form>
  );
}

export function SellerDashboard() {
  const { t } = useSellerTexts();
  useDocumentTitle(t('meta.dashboardTitle'));
  const headingId = useId();
  const filterId = useId();
  const searchParams = useSearchParams();
  const [, navigate] = useLocation();
  const search = searchParams.toString();
  const filters = useMemo(() => readFilters(new URLSearchParams(search)), [search]);
  const query = useMemo<SellerProductListQuery>(
    () => ({
      page: filters.page,
      limit: SELLER_PRODUCTS_PAGE_SIZE,
      q: filters.q || undefined,
      visible: filters.visible === '' ? undefined : filters.visible === 'true',
    }),
    [filters],
  );
  const products = useSellerProducts(query);
  const shop = useMyShop();
  const [flash] = useState(peekFlash);
  useEffect(() => clearFlash(), []);

  function update(changes: { q?: string; visible?: VisibleFilter }) {
    const params = new URLSearchParams(searchParams);
    params.delete('page');
    for (const [key, value] of Object.entries(changes)) {
      if (value) params.set(key, value);
      else params.delete(key);
    }
    navigate(withSearch(DASHBOARD_PATH, params));
  }

  if (products.isError && isNoShopError(products.error)) {
    return (
      <div className="container seller-page">
        <SellerNav current="products" />
        <NoShopNotice error={products.error} />
      </div>
    );
  }

  const data = products.data;
  const pages = data ? pageCount(data.total, data.limit) : 0;
  const filtered = filters.q !== '' || filters.visible !== '';
  const shopSlug = shop.data?.shopSlug;

  let results;
  if (data) {
    results = (
      <>
        <h2 className="seller-count" id={headingId}>
          {t('dashboard.count', { count: data.total })}
        </h2>
        {data.items.length > 0 ? (
          <>
            <ul
              className="seller-rows"
              aria-labelledby={headingId}
              aria-busy={products.isPlaceholderData || undefined}
            >
              {data.items.map((product) => (
                <ProductRow key={product.id} product={product} />
              ))}
            </ul>
            <PageLinks pathname={DASHBOARD_PATH} page={data.page} pageCount={pages} />
          </>
        ) : (
          <EmptyResults
            filtered={filtered}
            total={data.total}
            path={DASHBOARD_PATH}
            texts={{
              emptyFiltered: t('dashboard.emptyFiltered'),
              clearFilters: t('dashboard.clearFilters'),
              firstPage: t('dashboard.firstPage'),
              empty: t('dashboard.empty'),
            }}
          />
        )}
      </>
    );
  } else if (products.isError && !products.isFetching) {
    results = <QueryError error={products.error} onRetry={() => void products.refetch()} />;
  } else {
    results = <LoadingStatus />;
  }

  return (
    <div className="container seller-page">
      <SellerNav current="products" />
      <header className="seller-heading">
        <div>
          <h1 className="seller-heading__title">{t('dashboard.title')}</h1>
          {shop.data ? (
            <p className="seller-heading__shop">{t('dashboard.shop', { name: shop.data.name })}</p>
          ) : null}
          <p className="seller-heading__intro">{t('dashboard.intro')}</p>
        </div>
        <div className="seller-heading__actions">
          <Link
            to="/seller/products/new"
            className="button button--primary"
            data-testid="new-product"
          >
            {t('dashboard.newProduct')}
          </Link>
          {shopSlug ? (
            <Link to={`/sellers/${encodeURIComponent(shopSlug)}`} className="button button--ghost">
              {t('dashboard.viewShop')}
            </Link>
          ) : null}
        </div>
      </header>

      <div role="status" className="seller-flash">
        {flash === 'deleted' ? <p>{t('dashboard.deleted')}</p> : null}
      </div>

      <div className="seller-toolbar">
        <SearchForm key={filters.q} q={filters.q} onSearch={(q) => update({ q })} />
        <div className="field">
          <label htmlFor={filterId} className="field__label">
            {t('dashboard.filterLabel')}
          </label>
          <select
            id={filterId}
            className="field__control"
            value={filters.visible}
            onChange={(event) => update({ visible: event.target.value as VisibleFilter })}
          >
            <option value="">{t('dashboard.filterAll')}</option>
            <option value="true">{t('dashboard.filterVisible')}</option>
            <option value="false">{t('dashboard.filterHidden')}</option>
          </select>
        </div>
      </div>

      <section className="seller-results" aria-busy={products.isFetching || undefined}>
        {products.isPlaceholderData ? <LoadingStatus /> : null}
        {results}
      </section>
    </div>
  );
}
