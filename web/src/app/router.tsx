import { lazy } from 'react';
import { Route, Routes, useParams, useSearchParams } from 'react-router';
import { usePrefetchQuery } from '@tanstack/react-query';
import { Layout } from '@/components/layout/layout';
import { NEWEST_PRODUCTS_QUERY, productsQueryOptions } from '@/features/catalog/api/get-products';
import { productQueryOptions } from '@/features/catalog/api/get-product';
import { taxonomyQueryOptions } from '@/features/catalog/api/get-taxonomy';
import { parseCatalogSearch, toProductListQuery } from '@/features/catalog/utils/catalog-search';
import { useLanguage } from '@/lib/i18n';

const HomeRoute = lazy(() => import('./routes/home').then((m) => ({ default: m.HomeRoute })));
const ProductsRoute = lazy(() =>
  import('./routes/products').then((m) => ({ default: m.ProductsRoute })),
);
const ProductRoute = lazy(() =>
  import('./routes/product').then((m) => ({ default: m.ProductRoute })),
);
const NotFoundRoute = lazy(() =>
  import('./routes/not-found').then((m) => ({ default: m.NotFoundRoute })),
);

/*
 * Each page starts its request while its code is still downloading, instead of after: the
 * prefetch runs in these small wrappers, which render before the lazy page suspends.
 */
function HomePage() {
  usePrefetchQuery(productsQueryOptions(NEWEST_PRODUCTS_QUERY, useLanguage()));
  return <HomeRoute />;
}

function ProductsPage() {
  const [searchParams] = useSearchParams();
  const query = toProductListQuery(parseCatalogSearch(searchParams));
  usePrefetchQuery(productsQueryOptions(query, useLanguage()));
  return <ProductsRoute />;
}

function ProductPage() {
  const { slug = '' } = useParams();
  usePrefetchQuery(productQueryOptions(slug, useLanguage()));
  return <ProductRoute />;
}

function StorefrontLayout() {
  usePrefetchQuery(taxonomyQueryOptions());
  return <Layout />;
}

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<StorefrontLayout />}>
        <Route index element={<HomePage />} />
        <Route path="products" element={<ProductsPage />} />
        <Route path="products/:slug" element={<ProductPage />} />
        <Route path="*" element={<NotFoundRoute />} />
      </Route>
    </Routes>
  );
}
