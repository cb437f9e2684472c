import { useId, useState } from 'react';
import { Link } from 'wouter';
import { pageCount } from '@hirfa/shared';
import { LoadingStatus } from '@/components/ui/loading-status';
import { QueryError } from '@/components/ui/query-error';
import { isApiError } from '@/lib/api-client';
import { useSearchParams, withSearch } from '@/lib/search-params';
import { useHiddenProducts } from '../api/get-hidden-products';
import { useRestoreProduct } from '../api/restore-product';
import { useChamberTexts } from '../i18n';
import { errorKind, errorMessage } from '../utils/api-errors';
import { formatMoment } from '../utils/dates';
import { Pager } from './pager';
import { MODERATION_PATH } from './product-search';

/** The products the chamber has hidden, each with its reason and a way to restore it. */
export function HiddenProducts({ page }: { page: number }) {
  const { t, language } = useChamberTexts();
  const headingId = useId();
  const searchParams = useSearchParams();
  const hidden = useHiddenProducts(page);
  const restore = useRestoreProduct();
  const [done, setDone] = useState<string | null>(null);

  let message: string | null = null;
  if (restore.error) {
    if (isApiError(restore.error) && restore.error.status === 409) {
      message = t('moderation.conflict');
    } else {
      const kind = errorKind(restore.error);
      message =
        kind === 'other'
          ? t('errors.generic', { message: errorMessage(restore.error) })
          : t(`errors.${kind}`);
    }
  }

  const hrefFor = (target: number) => {
    const next = new URLSearchParams(searchParams);
    if (target <= 1) next.delete('page');
    else next.set('page', String(target));
    return withSearch(MODERATION_PATH, next);
  };

  let body;
  if (hidden.data) {
    const data = hidden.data;
    body =
      data.items.length === 0 ? (
        <p className="empty-state">{t('moderation.hiddenEmpty')}</p>
      ) : (
        <>
          <ul className="moderation-list" aria-busy={hidden.isPlaceholderData || undefined}>
            {data.items.map((product) => (
              <li key={product.id} className="moderation-item" data-testid="hidden-product">
                <div className="moderation-item__info">
                  <p className="moderation-item__title">{product.title}</p>
                  <p className="moderation-item__meta">
                    {product.seller.slug ? (
                      <Link to={`/sellers/${encodeURIComponent(product.seller.slug)}`}>
                        {t('moderation.seller', { name: product.seller.name })}
                      </Link>
                    ) : (
                      t('moderation.seller', { name: product.seller.name })
                    )}
                  </p>
                  {product.moderation.at ? (
                    <p className="moderation-item__meta">
                      {t('moderation.hiddenOn', {
                        date: formatMoment(product.moderation.at, language),
                      })}
                    </p>
                  ) : null}
                  {product.moderation.reason ? (
                    <p className="moderation-item__reason">
                      {t('moderation.reason', { reason: product.moderation.reason })}
                    </p>
                  ) : null}
                </div>
                <button
                  type="button"
                  className="button"
                  data-testid="restore-button"
                  aria-label={t('moderation.restoreLabel', { title: product.title })}
                  disabled={restore.isPending}
                  onClick={() => {
                    setDone(null);
                    restore.mutate(
                      { id: product.id },
                      {
                        onSuccess: () => {
                          setDone(product.title);
                          document.getElementById(headingId)?.focus();
                        },
                      },
                    );
                  }}
                >
                  {t('moderation.restore')}
                </button>
              </li>
            ))}
          </ul>
          <Pager
            page={data.page}
            pageCount={pageCount(data.total, data.limit)}
            label={t('moderation.hiddenTitle')}
            hrefFor={hrefFor}
          />
        </>
      );
  } else if (hidden.isError) {
    body = <QueryError error={hidden.error} onRetry={() => void hidden.refetch()} />;
  } else {
    body = <LoadingStatus />;
  }

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId} tabIndex={-1}>
        {t('moderation.hiddenTitle')}
      </h2>
      {message ? (
        <p role="alert" className="decision__error">
          {message}
        </p>
      ) : null}
      <p role="status" className="decision__done">
        {done ? t('moderation.restored', { title: done }) : ''}
      </p>
      {body}
    </section>
  );
}
