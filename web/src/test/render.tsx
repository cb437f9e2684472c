import { useEffect, type ReactElement } from 'react';
import { render } from '@testing-library/react';
import { QueryClient } from '@tanstack/react-query';
import { MemoryRouter, Route, Routes, useLocation, type Location } from 'react-router';
import { AppProvider } from '@/app/provider';

export function createTestQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: Infinity } },
  });
}

interface Options {
  /** The URL the memory router starts at. */
  route?: string;
  /** The route pattern `ui` is mounted at, when it reads params; otherwise it renders as is. */
  path?: string;
}

/** Renders `ui` with the app's providers and a memory router, and exposes the live location. */
export function renderWithProviders(ui: ReactElement, { route = '/', path }: Options = {}) {
  const queryClient = createTestQueryClient();
  const current: { location: Location | null } = { location: null };

  function LocationProbe() {
    const location = useLocation();
    useEffect(() => {
      current.location = location;
    }, [location]);
    return null;
  }

  const result = render(
    <AppProvider queryClient={queryClient}>
      <MemoryRouter initialEntries={[route]}>
        {path ? (
          <Routes>
            <Route path={path} element={ui} />
          </Routes>
        ) : (
          ui
        )}
        <LocationProbe />
      </MemoryRouter>
    </AppProvider>,
  );

  return {
    ...result,
    queryClient,
    location(): Location {
      if (!current.location) throw new Error('The router has not rendered yet');
      return current.location;
    },
  };
}
