import { CanActivate, ExecutionContext, HttpStatus } from '@nestjs/common';
import type { Reflector } from '@nestjs/core';
import { DECORATORS } from '@nestjs/swagger/dist/constants';
import type { Request } from 'express';
import type { AppConfig } from '../../config/configuration';
import { ApiException } from '../filters/api-exception.filter';

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** What a route takes when its OpenAPI description names nothing else (`@ApiConsumes`). */
const DEFAULT_BODY_TYPES = ['application/json'];

/**
 * Signed by Stripe on its exact bytes and sent without cookies; its signature is its
 * protection, so it keeps whatever body Stripe sends.
 */
const EXEMPT_ROUTES = new Set(['/api/payments/stripe/webhook']);

/** `pnpm dev` serves the storefront from Vite (5173; `vite preview` 4173), proxying /api here. */
const DEV_SERVER_ORIGINS = ['5173', '4173'].flatMap((port) => [
  `http://localhost:${port}`,
  `http://127.0.0.1:${port}`,
]);

/** The storefront's origins, besides the API's own (which the guard reads from each request). */
export function storefrontOrigins(config: AppConfig): string[] {
  const origins = [new URL(config.publicUrl).origin];
  return config.isProduction ? origins : [...origins, ...DEV_SERVER_ORIGINS];
}

/** The origin an Origin or Referer header names; null for `null`, garbage or a non-web URL. */
export function originOf(value: string): string | null {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : null;
  } catch {
    return null;
  }
}

/** True when the request carries a body: a length above 0, or a chunked stream. */
function hasBody(request: Request): boolean {
  if (request.headers['transfer-encoding'] !== undefined) return true;
  const length = Number(request.headers['content-length'] ?? 0);
  return !Number.isFinite(length) || length > 0;
}

/**
 * Refuses what another site can make a visitor's browser send with the visitor's cookies:
 * every write (POST, PUT, PATCH, DELETE) must come from the storefront's own origin when the
 * browser names one (`Origin`, else `Referer`; 403 `request.cross_origin`), and must carry
 * the body type the route takes, JSON unless its OpenAPI description says multipart
 * (415 `request.unsupported_media_type`). HTML forms can only send form-encoded, multipart
 * or text bodies, and a cross-site `fetch` with a JSON body needs a CORS preflight the API
 * never grants. Callers that name no origin at all (curl, servers, Bearer clients) pass the
 * origin check; a write without a body passes the type check.
 */
export class CrossSiteGuard implements CanActivate {
  private readonly trusted: ReadonlySet<string>;

  constructor(
    private readonly reflector: Reflector,
    config: AppConfig,
  ) {
    this.trusted = new Set(storefrontOrigins(config));
  }

  canActivate(context: ExecutionContext): boolean {
    if (context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<Request>();
    if (!STATE_CHANGING.has(request.method)) return true;
    if (EXEMPT_ROUTES.has(String(request.route?.path ?? ''))) return true;
    this.checkOrigin(request);
    this.checkBodyType(request, context);
    return true;
  }

  private checkOrigin(request: Request): void {
    const header = request.headers.origin ?? request.headers.referer;
    if (header === undefined) return;
    const origin = originOf(header);
    if (origin !== null && (this.trusted.has(origin) || origin === ownOrigin(request))) return;
    throw new ApiException(
      HttpStatus.FORBIDDEN,
      'request.cross_origin',
      'This request came from another site; changes are only accepted from the storefront',
    );
  }

  private checkBodyType(request: Request, context: ExecutionContext): void {
    if (!hasBody(request)) return;
    const accepted =
      this.reflector.getAllAndOverride<string[] | undefined>(DECORATORS.API_CONSUMES, [
        context.getHandler(),
        context.getClass(),
      ]) ?? DEFAULT_BODY_TYPES;
    const type = (request.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
    if (accepted.includes(type)) return;
    throw new ApiException(
      HttpStatus.UNSUPPORTED_MEDIA_TYPE,
      'request.unsupported_media_type',
      `This route takes ${accepted.join(' or ')} bodies`,
      { accepted },
    );
  }
}

/** The origin the request was sent to, as the browser saw it (the scheme honours trust proxy). */
function ownOrigin(request: Request): string | null {
  const host = request.headers.host;
  return host ? originOf(`${request.protocol}://${host}`) : null;
}
