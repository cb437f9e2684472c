import { Link } from 'wouter';
import { BrowseLinks } from '@/features/catalog/components/browse-links';
import { NewestProducts } from '@/features/catalog/components/newest-products';
import { useTranslation } from '@/lib/i18n';
import { useDocumentTitle } from '@/lib/use-document-title';

export function HomeRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('home.title'));

  return (
    <>
      <section className="hero" aria-labelledby="hero-title">
        <div className="hero__inner container">
          <p className="hero__eyebrow">{t('home.heroEyebrow')}</p>
          <h1 id="hero-title" className="hero__title">
            {t('home.heroTitle')}
          </h1>
          <p className="hero__text">{t('home.heroText')}</p>
          <Link to="/products" className="button button--primary">
            {t('home.heroCta')}
          </Link>
        </div>
      </section>
      <NewestProducts />
      <BrowseLinks />
    </>
  );
}
