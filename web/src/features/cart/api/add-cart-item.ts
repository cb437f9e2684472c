import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { AddCartItemRequest, Cart, Language } from '@hirfa/shared';
import { apiSend, isApiError } from '@/lib/api-client';
import { sessionQueryOptions } from '@/lib/auth';
import { currentCartQueryOptions, storeCart } from '@/lib/cart';
import { useLanguage } from '@/lib/i18n';

export function addCartItem(
  cartId: string,
  item: AddCartItemRequest,
  language: Language,
): Promise<Cart> {
  return apiSend<Cart>('POST', `/carts/${cartId}/items?lang=${language}`, item);
}

async function addToOpenCart(
  queryClient: QueryClient,
  item: AddCartItemRequest,
  language: Language,
): Promise<{ cart: Cart; userId: string | null }> {
  const user = await queryClient.ensureQueryData(sessionQueryOptions());
  const userId = user?.id ?? null;
  const options = currentCartQueryOptions(userId, language);
  const known = await queryClient.ensureQueryData(options);
  try {
    return { cart: await addCartItem(known.id, item, language), userId };
  } catch (error) {
    // The cached cart may have become an order meanwhile (another tab): open the current one.
    if (!isApiError(error) || !error.isNotFound) throw error;
    const fresh = await queryClient.fetchQuery({ ...options, staleTime: 0 });
    if (fresh.id === known.id) throw error;
    return { cart: await addCartItem(fresh.id, item, language), userId };
  }
}

/** Adds a product to the shopper's open cart, opening one first when needed. */
export function useAddCartItem() {
  const queryClient = useQueryClient();
  const language = useLanguage();
  return useMutation({
    mutationFn: (item: AddCartItemRequest) => addToOpenCart(queryClient, item, language),
    onSuccess: ({ cart, userId }) => storeCart(queryClient, userId, language, cart),
  });
}
