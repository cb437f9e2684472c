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
