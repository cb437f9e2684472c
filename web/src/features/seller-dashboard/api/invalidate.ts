import type { QueryClient } from '@tanstack/react-query';
import type { SellerProduct } from '@hirfa/shared';
import { sellerProductsKeys } from './get-seller-products';

/**
 * After a change to one of the seller's products: the lists refetch, and so do the public
 * pages that show it (catalogue and shop lists live under 'products', shops under 'sellers'),
 * so the seller sees their change when they look at their shop.
 */
export function afterProductChange(queryClient: QueryClient, product?: SellerProduct): void {
  if (product) queryClient.setQueryData(sellerProductsKeys.detail(product.id), product);
  void queryClient.invalidateQueries({ queryKey: sellerProductsKeys.lists() });
  void queryClient.invalidateQueries({ queryKey: ['products'] });
  void queryClient.invalidateQueries({ queryKey: ['sellers'] });
}
