import { lazy, type ReactNode } from 'react';
import { Route, Switch, useParams } from 'wouter';
import { usePrefetchQuery } from '@tanstack/react-query';
import { Layout } from '@/components/layout/layout';
import { NEWEST_PRODUCTS_QUERY, productsQueryOptions } from '@/features/catalog/api/get-products';
import { productQueryOptions } from '@/features/catalog/api/get-product';
import { taxonomyQueryOptions } from '@/features/catalog/api/get-taxonomy';
import { parseCatalogSearch, toProductListQuery } from '@/features/catalog/utils/catalog-search';
import { shopQueryOptions } from '@/features/shops/api/get-shop';
import {
  shopProductsQuery,
  shopProductsQueryOptions,
} from '@/features/shops/api/get-shop-products';
import { readShopPage } from '@/features/shops/utils/shop-path';
import { useLanguage } from '@/lib/i18n';
import { useSearchParams } from '@/lib/search-params';

const HomeRoute = lazy(() => import('./routes/home').then((m) => ({ default: m.HomeRoute })));
const ProductsRoute = lazy(() =>
  import('./routes/products').then((m) => ({ default: m.ProductsRoute })),
);
const ProductRoute = lazy(() =>
  import('./routes/product').then((m) => ({ default: m.ProductRoute })),
);
const ShopRoute = lazy(() => import('./routes/shop').then((m) => ({ default: m.ShopRoute })));
const SellerDashboardRoute = lazy(() =>
  import('./routes/seller/dashboard').then((m) => ({ default: m.SellerDashboardRoute })),
);
const SellerNewProductRoute = lazy(() =>
  import('./routes/seller/new-product').then((m) => ({ default: m.SellerNewProductRoute })),
);
const SellerEditProductRoute = lazy(() =>
  import('./routes/seller/edit-product').then((m) => ({ default: m.SellerEditProductRoute })),
);
const SellerOrdersRoute = lazy(() =>
  import('./routes/seller/orders').then((m) => ({ default: m.SellerOrdersRoute })),
);
const SellerOrderRoute = lazy(() =>
  import('./routes/seller/order').then((m) => ({ default: m.SellerOrderRoute })),
);
const SellerBalanceRoute = lazy(() =>
  import('./routes/seller/balance').then((m) => ({ default: m.SellerBalanceRoute })),
);
const SellerShippingRoute = lazy(() =>
  import('./routes/seller/shipping').then((m) => ({ default: m.SellerShippingRoute })),
);
const LoginRoute = lazy(() =>
  import('./routes/account/login').then((m) => ({ default: m.LoginRoute })),
);
const RegisterRoute = lazy(() =>
  import('./routes/account/register').then((m) => ({ default: m.RegisterRoute })),
);
const AccountRoute = lazy(() =>
  import('./routes/account/account').then((m) => ({ default: m.AccountRoute })),
);
const ApplyRoute = lazy(() =>
  import('./routes/apply/apply').then((m) => ({ default: m.ApplyRoute })),
);
const ApplyEditRoute = lazy(() =>
  import('./routes/apply/edit').then((m) => ({ default: m.ApplyEditRoute })),
);
const ApplyStatusRoute = lazy(() =>
  import('./routes/apply/status').then((m) => ({ default: m.ApplyStatusRoute })),
);
const ChamberQueueRoute = lazy(() =>
  import('./routes/chamber/queue').then((m) => ({ default: m.ChamberQueueRoute })),
);
const ChamberApplicationRoute = lazy(() =>
  import('./routes/chamber/application').then((m) => ({ default: m.ChamberApplicationRoute })),
);
const ChamberStatsRoute = lazy(() =>
  import('./routes/chamber/stats').then((m) => ({ default: m.ChamberStatsRoute })),
);
const ChamberModerationRoute = lazy(() =>
  import('./routes/chamber/moderation').then((m) => ({ default: m.ChamberModerationRoute })),
);
const ChamberOrdersRoute = lazy(() =>
  import('./routes/chamber/orders').then((m) => ({ default: m.ChamberOrdersRoute })),
);
const ChamberOrderRoute = lazy(() =>
  import('./routes/chamber/order').then((m) => ({ default: m.ChamberOrderRoute })),
);
const ChamberPayoutsRoute = lazy(() =>
  import('./routes/chamber/payouts').then((m) => ({ default: m.ChamberPayoutsRoute })),
);
const CartRoute = lazy(() => import('./routes/cart/cart').then((m) => ({ default: m.CartRoute })));
const CheckoutRoute = lazy(() =>
  import('./routes/checkout/checkout').then((m) => ({ default: m.CheckoutRoute })),
);
const CheckoutSuccessRoute = lazy(() =>
  import('./routes/checkout/success').then((m) => ({ default: m.CheckoutSuccessRoute })),
);
const CheckoutCancelRoute = lazy(() =>
  import('./routes/checkout/cancel').then((m) => ({ default: m.CheckoutCancelRoute })),
);
const OrdersRoute = lazy(() =>
  import('./routes/orders/orders').then((m) => ({ default: m.OrdersRoute })),
);
const OrderRoute = lazy(() =>
  import('./routes/orders/order').then((m) => ({ default: m.OrderRoute })),
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
  const query = toProductListQuery(parseCatalogSearch(useSearchParams()));
  usePrefetchQuery(productsQueryOptions(query, useLanguage()));
  return <ProductsRoute />;
}

