export const shopPath = (slug: string) => `/sellers/${encodeURIComponent(slug)}`;

/** The page of the shop's products the address asks for; anything odd is the first. */
export function readShopPage(params: URLSearchParams): number {
  const page = Number(params.get('page'));
  return Number.isInteger(page) && page > 0 ? page : 1;
}
