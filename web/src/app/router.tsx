import { createBrowserRouter, type RouteObject } from 'react-router';
import type { QueryClient } from '@tanstack/react-query';
import { Layout, LayoutFallback } from '@/components/layout/layout';
import { NEWEST_PRODUCTS_QUERY, productsQueryOptions } from '@/features/catalog/api/get-products';
import { productQueryOptions } from '@/features/catalog/api/get-product';
import { taxonomyQueryOptions } from '@/features/catalog/api/get-taxonomy';
import {
  parseCatalogSearch,
  toProductListQuery,
} from '@/features/catalog/utils/catalog-search';
import { currentLanguage } from '@/lib/i18n';
import { RouteError } from './routes/route-error';

/**
 * Loaders only start requests and return at once: the data then downloads alongside the
 * page's code instead of after it, and components read it through their own queries.
 */
export function createRoutes(queryClient: QueryClient): RouteObject[] {
  const prefetch = (options: Parameters<QueryClient['prefetchQuery']>[0]) => {
    void queryClient.prefetchQuery(options);
    return null;
  };

  return [
    {
      path: '/',
      Component: Layout,
      HydrateFallback: LayoutFallback,
      ErrorBoundary: RouteError,
      loader: () => prefetch(taxonomyQueryOptions()),
      children: [
        {
          index: true,
          loader: () => prefetch(productsQueryOptions(NEWEST_PRODUCTS_QUERY, currentLanguage())),
          lazy: () => import('./routes/home').then((module) => ({ Component: module.HomeRoute })),
        },
        {
          path: 'products',
          loader: ({ request }) =>
            prefetch(
              productsQueryOptions(
                toProductListQuery(parseCatalogSearch(new URL(request.url).searchParams)),
                currentLanguage(),
              ),
            ),
          lazy: () =>
            import('./routes/products').then((module) => ({ Component: module.ProductsRoute })),
        },
        {
          path: 'products/:slug',
          loader: ({ params }) =>
            prefetch(productQueryOptions(params.slug ?? '', currentLanguage())),
          lazy: () =>
            import('./routes/product').then((module) => ({ Component: module.ProductRoute })),
        },
        {
          path: '*',
          lazy: () =>
            import('./routes/not-found').then((module) => ({ Component: module.NotFoundRoute })),
        },
      ],
    },
  ];
}

export function createAppRouter(queryClient: QueryClient) {
  return createBrowserRouter(createRoutes(queryClient));
}
