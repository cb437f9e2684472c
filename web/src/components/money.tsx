import { formatMoney, type Money as MoneyValue } from '@hirfa/shared';
import { useLanguage } from '@/lib/i18n';

interface MoneyProps {
  value: MoneyValue;
  className?: string;
}

/** The one place where an amount becomes text, in the reader's language. */
export function Money({ value, className }: MoneyProps) {
  const language = useLanguage();
  return (
    <span className={className ? `money ${className}` : 'money'}>
      {formatMoney(value, language)}
    </span>
  );
}
