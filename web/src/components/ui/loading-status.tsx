import { useTranslation } from '@/lib/i18n';

interface LoadingStatusProps {
  label?: string;
  className?: string;
}

export function LoadingStatus({ label, className }: LoadingStatusProps) {
  const { t } = useTranslation();
  return (
    <p role="status" className={className ? `loading-status ${className}` : 'loading-status'}>
      <span className="loading-status__spinner" aria-hidden="true" />
      {label ?? t('status.loading')}
    </p>
  );
}
