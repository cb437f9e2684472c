import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Cart, Language } from '@hirfa/shared';
import { apiSend, isApiError } from '@/lib/api-client';
import { CART_QUERY_KEY, storeCart } from '@/lib/cart';

export function removeCartItem(cartId: string, itemId: string, language: Language): Promise<Cart> {
  return apiSend<Cart>('DELETE', `/carts/${cartId}/items/${itemId}?lang=${language}`);
}

interface Variables {
  cart: Cart;
  itemId: string;
}

export function useRemoveCartItem(userId: string | null, language: Language) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ cart, itemId }: Variables) => removeCartItem(cart.id, itemId, language),
    onSuccess: (cart) => storeCart(queryClient, userId, language, cart),
    onError: (error) => {
      if (isApiError(error) && error.status === 404) {
        void queryClient.invalidateQueries({ queryKey: CART_QUERY_KEY });
      }
    },
  });
}
