import type { SellerStatusChange } from '@hirfa/shared';
import { useApplyTexts } from '../i18n';
import { formatMoment } from '../utils/dates';

type EventName = SellerStatusChange['status'] | 'reinstated';

/** Each change of status, oldest first, with the chamber's reasons. */
export function StatusTimeline({ history }: { history: readonly SellerStatusChange[] }) {
  const { t, language } = useApplyTexts();
  return (
    <ol className="timeline">
      {history.map((change, index) => {
        const event: EventName =
          change.status === 'approved' && history[index - 1]?.status === 'suspended'
            ? 'reinstated'
            : change.status;
        return (
          <li
            key={`${change.at}-${index}`}
            className={`timeline__item timeline__item--${change.status}`}
          >
            <p className="timeline__event">{t(`status.event.${event}`)}</p>
            <p className="timeline__when">
              <time dateTime={change.at}>{formatMoment(change.at, language)}</time>
            </p>
            {change.reason ? (
              <p className="timeline__reason">{t('status.reason', { reason: change.reason })}</p>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
