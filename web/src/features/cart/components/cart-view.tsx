import '../cart.css';
import { useId, useRef, useState } from 'react';
import { Link } from 'wouter';
import type { Cart, CartLine as CartLineData, Money as MoneyValue } from '@hirfa/shared';
import { Money } from '@/components/money';
import { LoadingStatus } from '@/components/ui/loading-status';
import { QueryError } from '@/components/ui/query-error';
import { SlottedText } from '@/components/ui/slotted-text';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useCart } from '../api/get-cart';
import { useRemoveCartItem } from '../api/remove-cart-item';
import { useUpdateCartItem } from '../api/update-cart-item';
import { useCartTexts } from '../i18n';
import { errorKind, errorMessage, httpStatus } from '../utils/api-errors';
import { CartLine } from './cart-line';

/** The first lines are on screen without scrolling, even on a phone. */
const EAGER_THUMBNAILS = 2;

/** What went wrong with one line: kept as the cause, worded against the line as it is now. */
type LineError = { kind: 'invalid'; message: string } | { kind: 'api'; error: unknown };

function Shipping({ value }: { value: MoneyValue }) {
  const { t } = useCartTexts();
  return value.amount === 0 ? <>{t('cart.free')}</> : <Money value={value} />;
}

function useLineErrorText() {
  const { t } = useCartTexts();
  return (line: CartLineData, problem: LineError): string => {
    if (problem.kind === 'invalid') return problem.message;
    const status = httpStatus(problem.error);
    if (status === 409) {
      return line.availability.problem === 'unavailable'
        ? t('cart.noLongerForSale')
        : t('cart.notEnough', { count: line.availability.stock });
    }
    if (status === 400) {
      return t('cart.quantityInvalid', { max: Math.max(line.availability.stock, 1) });
    }
    const kind = errorKind(problem.error);
    return kind === 'other'
      ? t('errors.generic', { message: errorMessage(problem.error) })
      : t(`errors.${kind}`);
  };
}

function CartSummary({ cart }: { cart: Cart }) {
  const { t } = useCartTexts();
  const headingId = useId();
  const noteId = useId();
  return (
    <section className="cart-summary" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('cart.summary')}</h2>
      <dl className="cart-summary__totals" data-testid="cart-total">
        <div className="cart-summary__row">
          <dt>{t('cart.itemCount', { count: cart.itemCount })}</dt>
          <dd>
            <Money value={cart.subtotal} />
          </dd>
        </div>
        <div className="cart-summary__row">
          <dt>{t('cart.shippingMorocco')}</dt>
          <dd>
            <Shipping value={cart.totals.morocco.shipping} />
          </dd>
        </div>
        <div className="cart-summary__row cart-summary__row--total">
          <dt>{t('cart.totalMorocco')}</dt>
          <dd data-testid="cart-total-morocco">
            <Money value={cart.totals.morocco.total} />
          </dd>
        </div>
        <div className="cart-summary__row">
          <dt>{t('cart.shippingAbroad')}</dt>
          <dd>
            <Shipping value={cart.totals.international.shipping} />
          </dd>
        </div>
        <div className="cart-summary__row cart-summary__row--total">
          <dt>{t('cart.totalAbroad')}</dt>
          <dd data-testid="cart-total-international">
            <Money value={cart.totals.international.total} />
          </dd>
        </div>
      </dl>
      <p className="cart-summary__note">{t('cart.shippingNote')}</p>
      {cart.readyForCheckout ? (
        <Link
          to="/checkout"
          className="button button--primary cart-summary__checkout"
          data-testid="go-to-checkout"
        >
          {t('cart.checkout')}
        </Link>
      ) : (
        <>
          <p id={noteId} className="cart-summary__blocked">
            {t('cart.notReady')}
          </p>
          <button
            type="button"
            className="button button--primary cart-summary__checkout"
            data-testid="go-to-checkout"
            disabled
            aria-describedby={noteId}
          >
            {t('cart.checkout')}
          </button>
        </>
      )}
    </section>
  );
}

