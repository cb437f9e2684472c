import type { SellerProduct } from '@hirfa/shared';
import { useSellerTexts } from '../i18n';

type Listing = Pick<SellerProduct, 'visible' | 'moderation'>;

export function listingState(product: Listing): 'moderated' | 'visible' | 'hidden' {
  if (product.moderation.hidden) return 'moderated';
  return product.visible ? 'visible' : 'hidden';
}

/** Whether shoppers can see the product, and if not, who hid it. */
export function ListingBadge({ product }: { product: Listing }) {
  const { t } = useSellerTexts();
  const state = listingState(product);
  return <span className={`listing-badge listing-badge--${state}`}>{t(`badge.${state}`)}</span>;
}

type Stock = Pick<SellerProduct, 'stock' | 'oneOfAKind' | 'leadTimeDays'>;

export function StockText({ product }: { product: Stock }) {
  const { t } = useSellerTexts();
  let text: string;
  if (product.oneOfAKind) text = product.stock > 0 ? t('stock.unique') : t('stock.uniqueSold');
  else if (product.stock > 0) text = t('stock.count', { count: product.stock });
  else if (product.leadTimeDays !== null) {
    text = t('stock.madeToOrder', { count: product.leadTimeDays });
  } else text = t('stock.soldOut');
  return <span className="stock-text">{text}</span>;
}