function ProductPage() {
  const { slug = '' } = useParams<{ slug?: string }>();
  usePrefetchQuery(productQueryOptions(slug, useLanguage()));
  return <ProductRoute />;
}

function ShopPage() {
  const { slug = '' } = useParams<{ slug?: string }>();
  const page = readShopPage(useSearchParams());
  const language = useLanguage();
  usePrefetchQuery(shopQueryOptions(slug, language));
  usePrefetchQuery(shopProductsQueryOptions(shopProductsQuery(slug, page), language));
  return <ShopRoute />;
}

function StorefrontLayout({ children }: { children: ReactNode }) {
  usePrefetchQuery(taxonomyQueryOptions());
  return <Layout>{children}</Layout>;
}

export function AppRoutes() {
  return (
    <StorefrontLayout>
      <Switch>
        <Route path="/">
          <HomePage />
        </Route>
        <Route path="/products">
          <ProductsPage />
        </Route>
        <Route path="/products/:slug">
          <ProductPage />
        </Route>
        <Route path="/sellers/:slug">
          <ShopPage />
        </Route>
        <Route path="/seller">
          <SellerDashboardRoute />
        </Route>
        <Route path="/seller/products/new">
          <SellerNewProductRoute />
        </Route>
        <Route path="/seller/products/:id">
          <SellerEditProductRoute />
        </Route>
        <Route path="/seller/orders">
          <SellerOrdersRoute />
        </Route>
        <Route path="/seller/orders/:id">
          <SellerOrderRoute />
        </Route>
        <Route path="/seller/balance">
          <SellerBalanceRoute />
        </Route>
        <Route path="/seller/shipping">
          <SellerShippingRoute />
        </Route>
        <Route path="/login">
          <LoginRoute />
        </Route>
        <Route path="/register">
          <RegisterRoute />
        </Route>
        <Route path="/account">
          <AccountRoute />
        </Route>
        <Route path="/apply">
          <ApplyRoute />
        </Route>
        <Route path="/apply/edit">
          <ApplyEditRoute />
        </Route>
        <Route path="/apply/status">
          <ApplyStatusRoute />
        </Route>
        <Route path="/chamber">
          <ChamberQueueRoute />
        </Route>
        <Route path="/chamber/applications/:id">
          <ChamberApplicationRoute />
        </Route>
        <Route path="/chamber/stats">
          <ChamberStatsRoute />
        </Route>
        <Route path="/chamber/moderation">
          <ChamberModerationRoute />
        </Route>
        <Route path="/chamber/orders">
          <ChamberOrdersRoute />
        </Route>
        <Route path="/chamber/orders/:id">
          <ChamberOrderRoute />
        </Route>
        <Route path="/chamber/payouts">
          <ChamberPayoutsRoute />
        </Route>
        <Route path="/cart">
          <CartRoute />
        </Route>
        <Route path="/checkout">
          <CheckoutRoute />
        </Route>
        <Route path="/checkout/success">
          <CheckoutSuccessRoute />
        </Route>
        <Route path="/checkout/cancel">
          <CheckoutCancelRoute />
        </Route>
        <Route path="/orders">
          <OrdersRoute />
        </Route>
        <Route path="/orders/:id">
          <OrderRoute />
        </Route>
        <Route>
          <NotFoundRoute />
        </Route>
      </Switch>
    </StorefrontLayout>
  );
}
