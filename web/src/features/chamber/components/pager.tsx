import { Link } from 'wouter';
import { useChamberTexts } from '../i18n';

interface PagerProps {
  page: number;
  pageCount: number;
  label: string;
  hrefFor: (page: number) => string;
}

export function Pager({ page, pageCount, label, hrefFor }: PagerProps) {
  const { t } = useChamberTexts();
  if (pageCount <= 1) return null;
  return (
    <nav className="pager" aria-label={label}>
      {page > 1 ? (
        <Link to={hrefFor(page - 1)} rel="prev" className="button button--ghost">
          {t('queue.previous')}
        </Link>
      ) : (
        <span />
      )}
      <p className="pager__status">{t('queue.pageOf', { page, pages: pageCount })}</p>
      {page < pageCount ? (
        <Link to={hrefFor(page + 1)} rel="next" className="button button--ghost">
          {t('queue.next')}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
