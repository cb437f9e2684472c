import type { SellerStatus } from '@hirfa/shared';
import { useChamberTexts } from '../i18n';

interface StatusBadgeProps {
  status: SellerStatus;
  testId?: string;
}

export function StatusBadge({ status, testId }: StatusBadgeProps) {
  const { t } = useChamberTexts();
  return (
    <span
      className={`status-badge status-badge--${status}`}
      data-testid={testId}
      data-status={status}
    >
      {t(`statuses.${status}`)}
    </span>
  );
}
