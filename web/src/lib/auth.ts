import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { UserRole } from '@hirfa/shared';
import { apiGet, apiSend, isApiError } from './api-client';

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: UserRole;
  preferredLanguage: 'fr' | 'ar' | 'en';
}

export const SESSION_QUERY_KEY = ['session'] as const;

/** The signed-in user, or null for a visitor (the API answers 401). */
export async function getSession(signal?: AbortSignal): Promise<SessionUser | null> {
  try {
    return await apiGet<SessionUser>('/auth/me', { signal });
  } catch (error) {
    if (isApiError(error) && error.status === 401) return null;
    throw error;
  }
}

export const sessionQueryOptions = () =>
  queryOptions({
    queryKey: SESSION_QUERY_KEY,
    queryFn: ({ signal }) => getSession(signal),
    staleTime: 5 * 60_000,
    retry: false,
  });

export function useSession() {
  const query = useQuery(sessionQueryOptions());
  return { user: query.data ?? null, isLoading: query.isPending, query };
}

/** Signs out, then forgets every cached answer that belonged to the user. */
export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiSend('POST', '/auth/logout'),
    onSettled: () => {
      queryClient.setQueryData(SESSION_QUERY_KEY, null);
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'session' });
    },
  });
}

/** After a sign-in or registration: the session cookie is set, the user is known. */
export function useSetSession() {
  const queryClient = useQueryClient();
  return (user: SessionUser) => queryClient.setQueryData(SESSION_QUERY_KEY, user);
}

export const SELLER_ROLES: readonly UserRole[] = ['artisan', 'cooperative_admin'];

export function hasRole(user: SessionUser | null, roles: readonly UserRole[]): boolean {
  return user !== null && roles.includes(user.role);
}
