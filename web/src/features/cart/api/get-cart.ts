import { useCurrentCart } from '@/lib/cart';

/** The cart page's cart: opened (made if needed) on arrival. */
export function useCart() {
  return useCurrentCart();
}
