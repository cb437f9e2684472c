import { useId, useMemo } from 'react';
import { Link } from 'wouter';
import { pageCount, type LedgerEntry } from '@hirfa/shared';
import { Money } from '@/components/money';
import { LoadingStatus } from '@/components/ui/loading-status';
import { QueryError } from '@/components/ui/query-error';
import { SlottedText } from '@/components/ui/slotted-text';
import { useSearchParams } from '@/lib/search-params';
import { useDocumentTitle } from '@/lib/use-document-title';
import { SELLER_LEDGER_PAGE_SIZE, useSellerLedger } from '../api/get-seller-ledger';
import { useSellerTexts } from '../i18n';
import { formatDate } from '../utils/format-date';
import { isNoShopError, NoShopNotice } from './no-shop-notice';
import { OrderNumber } from './order-status-badge';
import { PageLinks } from './page-links';
import { SELLER_PATHS, SellerNav } from './seller-nav';

const BALANCE_PATH = SELLER_PATHS.balance;

function readPage(params: URLSearchParams): number {
  const page = Number(params.get('page'));
  return Number.isInteger(page) && page > 0 ? page : 1;
}

function LedgerLine({ entry }: { entry: LedgerEntry }) {
  const { t, language } = useSellerTexts();
  const credit = entry.amount.amount >= 0;
  return (
    <li className="ledger-line" data-testid="ledger-line" data-kind={entry.kind}>
      <div className="ledger-line__head">
        <span className="ledger-line__kind">{t(`ledgerKind.${entry.kind}`)}</span>
        <span
          className={
            credit ? 'ledger-line__amount' : 'ledger-line__amount ledger-line__amount--debit'
          }
        >
          <Money value={entry.amount} />
          <span className="visually-hidden">
            {' '}
            ({credit ? t('balance.credit') : t('balance.debit')})
          </span>
        </span>
      </div>
      <p className="ledger-line__meta">
        <time dateTime={entry.createdAt}>{formatDate(entry.createdAt, language)}</time>
        {entry.orderNumber ? (
          <span>
            <SlottedText
              text={t('balance.order')}
              slots={{ number: <OrderNumber number={entry.orderNumber} /> }}
            />
          </span>
        ) : null}
        {entry.memberName ? (
          <span>
            <SlottedText
              text={t('balance.member')}
              slots={{ name: <bdi>{entry.memberName}</bdi> }}
            />
          </span>
        ) : null}
      </p>
      {entry.description ? (
        <p className="ledger-line__description" dir="auto">
          {entry.description}
        </p>
      ) : null}
    </li>
  );
}

export function SellerBalancePage() {
  const { t } = useSellerTexts();
  useDocumentTitle(t('meta.balanceTitle'));
  const headingId = useId();
  const searchParams = useSearchParams();
  const page = readPage(searchParams);
  const query = useMemo(() => ({ page, limit: SELLER_LEDGER_PAGE_SIZE }), [page]);
  const ledger = useSellerLedger(query);

  if (ledger.isError && isNoShopError(ledger.error)) {
    return (
      <div className="container seller-page">
        <SellerNav current="balance" />
        <NoShopNotice error={ledger.error} />
      </div>
    );
  }

  const data = ledger.data;
  let content;
  if (data) {
    content = (
      <>
        <dl className="ledger-balance">
          <dt className="ledger-balance__label">{t('balance.label')}</dt>
          <dd className="ledger-balance__amount" data-testid="ledger-balance">
            <Money value={data.balance} />
          </dd>
        </dl>
        <ul className="ledger-split">
          <li className="ledger-split__part" data-testid="ledger-available">
            <span className="ledger-split__label">{t('balance.available')}</span>{' '}
            <Money value={data.available} />
          </li>
          <li className="ledger-split__part" data-testid="ledger-pending">
            <span className="ledger-split__label">{t('balance.pending')}</span>{' '}
            <Money value={data.pending} />
          </li>
        </ul>
        <p className="ledger-split__hint">{t('balance.holdHint', { count: data.holdDays })}</p>
        <section className="seller-results" aria-labelledby={headingId}>
          <h2 className="ledger-title" id={headingId}>
            {t('balance.linesTitle')}
          </h2>
          <p className="seller-count">{t('balance.count', { count: data.total })}</p>
          {data.items.length > 0 ? (
            <>
              <ul className="ledger-lines" aria-busy={ledger.isPlaceholderData || undefined}>
                {data.items.map((entry) => (
                  <LedgerLine key={entry.id} entry={entry} />
                ))}
              </ul>
              <PageLinks
                pathname={BALANCE_PATH}
                page={data.page}
                pageCount={pageCount(data.total, data.limit)}
              />
            </>
          ) : data.total > 0 ? (
            <div className="empty-state">
              <Link to={BALANCE_PATH}>{t('balance.firstPage')}</Link>
            </div>
          ) : (
            <p className="empty-state">{t('balance.empty')}</p>
          )}
        </section>
      </>
    );
  } else if (ledger.isError && !ledger.isFetching) {
    content = <QueryError error={ledger.error} onRetry={() => void ledger.refetch()} />;
  } else {
    content = <LoadingStatus />;
  }

  return (
    <div className="container seller-page">
      <SellerNav current="balance" />
      <header className="seller-heading">
        <div>
          <h1 className="seller-heading__title">{t('balance.title')}</h1>
          <p className="seller-heading__intro">{t('balance.intro')}</p>
        </div>
      </header>
      <div aria-busy={ledger.isFetching || undefined}>
        {ledger.isPlaceholderData ? <LoadingStatus /> : null}
        {content}
      </div>
    </div>
  );
}
