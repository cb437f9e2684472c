import type { SessionUser } from '@/lib/auth';

/**
 * The answer to a sign-in or a registration. The session token itself stays in the httpOnly
 * cookie, out of reach of scripts: the API puts it in the body only for Bearer clients.
 */
export interface SessionResponse {
  user: SessionUser;
  expiresAt: string;
}
