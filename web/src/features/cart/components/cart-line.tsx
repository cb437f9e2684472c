import { useId, useState, type FormEvent } from 'react';
import { Link } from 'wouter';
import type { CartLine as CartLineData } from '@hirfa/shared';
import { Money } from '@/components/money';
import { SlottedText } from '@/components/ui/slotted-text';
import { useCartTexts } from '../i18n';

interface CartLineProps {
  line: CartLineData;
  /** Lines near the top are on screen at once; the others load their thumbnail lazily. */
  eager: boolean;
  busy: boolean;
  error: string | null;
  onUpdate: (quantity: number) => void;
  onRemove: () => void;
  /** A quantity the shopper typed that cannot be sent. */
  onInvalid: (message: string) => void;
}

export function CartLine({
  line,
  eager,
  busy,
  error,
  onUpdate,
  onRemove,
  onInvalid,
}: CartLineProps) {
  const { t, language } = useCartTexts();
  const id = useId();
  const { product, availability } = line;
  const [draft, setDraft] = useState(String(line.quantity));
  const [shown, setShown] = useState(line.quantity);
  // The server's quantity wins whenever it changes (after an update, or a reload).
  if (shown !== line.quantity) {
    setShown(line.quantity);
    setDraft(String(line.quantity));
  }

  const max = Math.max(availability.stock, 1);
  const quantityId = `${id}-quantity`;
  const problemId = `${id}-problem`;
  const errorId = `${id}-error`;
  const titleLang = product.language !== language ? product.language : undefined;

  let problem: string | null = null;
  if (availability.problem === 'unavailable') problem = t('cart.unavailable');
  else if (availability.problem === 'insufficient_stock') {
    problem = t('cart.insufficientStock', { count: availability.stock });
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const quantity = Number(draft);
    if (!Number.isInteger(quantity) || quantity < 1 || quantity > max) {
      onInvalid(t('cart.quantityInvalid', { max }));
      return;
    }
    onUpdate(quantity);
  }

  const describedBy = [problem ? problemId : null, error ? errorId : null].filter(Boolean);

  return (
    <li
      className={problem ? 'cart-line cart-line--problem' : 'cart-line'}
      data-testid="cart-line"
      data-product={product.slug}
    >
      {product.thumbUrl ? (
        <img
          className="cart-line__thumb"
          src={product.thumbUrl}
          alt=""
          width={72}
          height={72}
          loading={eager ? 'eager' : 'lazy'}
          decoding="async"
        />
      ) : (
        <span className="cart-line__thumb cart-line__thumb--empty" aria-hidden="true" />
      )}
      <div className="cart-line__body">
        <p className="cart-line__title">
          <Link to={`/products/${product.slug}`} lang={titleLang}>
            {product.title}
          </Link>
        </p>
        <p className="cart-line__price">
          <SlottedText
            text={t('cart.unitPrice')}
            slots={{ price: <Money value={line.unitPrice} /> }}
          />
        </p>
        <p className="cart-line__total">
          <SlottedText
            text={t('cart.lineTotal')}
            slots={{ price: <Money value={line.lineTotal} /> }}
          />
        </p>
        {problem ? (
          <p id={problemId} className="cart-line__problem">
            {problem}
          </p>
        ) : null}
      </div>
      <div className="cart-line__actions">
        {availability.problem === 'unavailable' ? null : (
          <form className="cart-line__quantity" noValidate onSubmit={onSubmit}>
            <label htmlFor={quantityId} className="field__label">
              {t('cart.quantity')}
            </label>
            <input
              id={quantityId}
              className="field__control cart-line__input"
              data-testid="cart-quantity"
              type="number"
              inputMode="numeric"
              min={1}
              max={max}
              step={1}
              value={draft}
              aria-invalid={error ? true : undefined}
              aria-describedby={describedBy.join(' ') || undefined}
              onChange={(event) => setDraft(event.target.value)}
            />
            <button
              type="submit"
              className="button button--ghost"
              data-testid="cart-update"
              aria-label={t('cart.updateLabel', { title: product.title })}
              disabled={busy}
            >
              {t('cart.update')}
            </button>
          </form>
        )}
        <button
          type="button"
          className="button button--ghost cart-line__remove"
          data-testid="cart-remove"
          aria-label={t('cart.removeLabel', { title: product.title })}
          disabled={busy}
          onClick={onRemove}
        >
          {t('cart.remove')}
        </button>
      </div>
      {error ? (
        <p id={errorId} className="cart-line__error" role="alert">
          {error}
        </p>
      ) : null}
    </li>
  );
}
