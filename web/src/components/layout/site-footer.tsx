import { useTranslation } from '@/lib/i18n';

export function SiteFooter() {
  const { t } = useTranslation();
  return (
    <footer className="site-footer">
      <div className="site-footer__inner container">
        <p className="site-footer__about">{t('footer.about')}</p>
        <p className="site-footer__rights">
          {t('footer.rights', { year: new Date().getFullYear() })}
        </p>
      </div>
    </footer>
  );
}
