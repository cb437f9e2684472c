import { RequireRole } from '@/features/auth/components/require-role';
import { ChamberLayout } from '@/features/chamber/components/chamber-layout';
import { HiddenProducts } from '@/features/chamber/components/hidden-products';
import { ProductSearch } from '@/features/chamber/components/product-search';
import { useChamberTexts } from '@/features/chamber/i18n';
import { useSearchParams } from '@/lib/search-params';
import { useDocumentTitle } from '@/lib/use-document-title';
import { STAFF_ROLES } from './staff';

function Moderation() {
  const { t } = useChamberTexts();
  const searchParams = useSearchParams();
  const q = searchParams.get('q')?.replace(/\s+/g, ' ').trim().slice(0, 100) ?? '';
  const page = Number(searchParams.get('page'));
  useDocumentTitle(t('moderation.title'));

  return (
    <>
      <header className="page-heading">
        <h1>{t('moderation.title')}</h1>
        <p>{t('moderation.intro')}</p>
      </header>
      <div className="moderation-layout">
        <ProductSearch q={q} />
        <HiddenProducts page={Number.isInteger(page) && page >= 1 ? page : 1} />
      </div>
    </>
  );
}

export function ChamberModerationRoute() {
  return (
    <RequireRole roles={STAFF_ROLES}>
      <ChamberLayout>
        <Moderation />
      </ChamberLayout>
    </RequireRole>
  );
}
