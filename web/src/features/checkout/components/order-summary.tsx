import { useId } from 'react';
import type { Cart, Money as MoneyValue } from '@hirfa/shared';
import { Money } from '@/components/money';
import { useCheckoutTexts } from '../i18n';

interface OrderSummaryProps {
  cart: Cart;
  /** Prices shipping for Morocco or for abroad, as the chosen country says. */
  domestic: boolean;
}

function Shipping({ value }: { value: MoneyValue }) {
  const { t } = useCheckoutTexts();
  return value.amount === 0 ? <>{t('summary.free')}</> : <Money value={value} />;
}

/** What the shopper is about to buy, with the shipping of the chosen destination. */
export function OrderSummary({ cart, domestic }: OrderSummaryProps) {
  const { t, language } = useCheckoutTexts();
  const headingId = useId();
  const lines = new Map(cart.lines.map((line) => [line.id, line]));
  const destination = domestic ? cart.totals.morocco : cart.totals.international;
  const shippingLabel = domestic ? t('summary.shippingMorocco') : t('summary.shippingAbroad');

  return (
    <section
      className="checkout-summary"
      aria-labelledby={headingId}
      data-testid="checkout-summary"
    >
      <h2 id={headingId}>{t('summary.title')}</h2>
      {cart.groups.map((group) => (
        <div key={group.seller.slug} className="checkout-summary__group">
          <h3 className="checkout-summary__seller">
            {t('summary.soldBy', { name: group.seller.name })}
          </h3>
          <ul className="checkout-summary__lines">
            {group.lineIds.map((lineId) => {
              const line = lines.get(lineId);
              if (!line) return null;
              return (
                <li key={line.id} className="checkout-summary__row">
                  <span
                    lang={line.product.language !== language ? line.product.language : undefined}
                  >
                    {t('summary.line', { title: line.product.title, quantity: line.quantity })}
                  </span>
                  <Money value={line.lineTotal} />
                </li>
              );
            })}
            <li className="checkout-summary__row checkout-summary__row--muted">
              <span>{shippingLabel}</span>
              <Shipping value={domestic ? group.shipping.morocco : group.shipping.international} />
            </li>
          </ul>
        </div>
      ))}
      <dl className="checkout-summary__totals">
        <div className="checkout-summary__row">
          <dt>{t('summary.items')}</dt>
          <dd>
            <Money value={cart.subtotal} />
          </dd>
        </div>
        <div className="checkout-summary__row">
          <dt>{shippingLabel}</dt>
          <dd data-testid="checkout-shipping">
            <Shipping value={destination.shipping} />
          </dd>
        </div>
        <div className="checkout-summary__row checkout-summary__row--total">
          <dt>{t('summary.total')}</dt>
          <dd data-testid="checkout-total">
            <Money value={destination.total} />
          </dd>
        </div>
      </dl>
      {cart.groups.length > 1 ? (
        <p className="checkout-summary__note">
          {t('summary.sellersNote', { count: cart.groups.length })}
        </p>
      ) : null}
    </section>
  );
}
