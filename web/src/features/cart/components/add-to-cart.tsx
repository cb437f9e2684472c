import '../cart.css';
import { useId, useState, type FormEvent } from 'react';
import { Link } from 'wouter';
import { useSession } from '@/lib/auth';
import { hasCartHint, useCurrentCart } from '@/lib/cart';
import { rateLimitWait } from '@/lib/rate-limit';
import { useAddCartItem } from '../api/add-cart-item';
import { useCartTexts } from '../i18n';
import { errorKind, errorMessage, httpStatus } from '../utils/api-errors';

interface AddToCartProps {
  productId: string;
  stock: number;
}

/** The product page's quantity and "add to cart" button, with what happened after a click. */
export function AddToCart({ productId, stock }: AddToCartProps) {
  const { t } = useCartTexts();
  const id = useId();
  const { user } = useSession();
  // Only a cart that already exists is read here: looking at a product never opens one.
  const { query: cart } = useCurrentCart({ enabled: user !== null || hasCartHint() });
  const add = useAddCartItem();
  const [quantity, setQuantity] = useState('1');
  const [invalid, setInvalid] = useState(false);
  const [added, setAdded] = useState<number | null>(null);

  const inCart = cart.data?.lines.find((line) => line.product.id === productId)?.quantity ?? 0;
  const max = Math.max(stock - inCart, 0);
  const quantityId = `${id}-quantity`;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;

  if (stock <= 0) {
    return (
      <div className="add-to-cart">
        <button
          type="button"
          className="button button--primary add-to-cart__submit"
          data-testid="add-to-cart"
          disabled
          aria-describedby={hintId}
        >
          {t('add.submit')}
        </button>
        <p id={hintId} className="add-to-cart__note">
          {t('add.soldOut')}
        </p>
      </div>
    );
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (add.isPending) return;
    const wanted = stock === 1 ? 1 : Number(quantity);
    if (!Number.isInteger(wanted) || wanted < 1 || wanted > max) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    setAdded(null);
    add.mutate(
      { productId, quantity: wanted },
      {
        onSuccess: () => {
          setAdded(wanted);
          setQuantity('1');
        },
      },
    );
  }

  let error: string | null = null;
  if (invalid) {
    error = t('add.quantityInvalid', { max });
  } else if (add.error) {
    const status = httpStatus(add.error);
    const wait = rateLimitWait(add.error);
    if (wait) {
      error = t(`errors.rateLimited${wait.unit}`, wait.values);
    } else if (status === 409) {
      error =
        inCart > 0 ? t('add.notEnough', { stock, inCart }) : t('add.notEnoughNone', { stock });
    } else if (status === 404) {
      error = t('add.notForSale');
    } else if (status === 422) {
      error = t('add.cartFull');
    } else if (status === 400) {
      error = t('add.quantityInvalid', { max });
    } else {
      const kind = errorKind(add.error);
      error =
        kind === 'other'
          ? t('errors.generic', { message: errorMessage(add.error) })
          : t(`errors.${kind}`);
    }
  }

  const describedBy = [stock > 1 ? hintId : null, error ? errorId : null].filter(Boolean).join(' ');

  return (
    <form className="add-to-cart" noValidate onSubmit={onSubmit}>
      {stock > 1 && max > 0 ? (
        <div
          className={
            invalid ? 'field field--invalid add-to-cart__quantity' : 'field add-to-cart__quantity'
          }
        >
          <label htmlFor={quantityId} className="field__label">
            {t('add.quantity')}
          </label>
          <input
            id={quantityId}
            className="field__control"
            data-testid="add-to-cart-quantity"
            type="number"
            inputMode="numeric"
            min={1}
            max={max}
            step={1}
            required
            value={quantity}
            aria-invalid={invalid || undefined}
            aria-describedby={describedBy || undefined}
            onChange={(event) => setQuantity(event.target.value)}
          />
          <p id={hintId} className="add-to-cart__note">
            {t('add.quantityHint', { stock })}
            {inCart > 0 ? ` ${t('add.inCart', { count: inCart })}` : null}
          </p>
        </div>
      ) : null}
      {max > 0 ? (
        <button
          type="submit"
          className="button button--primary add-to-cart__submit"
          data-testid="add-to-cart"
          disabled={add.isPending}
          aria-describedby={stock > 1 ? undefined : error ? errorId : undefined}
        >
          {add.isPending ? t('add.adding') : t('add.submit')}
        </button>
      ) : (
        <>
          <button
            type="button"
            className="button button--primary add-to-cart__submit"
            data-testid="add-to-cart"
            disabled
            aria-describedby={hintId}
          >
            {t('add.submit')}
          </button>
          <p id={hintId} className="add-to-cart__note">
            {t('add.allInCart')} <Link to="/cart">{t('add.viewCart')}</Link>
          </p>
        </>
      )}
      {error ? (
        <p id={errorId} className="add-to-cart__error" role="alert">
          {error}
        </p>
      ) : null}
      <div role="status" className="add-to-cart__feedback" data-testid="add-to-cart-feedback">
        {added !== null ? (
          <p>
            {t('add.added', { count: added })} <Link to="/cart">{t('add.viewCart')}</Link>
          </p>
        ) : null}
      </div>
    </form>
  );
}
