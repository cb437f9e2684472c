import type { CheckoutChanges, Money as MoneyValue } from '@hirfa/shared';
import { Money } from '@/components/money';
import { useCheckoutTexts } from '../i18n';

function Change({ from, to }: { from: MoneyValue; to: MoneyValue }) {
  const { t } = useCheckoutTexts();
  return (
    <span className="checkout-changes__amounts">
      <del>
        <Money value={from} />
      </del>{' '}
      <span aria-hidden="true">{t('changes.arrow')}</span>
      <span className="visually-hidden">{t('changes.now')}</span>{' '}
      <ins>
        <Money value={to} />
      </ins>
    </span>
  );
}

/**
 * What changed since the shopper saw their order (a price, the shipping, the stock), as the
 * server listed it when it refused the checkout: old → new, and the new total to confirm.
 */
export function CheckoutChangesList({ changes }: { changes: CheckoutChanges }) {
  const { t } = useCheckoutTexts();
  return (
    <ul className="checkout-changes" data-testid="checkout-changes">
      {changes.lines.map((line) => (
        <li key={line.lineId} data-testid="checkout-change">
          {line.price ? (
            <span>
              {t('changes.price', { title: line.title })}{' '}
              <Change from={line.price.old} to={line.price.new} />
            </span>
          ) : null}
          {line.availability?.problem === 'unavailable' ? (
            <span>{t('changes.unavailable', { title: line.title })}</span>
          ) : null}
          {line.availability?.problem === 'insufficient_stock' ? (
            <span>
              {t('changes.reduced', {
                title: line.title,
                available: line.availability.available,
                quantity: line.quantity,
              })}
            </span>
          ) : null}
        </li>
      ))}
      {changes.shipping ? (
        <li data-testid="checkout-change">
          {t('changes.shipping')} <Change from={changes.shipping.old} to={changes.shipping.new} />
        </li>
      ) : null}
      <li data-testid="checkout-change-total" className="checkout-changes__total">
        {t('changes.total')} <Change from={changes.expectedTotal} to={changes.total} />
      </li>
    </ul>
  );
}
