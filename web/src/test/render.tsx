import type { ReactElement } from 'react';
import { render } from '@testing-library/react';
import { QueryClient } from '@tanstack/react-query';
import { Route, Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
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
  const memory = memoryLocation({ path: route, record: true });

  const result = render(
    <AppProvider queryClient={queryClient}>
      <Router hook={memory.hook}>{path ? <Route path={path}>{ui}</Route> : ui}</Router>
    </AppProvider>,
  );

  return {
    ...result,
    queryClient,
    /** Moves the memory router, as a reader using the browser's address bar would. */
    navigate: memory.navigate,
    /** The address the memory router is at, with `search` starting with `?` unless empty. */
    location(): { pathname: string; search: string } {
      const { pathname, search } = new URL(memory.history.at(-1) ?? route, 'http://localhost');
      return { pathname, search };
    },
  };
}
