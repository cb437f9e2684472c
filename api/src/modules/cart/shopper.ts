import {
  CanActivate,
  createParamDecorator,
  ExecutionContext,
  Injectable,
  UseGuards,
  applyDecorators,
} from '@nestjs/common';
import { ApiCookieAuth } from '@nestjs/swagger';
import type { Request } from 'express';
import { createHash } from 'node:crypto';
import { CART_COOKIE } from '@hirfa/shared';
import {
  readCookie,
  readSessionToken,
  type AuthenticatedUser,
} from '../../common/auth/authenticated-user';
import { SessionsService } from '../accounts/sessions.service';

/** Who is buying: a signed-in user, a guest known by the cart cookie's token, or both. */
export interface Shopper {
  user: AuthenticatedUser | null;
  /** The raw token of the `hirfa_cart` cookie, when it is well formed. */
  cartToken: string | null;
}

const CART_TOKEN = /^[A-Za-z0-9_-]{32,128}$/;

type ShopperRequest = Request & { user?: AuthenticatedUser };

export const hashCartToken = (token: string) => createHash('sha256').update(token).digest('hex');

export function cartTokenFrom(request: Request): string | null {
  const token = readCookie(request.headers.cookie, CART_COOKIE);
  return token && CART_TOKEN.test(token) ? token : null;
}

/**
 * Resolves the session when there is one and lets guests through: a missing or expired
 * session is a guest, never a 401, since guests may buy too.
 */
@Injectable()
export class OptionalSessionGuard implements CanActivate {
  constructor(private readonly sessions: SessionsService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<ShopperRequest>();
    const token = readSessionToken(request.headers);
    const user = token ? await this.sessions.authenticate(token) : null;
    if (user) request.user = user;
    return true;
  }
}

/** Routes open to guests and signed-in shoppers alike. */
export function GuestOrSignedIn() {
  return applyDecorators(
    UseGuards(OptionalSessionGuard),
    ApiCookieAuth('session'),
    ApiCookieAuth(CART_COOKIE),
  );
}

export const CurrentShopper = createParamDecorator(
  (_: unknown, context: ExecutionContext): Shopper => {
    const request = context.switchToHttp().getRequest<ShopperRequest>();
    return { user: request.user ?? null, cartToken: cartTokenFrom(request) };
  },
);
