import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Link, useLocation } from 'wouter';
import { isApiError } from '@/lib/api-client';
import { LoadingStatus } from '@/components/ui/loading-status';
import { QueryError } from '@/components/ui/query-error';
import { useSearchParams, withSearch } from '@/lib/search-params';
import { useHideProduct } from '../api/hide-product';
import { useProductSearch } from '../api/search-products';
import { useChamberTexts } from '../i18n';
import { errorKind, errorMessage, fieldsInError } from '../utils/api-errors';
import { ReasonForm } from './reason-form';

export const MODERATION_PATH = '/chamber/moderation';

/** Finds a product on the storefront and hides it, with the reason the seller will read. */
export function ProductSearch({ q }: { q: string }) {
  const { t } = useChamberTexts();
  const searchId = useId();
  const headingId = useId();
  const searchParams = useSearchParams();
  const [, navigate] = useLocation();
  const results = useProductSearch(q);
  const hide = useHideProduct();
  const [open, setOpen] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const focusAfterRender = useRef<string | null>(null);

  useEffect(() => {
    if (focusAfterRender.current === null) return;
    document.getElementById(focusAfterRender.current)?.focus();
    focusAfterRender.current = null;
  });

  function onSearch(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const value = new FormData(event.currentTarget).get('q');
    const next = new URLSearchParams(searchParams);
    const text = typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : '';
    if (text) next.set('q', text);
    else next.delete('q');
    setOpen(null);
    navigate(withSearch(MODERATION_PATH, next));
  }

  const hideButtonId = (productId: string) => `${headingId}-hide-${productId}`;
  const refused = isApiError(hide.error) && fieldsInError(hide.error).has('reason');
  let message: string | null = null;
  if (hide.error && !refused) {
    if (isApiError(hide.error) && hide.error.status === 409) message = t('moderation.conflict');
    else {
      const kind = errorKind(hide.error);
      message =
        kind === 'other'
          ? t('errors.generic', { message: errorMessage(hide.error) })
          : t(`errors.${kind}`);
    }
  }

  let body = null;
  if (q && results.data) {
    const items = results.data.items;
    body = (
      <>
        <p className="moderation__count" role="status">
          {t('moderation.results', { count: results.data.total })}
        </p>
        <ul className="moderation-list">
          {items.map((product) => (
            <li key={product.id} className="moderation-item" data-testid="moderation-result">
              <div className="moderation-item__info">
                <Link
                  to={`/products/${encodeURIComponent(product.slug)}`}
                  className="moderation-item__title"
                >
                  {product.title}
                </Link>
                <p className="moderation-item__meta">
                  {t('moderation.by', { name: product.seller.name })}
                </p>
              </div>
              {open === product.id ? (
                <ReasonForm
                  label={t('moderation.hideReason')}
                  hint={t('moderation.hideHint')}
                  confirmLabel={t('moderation.confirmHide')}
                  pendingLabel={t('moderation.sending')}
                  cancelLabel={t('moderation.cancel')}
                  invalidMessage={t('moderation.reasonRequired')}
                  refused={refused}
                  pending={hide.isPending}
                  reasonTestId="hide-reason"
                  confirmTestId="confirm-hide"
                  onConfirm={(reason) =>
                    hide.mutate(
                      { id: product.id, reason },
                      {
                        onSuccess: () => {
                          setOpen(null);
                          setDone(product.title);
                          focusAfterRender.current = searchId;
                        },
                      },
                    )
                  }
                  onCancel={() => {
                    setOpen(null);
                    focusAfterRender.current = hideButtonId(product.id);
                  }}
                />
              ) : (
                <button
                  type="button"
                  id={hideButtonId(product.id)}
                  className="button button--danger-outline"
                  data-testid="hide-button"
                  aria-label={t('moderation.hideLabel', { title: product.title })}
                  onClick={() => {
                    hide.reset();
                    setDone(null);
                    setOpen(product.id);
                  }}
                >
                  {t('moderation.hide')}
                </button>
              )}
            </li>
          ))}
        </ul>
      </>
    );
  } else if (q && results.isError) {
    body = <QueryError error={results.error} onRetry={() => void results.refetch()} />;
  } else if (q) {
    body = <LoadingStatus />;
  }

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('moderation.searchTitle')}</h2>
      <form role="search" className="search-form" onSubmit={onSearch}>
        <label htmlFor={searchId} className="field__label">
          {t('moderation.search')}
        </label>
        <div className="search-row">
          <input
            key={q}
            id={searchId}
            name="q"
            type="search"
            className="field__control"
            maxLength={100}
            defaultValue={q}
            data-testid="moderation-search"
          />
          <button type="submit" className="button button--primary">
            {t('moderation.searchButton')}
          </button>
        </div>
      </form>
      {message ? (
        <p role="alert" className="decision__error">
          {message}
        </p>
      ) : null}
      <p role="status" className="decision__done">
        {done ? t('moderation.hidden', { title: done }) : ''}
      </p>
      {body}
    </section>
  );
}
