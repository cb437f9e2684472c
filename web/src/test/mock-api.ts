import { vi } from 'vitest';

/** One request as the API would see it: method, address, parsed JSON body and headers. */
export interface ApiRequest {
  method: string;
  url: URL;
  body: unknown;
  headers: Headers;
}

export type ApiHandler = (request: ApiRequest) => Response | Promise<Response>;

/**
 * Replaces the global fetch with a handler that also sees the method, body and headers, for
 * tests of writes (`mockFetch` passes the URL only).
 */
export function mockApi(handler: ApiHandler) {
  const seen: ApiRequest[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const request: ApiRequest = {
      method: (init.method ?? 'GET').toUpperCase(),
      url: new URL(input instanceof Request ? input.url : String(input), window.location.origin),
      body: typeof init.body === 'string' ? (JSON.parse(init.body) as unknown) : init.body,
      headers: new Headers(init.headers),
    };
    seen.push(request);
    return handler(request);
  });
  vi.stubGlobal('fetch', fetchMock);
  return {
    fetchMock,
    /** Every request so far, in order. */
    requests: () => [...seen],
    /** "METHOD /path?query" of every request so far, for readable assertions. */
    calls: () =>
      seen.map((request) => `${request.method} ${request.url.pathname}${request.url.search}`),
  };
}
