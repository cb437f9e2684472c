import type { Language, UserRole } from '@hirfa/shared';

/** Who is calling, as resolved from the session; attached to the request by the auth guard. */
export interface AuthenticatedUser {
  id: string;
  email: string;
  name: string;
  role: UserRole;
  preferredLanguage: Language;
  sessionId: string;
}

export const SESSION_COOKIE = 'hirfa_session';

/**
 * Sent by API clients that authenticate with `Authorization: Bearer` (`bearer`): only they get
 * the session token in the sign-in and registration answer; browsers keep it in the cookie.
 */
export const SESSION_TRANSPORT_HEADER = 'x-session-transport';

export function wantsBearerToken(request: {
  headers: Record<string, string | string[] | undefined>;
}): boolean {
  const value = request.headers[SESSION_TRANSPORT_HEADER];
  return typeof value === 'string' && value.trim().toLowerCase() === 'bearer';
}

/** Reads one cookie from a Cookie header without a parsing library. */
export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const separator = part.indexOf('=');
    if (separator === -1) continue;
    if (part.slice(0, separator).trim() === name) {
      try {
        return decodeURIComponent(part.slice(separator + 1).trim());
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

/** The session token from the cookie, or from `Authorization: Bearer` for API clients. */
export function readSessionToken(headers: {
  cookie?: string;
  authorization?: string;
}): string | undefined {
  const bearer = headers.authorization?.match(/^Bearer\s+([A-Za-z0-9_-]{20,200})$/);
  if (bearer) return bearer[1];
  return readCookie(headers.cookie, SESSION_COOKIE);
}
