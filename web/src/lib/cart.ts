import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import type { Cart, Language } from '@hirfa/shared';
import { apiSend } from './api-client';
import { useSession } from './auth';
import { useLanguage } from './i18n';

/**
 * The shopper's open cart, shared by the header's cart link, the cart page and the checkout.
 * Every cart answer is cached under this prefix, so one call can forget them all.
 */
export const CART_QUERY_KEY = ['cart'] as const;

/** Keyed on the account too: signing in switches to (and merges into) the account's cart. */
export function currentCartQueryKey(userId: string | null, language: Language) {
  return [...CART_QUERY_KEY, 'current', userId, language] as const;
}

/*
 * `POST /api/carts` opens a cart when there is none. The header asks for the count only when
 * this browser has put something in a cart, so that a mere visit never makes one.
 */
const HINT_STORAGE_KEY = 'hirfa.cart';

export function hasCartHint(): boolean {
  try {
    return window.localStorage.getItem(HINT_STORAGE_KEY) === '1';
  } catch {
    return false;
  }
}

function rememberCart(cart: Cart): void {
  try {
    if (cart.itemCount > 0) window.localStorage.setItem(HINT_STORAGE_KEY, '1');
    else window.localStorage.removeItem(HINT_STORAGE_KEY);
  } catch {
    // Without storage the header only shows the count once the cart has been opened.
  }
}

/** The caller's open cart, made if there is none (a guest then gets the cart cookie). */
export async function openCart(language: Language): Promise<Cart> {
  const cart = await apiSend<Cart>('POST', `/carts?lang=${language}`);
  rememberCart(cart);
  return cart;
}

export function currentCartQueryOptions(userId: string | null, language: Language) {
  return queryOptions({
    queryKey: currentCartQueryKey(userId, language),
    queryFn: () => openCart(language),
  });
}

/** Stores a cart a write answered with; the copies in other languages are read again later. */
export function storeCart(
  queryClient: QueryClient,
  userId: string | null,
  language: Language,
  cart: Cart,
): void {
  void queryClient.invalidateQueries({ queryKey: CART_QUERY_KEY, refetchType: 'none' });
  queryClient.setQueryData(currentCartQueryKey(userId, language), cart);
  rememberCart(cart);
}

/** The open cart, once the session is known (a signed-in shopper's cart is their account's). */
export function useCurrentCart({ enabled = true }: { enabled?: boolean } = {}) {
  const { user, isLoading } = useSession();
  const language = useLanguage();
  const userId = user?.id ?? null;
  const query = useQuery({
    ...currentCartQueryOptions(userId, language),
    enabled: enabled && !isLoading,
  });
  return { query, userId, language, signedIn: user !== null };
}
