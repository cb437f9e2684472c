/**
 * Where to go after signing in: a path of this site taken from `?next=`, never another
 * origin (`//evil.example` or `/\evil.example` would leave the site), and never back to the
 * sign-in pages themselves.
 */
export function safeNextPath(raw: string | null | undefined): string {
  if (!raw || !raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\')) return '/';
  const pathname = raw.split(/[?#]/, 1)[0] ?? '/';
  if (pathname === '/login' || pathname === '/register') return '/';
  return raw;
}

/** The sign-in page, coming back to `next` afterwards. */
export function loginPath(next: string): string {
  const target = safeNextPath(next);
  return target === '/' ? '/login' : `/login?next=${encodeURIComponent(target)}`;
}

/** `path` (`/login` or `/register`) keeping the same `next`. */
export function withNext(path: string, next: string): string {
  return next === '/' ? path : `${path}?next=${encodeURIComponent(next)}`;
}
