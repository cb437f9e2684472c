import '../checkout.css';
import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { LoadingStatus } from '@/components/ui/loading-status';
import { QueryError } from '@/components/ui/query-error';
import { SlottedText } from '@/components/ui/slotted-text';
import { isApiError } from '@/lib/api-client';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useCheckoutSession, type PollOptions } from '../api/get-checkout-session';
import { useCheckoutTexts } from '../i18n';
import { OrderNumber } from './order-number';

const DEFAULT_POLL: PollOptions = { interval: 2000, maxAnswers: 5 };

interface CheckoutSuccessProps {
  /** Stripe's `session_id`, from the address it sends the buyer back to. */
  sessionId: string;
  poll?: PollOptions;
}

function Notice({ title, text, children }: { title: string; text: string; children?: ReactNode }) {
  return (
    <div className="container notice checkout-result">
      <h1>{title}</h1>
      <p>{text}</p>
      {children}
    </div>
  );
}

/** Where Stripe sends the buyer after paying: settles the payment, then shows the order. */
export function CheckoutSuccess({ sessionId, poll = DEFAULT_POLL }: CheckoutSuccessProps) {
  const { t } = useCheckoutTexts();
  const { query: session, waiting } = useCheckoutSession(sessionId, poll);
  const result = session.data;
  const status = waiting ? undefined : result?.paymentStatus;
  const notFound = session.isError && isApiError(session.error) && session.error.isNotFound;
  useDocumentTitle(
    status === 'paid' || status === 'cash_on_delivery'
      ? t('success.title')
      : status === 'failed' || status === 'expired'
        ? t('success.failedTitle')
        : t('success.checking'),
  );

  if (!sessionId) {
    return (
      <Notice title={t('success.missingTitle')} text={t('success.missingText')}>
        <Link to="/" className="button button--primary">
          {t('success.home')}
        </Link>
      </Notice>
    );
  }
  if (notFound) {
    return (
      <Notice title={t('success.notFoundTitle')} text={t('success.notFoundText')}>
        <Link to="/" className="button button--primary">
          {t('success.home')}
        </Link>
      </Notice>
    );
  }
  if (!result || waiting) {
    return (
      <div className="container checkout-result">
        {session.isError && !session.isFetching ? (
          <QueryError error={session.error} onRetry={() => void session.refetch()} />
        ) : (
          <LoadingStatus label={t('success.checking')} />
        )}
      </div>
    );
  }

  const orderLink = (
    <p className="checkout-result__actions">
      <Link
        to={`/orders/${result.orderId}`}
        className="button button--primary"
        data-testid="view-order"
      >
        <SlottedText
          text={t('success.viewOrder')}
          slots={{ number: <bdi dir="ltr">{result.orderNumber}</bdi> }}
        />
      </Link>
      <Link to="/products">{t('success.continue')}</Link>
    </p>
  );
  const number = (
    <p className="checkout-result__number">
      <OrderNumber text={t('success.orderNumber')} number={result.orderNumber} />
    </p>
  );

  if (status === 'paid' || status === 'cash_on_delivery') {
    return (
      <div className="container notice checkout-result" data-testid="checkout-paid">
        <h1>{t('success.paidTitle')}</h1>
        {number}
        <p>{t('success.paidText')}</p>
        {orderLink}
      </div>
    );
  }
  if (status === 'awaiting_payment') {
    return (
      <div className="container notice checkout-result" data-testid="checkout-pending">
        <h1>{t('success.pendingTitle')}</h1>
        {number}
        <p>{t('success.pendingText')}</p>
        {orderLink}
      </div>
    );
  }
  return (
    <div className="container notice checkout-result" data-testid="checkout-failed">
      <h1>{t('success.failedTitle')}</h1>
      {number}
      <p>{t('success.failedText')}</p>
      {orderLink}
    </div>
  );
}
