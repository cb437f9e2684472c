import { useMemo } from 'react';
import { useRouter } from 'wouter';

/**
 * The query of the current address. wouter's own `useSearch` runs the string through
 * `decodeURI`, which turns an escaped `%` back into a bare one: a search for "%41" would then
 * read as "A". This takes the query exactly as the location holds it.
 */
export function useSearchParams(): URLSearchParams {
  const router = useRouter();
  const search = router.searchHook(router);
  return useMemo(() => new URLSearchParams(search), [search]);
}

/** `pathname` with `params` as its query, and no dangling `?` when there are none. */
export function withSearch(pathname: string, params: URLSearchParams): string {
  const search = params.toString();
  return search ? `${pathname}?${search}` : pathname;
}
