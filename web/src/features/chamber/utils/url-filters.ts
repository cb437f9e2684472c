/** Reading and writing a list's filters in the URL, so that a filtered page can be shared. */

export function oneOf<T extends string>(values: readonly T[], value: string | null): T | undefined {
  return value !== null && (values as readonly string[]).includes(value) ? (value as T) : undefined;
}

/** The page asked for, or the first; deep pages are refused by the API past 10 000. */
export function readPage(params: URLSearchParams): number {
  const page = Number(params.get('page'));
  return Number.isInteger(page) && page >= 1 && page <= 10_000 ? page : 1;
}

/** Collapses runs of spaces and trims, as the search boxes send it. */
export function cleanSearch(value: string | null | undefined, maxLength = 100): string {
  return (value ?? '').replace(/\s+/g, ' ').trim().slice(0, maxLength);
}

/** The URL's query with one filter changed (removed when empty); back to the first page. */
export function withFilter(params: URLSearchParams, name: string, value: string): URLSearchParams {
  const next = new URLSearchParams(params);
  if (value === '') next.delete(name);
  else next.set(name, value);
  next.delete('page');
  return next;
}

export function withPage(params: URLSearchParams, page: number): URLSearchParams {
  const next = new URLSearchParams(params);
  if (page <= 1) next.delete('page');
  else next.set('page', String(page));
  return next;
}
