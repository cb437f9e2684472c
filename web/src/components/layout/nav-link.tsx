import type { ReactNode } from 'react';
import { Link, useLocation } from 'wouter';

interface NavLinkProps {
  to: string;
  /** Active only on `to` itself, not on the pages below it. */
  end?: boolean;
  className?: string;
  children: ReactNode;
}

/** A link that tells assistive technology, and the style sheet, that it leads to this page. */
export function NavLink({ to, end = false, className, children }: NavLinkProps) {
  const [location] = useLocation();
  const pathname = location.toLowerCase();
  const target = to.toLowerCase();
  const active = pathname === target || (!end && pathname.startsWith(`${target}/`));
  return (
    <Link to={to} className={className} aria-current={active ? 'page' : undefined}>
      {children}
    </Link>
  );
}
