import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Cart, Language } from '@hirfa/shared';
import { apiSend, isApiError } from '@/lib/api-client';
import { CART_QUERY_KEY, storeCart } from '@/lib/cart';

export function updateCartItem(
  cartId: string,
  itemId: string,
  quantity: number,
  language: Language,
): Promise<Cart> {
  return apiSend<Cart>('PATCH', `/carts/${cartId}/items/${itemId}?lang=${language}`, {
    quantity,
  });
}

interface Variables {
  cart: Cart;
  itemId: string;
  quantity: number;
}

export function useUpdateCartItem(userId: string | null, language: Language) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ cart, itemId, quantity }: Variables) =>
      updateCartItem(cart.id, itemId, quantity, language),
    onSuccess: (cart) => storeCart(queryClient, userId, language, cart),
    onError: (error) => {
      // The stock or the cart changed under the shopper: show them what is true now.
      if (isApiError(error) && (error.status === 409 || error.status === 404)) {
        void queryClient.invalidateQueries({ queryKey: CART_QUERY_KEY });
      }
    },
  });
}
