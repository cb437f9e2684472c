import { useId } from 'react';
import { Link } from 'wouter';
import { useTranslation } from '@/lib/i18n';
import { useTaxonomy } from '../api/get-taxonomy';
import { taxonomyName } from '../utils/taxonomy-name';

/** Entry points into the catalogue by craft and by province. */
export function BrowseLinks() {
  const { t, language } = useTranslation();
  const taxonomy = useTaxonomy();
  const craftsId = useId();
  const provincesId = useId();

  return (
    <div className="browse container">
      <section className="browse__group" aria-labelledby={craftsId}>
        <h2 id={craftsId}>{t('home.craftsTitle')}</h2>
        <p className="browse__intro">{t('home.craftsText')}</p>
        <ul className="chips">
          {taxonomy.crafts.map((craft) => {
            const name = taxonomyName(taxonomy.crafts, craft.slug, language);
            return (
              <li key={craft.slug}>
                <Link
                  className="chip"
                  to={`/products?craft=${encodeURIComponent(craft.slug)}`}
                  lang={name.lang}
                >
                  {name.text}
                </Link>
              </li>
            );
          })}
        </ul>
      </section>
      <section className="browse__group browse__group--provinces" aria-labelledby={provincesId}>
        <h2 id={provincesId}>{t('home.provincesTitle')}</h2>
        <p className="browse__intro">{t('home.provincesText')}</p>
        <ul className="chips chips--provinces">
          {taxonomy.provinces.map((province) => {
            const name = taxonomyName(taxonomy.provinces, province.slug, language);
            return (
              <li key={province.slug}>
                <Link
                  className="chip chip--province"
                  to={`/products?province=${encodeURIComponent(province.slug)}`}
                  lang={name.lang}
                >
                  {name.text}
                </Link>
              </li>
            );
          })}
        </ul>
      </section>
    </div>
  );
}
