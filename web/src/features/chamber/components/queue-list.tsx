import { Link } from 'wouter';
import type { SellerApplicationQueueItem } from '@hirfa/shared';
import { useChamberTexts } from '../i18n';
import { formatMoment } from '../utils/dates';
import { craftName, provinceName } from '../utils/names';
import { StatusBadge } from './status-badge';

export function QueueList({
  items,
  busy = false,
}: {
  items: readonly SellerApplicationQueueItem[];
  busy?: boolean;
}) {
  const { t, language } = useChamberTexts();
  return (
    <ul className="queue-list" aria-busy={busy || undefined}>
      {items.map((item) => (
        <li key={item.id} className="queue-row" data-testid="queue-row">
          <div className="queue-row__head">
            <h3 className="queue-row__name">
              <Link to={`/chamber/applications/${encodeURIComponent(item.id)}`}>{item.name}</Link>
            </h3>
            <StatusBadge status={item.status} />
          </div>
          <p className="queue-row__meta">
            {t(`kinds.${item.kind}`)} · {provinceName(item.province, language)} ·{' '}
            {craftName(item.craft, language)}
          </p>
          {item.owner ? (
            <p className="queue-row__owner">
              {t('queue.owner', { name: item.owner.name })}{' '}
              <span dir="ltr" className="queue-row__email">
                {item.owner.email}
              </span>
            </p>
          ) : null}
          <p className="queue-row__date">
            {item.submittedAt
              ? t('queue.submittedOn', { date: formatMoment(item.submittedAt, language) })
              : t('queue.createdOn', { date: formatMoment(item.createdAt, language) })}
          </p>
        </li>
      ))}
    </ul>
  );
}
