import type { SellerStatus } from '@hirfa/shared';
import { useApplyTexts } from '../i18n';

export function StatusBadge({ status }: { status: SellerStatus }) {
  const { t } = useApplyTexts();
  return (
    <span
      className={`status-badge status-badge--${status}`}
      data-testid="application-status"
      data-status={status}
    >
      {t(`status.${status}`)}
    </span>
  );
}
