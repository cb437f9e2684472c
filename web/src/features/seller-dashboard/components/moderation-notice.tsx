import type { ProductModeration } from '@hirfa/shared';
import { useSellerTexts } from '../i18n';
import { formatDate } from '../utils/format-date';

/** The chamber hid the product: why, since when, and what the seller can do. */
export function ModerationNotice({
  moderation,
  id,
}: {
  moderation: ProductModeration;
  id?: string;
}) {
  const { t, language } = useSellerTexts();
  if (!moderation.hidden) return null;
  return (
    <section id={id} className="moderation-notice" data-testid="moderation-notice">
      <h2 className="moderation-notice__title">{t('moderation.title')}</h2>
      <p>{t('moderation.text')}</p>
      {moderation.reason ? (
        <p className="moderation-notice__reason">
          {/* Staff write in their own language: the reason keeps its own direction. */}
          {t('moderation.reason')} <bdi>{moderation.reason}</bdi>
        </p>
      ) : null}
      {moderation.at ? (
        <p>{t('moderation.since', { date: formatDate(moderation.at, language) })}</p>
      ) : null}
      <p>{t('moderation.help')}</p>
    </section>
  );
}
