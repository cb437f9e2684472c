import { Link } from 'wouter';
import { isApiError } from '@/lib/api-client';
import { useSellerTexts } from '../i18n';

/** The API answers 403 to a seller without an approved shop, saying why. */
export function isNoShopError(error: unknown): boolean {
  return isApiError(error) && error.kind === 'http' && error.status === 403;
}

export function NoShopNotice({
  error,
  headingLevel = 1,
}: {
  error: unknown;
  headingLevel?: 1 | 2;
}) {
  const { t } = useSellerTexts();
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  const message = isApiError(error) ? error.body?.message : undefined;
  return (
    <div className="seller-notice" role="alert">
      <Heading className="seller-notice__title">{t('noShop.title')}</Heading>
      <p>{t('noShop.text')}</p>
      {message ? <p className="seller-notice__detail">{t('noShop.detail', { message })}</p> : null}
      <Link to="/apply" className="button button--primary">
        {t('noShop.apply')}
      </Link>
    </div>
  );
}
