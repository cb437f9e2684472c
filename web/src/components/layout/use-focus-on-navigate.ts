import { useEffect, useRef } from 'react';
import { useLocation } from 'wouter';
import { MAIN_CONTENT_ID } from './skip-link';

/**
 * After moving to another page, start at its top, and let screen-reader and keyboard users
 * start from the new content instead of the link they used. Filter and pagination changes
 * keep the pathname, so focus stays on the control being used.
 */
export function useFocusOnNavigate(): void {
  const [pathname] = useLocation();
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    window.scrollTo(0, 0);
    document.getElementById(MAIN_CONTENT_ID)?.focus({ preventScroll: true });
  }, [pathname]);
}