function CartContents({ cart }: { cart: Cart }) {
  const { t } = useCartTexts();
  const { userId, language } = useCart();
  const update = useUpdateCartItem(userId, language);
  const remove = useRemoveCartItem(userId, language);
  const lineErrorText = useLineErrorText();
  const [errors, setErrors] = useState<Readonly<Record<string, LineError>>>({});
  const [announcement, setAnnouncement] = useState('');
  const [gone, setGone] = useState(false);
  const statusRef = useRef<HTMLParagraphElement>(null);
  const baseId = useId();
  const busyLine = update.isPending
    ? update.variables.itemId
    : remove.isPending
      ? remove.variables.itemId
      : null;

  function setLineError(lineId: string, problem: LineError | null) {
    setErrors((current) => {
      const next = { ...current };
      if (problem) next[lineId] = problem;
      else delete next[lineId];
      return next;
    });
  }

  function onFailure(lineId: string, error: unknown) {
    if (httpStatus(error) === 404) {
      setGone(true);
      setLineError(lineId, null);
    } else {
      setLineError(lineId, { kind: 'api', error });
    }
  }

  function onUpdate(line: CartLineData, quantity: number) {
    setLineError(line.id, null);
    setGone(false);
    setAnnouncement('');
    update.mutate(
      { cart, itemId: line.id, quantity },
      {
        onSuccess: () => setAnnouncement(t('cart.updated')),
        onError: (error) => onFailure(line.id, error),
      },
    );
  }

  function onRemove(line: CartLineData) {
    setLineError(line.id, null);
    setGone(false);
    setAnnouncement('');
    remove.mutate(
      { cart, itemId: line.id },
      {
        onSuccess: () => {
          setAnnouncement(t('cart.removed', { title: line.product.title }));
          // The button that had focus is gone: the message takes it, so nothing is lost.
          statusRef.current?.focus();
        },
        onError: (error) => onFailure(line.id, error),
      },
    );
  }

  const lines = new Map(cart.lines.map((line) => [line.id, line]));
  const position = new Map(cart.groups.flatMap((group) => group.lineIds).map((id, i) => [id, i]));

  return (
    <>
      <p ref={statusRef} role="status" tabIndex={-1} className="cart-page__status">
        {gone ? t('cart.gone') : announcement}
      </p>
      <div className="cart-page__layout">
        <div className="cart-groups">
          {cart.groups.map((group, groupIndex) => (
            <section
              key={group.seller.slug}
              className="cart-group"
              aria-labelledby={`${baseId}-seller-${groupIndex}`}
              data-testid="cart-group"
            >
              <h2 id={`${baseId}-seller-${groupIndex}`} className="cart-group__seller">
                <SlottedText
                  text={t('cart.soldBy')}
                  slots={{
                    name: <Link to={`/sellers/${group.seller.slug}`}>{group.seller.name}</Link>,
                  }}
                />{' '}
                <span className="cart-group__kind">{t(`cart.${group.seller.kind}`)}</span>
              </h2>
              <ul className="cart-group__lines">
                {group.lineIds.map((lineId) => {
                  const line = lines.get(lineId);
                  if (!line) return null;
                  const problem = errors[line.id];
                  return (
                    <CartLine
                      key={line.id}
                      line={line}
                      eager={(position.get(line.id) ?? 0) < EAGER_THUMBNAILS}
                      busy={busyLine === line.id}
                      error={problem ? lineErrorText(line, problem) : null}
                      onUpdate={(quantity) => onUpdate(line, quantity)}
                      onRemove={() => onRemove(line)}
                      onInvalid={(message) => setLineError(line.id, { kind: 'invalid', message })}
                    />
                  );
                })}
              </ul>
              <dl className="cart-group__totals">
                <div className="cart-summary__row">
                  <dt>{t('cart.subtotal')}</dt>
                  <dd>
                    <Money value={group.subtotal} />
                  </dd>
                </div>
                <div className="cart-summary__row">
                  <dt>{t('cart.shippingMorocco')}</dt>
                  <dd>
                    <Shipping value={group.shipping.morocco} />
                  </dd>
                </div>
                <div className="cart-summary__row">
                  <dt>{t('cart.shippingAbroad')}</dt>
                  <dd>
                    <Shipping value={group.shipping.international} />
                  </dd>
                </div>
              </dl>
            </section>
          ))}
        </div>
        <CartSummary cart={cart} />
      </div>
    </>
  );
}

/** The cart page: the shopper's pieces by seller, each seller's shipping, and the totals. */
export function CartView() {
  const { t } = useCartTexts();
  const { query } = useCart();
  useDocumentTitle(t('cart.title'));
  const cart = query.data;

  let content;
  if (cart && cart.lines.length > 0) {
    content = <CartContents cart={cart} />;
  } else if (cart) {
    content = (
      <div className="empty-state" data-testid="cart-empty">
        <p className="empty-state__title">{t('cart.empty')}</p>
        <p>{t('cart.emptyHint')}</p>
        <Link to="/products" className="button button--primary">
          {t('cart.browse')}
        </Link>
      </div>
    );
  } else if (query.isError && !query.isFetching) {
    content = <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  } else {
    content = <LoadingStatus />;
  }

  return (
    <div className="container cart-page">
      <h1>{t('cart.title')}</h1>
      {content}
    </div>
  );
}
