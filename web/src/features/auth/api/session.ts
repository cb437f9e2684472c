import type { SessionUser } from '@/lib/auth';

/** The answer to a sign-in or a registration; the token is also set as an httpOnly cookie. */
export interface SessionResponse {
  user: SessionUser;
  token: string;
  expiresAt: string;
}
