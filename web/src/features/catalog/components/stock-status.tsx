import { useTranslation } from '@/lib/i18n';

interface StockStatusProps {
  stock: number;
  /** Cards only flag the notable cases; the product page always says how many are left. */
  variant?: 'badge' | 'line';
}

export function StockStatus({ stock, variant = 'line' }: StockStatusProps) {
  const { t } = useTranslation();
  if (stock <= 0) {
    return (
      <span className={`stock stock--${variant} stock--sold-out`}>{t('product.soldOut')}</span>
    );
  }
  if (stock === 1) {
    return (
      <span className={`stock stock--${variant} stock--unique`}>{t('product.oneOfAKind')}</span>
    );
  }
  if (variant === 'badge') return null;
  return (
    <span className={`stock stock--${variant} stock--available`}>
      {t('product.inStock', { count: stock })}
    </span>
  );
}
