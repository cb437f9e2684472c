import { useId } from 'react';
import type { SellerShop } from '@hirfa/shared';
import { textDirection } from '@/lib/i18n';
import { useShopTaxonomy } from '../api/get-taxonomy';
import { useShopTexts } from '../i18n';
import { entryName, formatMonth } from '../utils/names';
import '../shops.css';

/** Who the seller is: name, the chamber's verification, where and what they make. */
export function ShopProfile({ shop }: { shop: SellerShop }) {
  const { t, language } = useShopTexts();
  const membersId = useId();
  const taxonomy = useShopTaxonomy();
  const province = entryName(taxonomy.provinces, shop.province, language);
  const craft = entryName(taxonomy.crafts, shop.craft, language);
  const bioLang = shop.bioLanguage && shop.bioLanguage !== language ? shop.bioLanguage : undefined;

  return (
    <header className="shop-profile">
      <p className="shop-profile__kind">{t(`kind.${shop.kind}`)}</p>
      <h1 className="shop-profile__name" data-testid="shop-name">
        {shop.name}
      </h1>
      <p className="verified-badge" data-testid="verified-badge">
        <svg
          className="verified-badge__icon"
          viewBox="0 0 20 20"
          width="20"
          height="20"
          aria-hidden="true"
          focusable="false"
        >
          <path
            fill="currentColor"
            d="M10 1.5 12.4 3l2.8.1 1 2.6 2.2 1.8-.8 2.7.8 2.7-2.2 1.8-1 2.6-2.8.1L10 18.5 7.6 17l-2.8-.1-1-2.6-2.2-1.8.8-2.7-.8-2.7 2.2-1.8 1-2.6L7.6 3Zm3.6 5.6-4.7 4.7-2.5-2.5-1.2 1.2 3.7 3.7 5.9-5.9Z"
          />
        </svg>
        <span>
          <span className="verified-badge__label">{t('verified')}</span>{' '}
          <span className="verified-badge__since">
            {t('since', { date: formatMonth(shop.verified.since, language) })}
          </span>
        </span>
      </p>
      <dl className="shop-profile__facts">
        <div>
          <dt>{t('province')}</dt>
          <dd lang={province.lang}>{province.text}</dd>
        </div>
        <div>
          <dt>{t('craft')}</dt>
          <dd lang={craft.lang}>{craft.text}</dd>
        </div>
      </dl>
      {shop.bio ? (
        <section className="shop-profile__about" aria-label={t('about')}>
          <p lang={bioLang} dir={bioLang ? textDirection(bioLang) : undefined}>
            {shop.bio}
          </p>
        </section>
      ) : null}
      {shop.members.length > 0 ? (
        <section className="shop-profile__members" aria-labelledby={membersId}>
          <h2 id={membersId} className="shop-profile__subtitle">
            {t('members')}
          </h2>
          <ul className="shop-members">
            {shop.members.map((member, index) => {
              const memberCraft = entryName(taxonomy.crafts, member.craft, language);
              return (
                <li key={`${member.name}-${index}`} className="shop-members__member">
                  <span className="shop-members__name">{member.name}</span>
                  <span className="shop-members__craft" lang={memberCraft.lang}>
                    {memberCraft.text}
                  </span>
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}
    </header>
  );
}
