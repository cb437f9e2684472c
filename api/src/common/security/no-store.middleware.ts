import type { NextFunction, Request, Response } from 'express';
import { CART_COOKIE } from '@hirfa/shared';
import { readCookie, SESSION_COOKIE } from '../auth/authenticated-user';

/** API areas whose every answer belongs to one visitor, credentials or not (401s included). */
const PERSONAL_AREAS =
  /^\/api\/(auth|carts?|checkout|orders|seller|seller-applications|admin)(\/|$)/i;

/** A session or cart cookie, or an Authorization header: the answer may be someone's own. */
export function carriesCredentials(request: Request): boolean {
  const cookie = request.headers.cookie;
  return (
    request.headers.authorization !== undefined ||
    readCookie(cookie, SESSION_COOKIE) !== undefined ||
    readCookie(cookie, CART_COOKIE) !== undefined
  );
}

/**
 * `Cache-Control: no-store` on every API answer that is, or may be, personal, so neither the
 * browser's cache nor a shared one keeps a cart, an order or an account. Anonymous requests
 * to the public catalogue keep their own caching. Set before the handler runs, so error
 * answers carry it too.
 */
export function noStoreForPersonalResponses(
  request: Request,
  response: Response,
  next: NextFunction,
): void {
  if (
    request.path.toLowerCase().startsWith('/api/') &&
    (carriesCredentials(request) || PERSONAL_AREAS.test(request.path))
  ) {
    response.setHeader('Cache-Control', 'no-store');
  }
  next();
}
