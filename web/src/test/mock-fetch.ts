import { vi } from 'vitest';

export type FetchHandler = (url: URL) => Response | Promise<Response>;

export function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });
}

export function apiError(statusCode: number, error: string, message: string): Response {
  return jsonResponse({ statusCode, error, message }, statusCode);
}

/** Replaces the global fetch; the handler sees each request's URL resolved on the page origin. */
export function mockFetch(handler: FetchHandler) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
    const raw = input instanceof Request ? input.url : String(input);
    return handler(new URL(raw, window.location.origin));
  });
  vi.stubGlobal('fetch', fetchMock);
  return {
    fetchMock,
    /** Path and query of every request so far, in order. */
    requests: () =>
      fetchMock.mock.calls.map(([input]) => {
        const url = new URL(String(input), window.location.origin);
        return `${url.pathname}${url.search}`;
      }),
  };
}

/** The API's answer past a rate limit: 429, code `rate_limited`, and Retry-After in seconds. */
export function rateLimitedResponse(retryAfterSeconds: number): Response {
  return new Response(
    JSON.stringify({
      statusCode: 429,
      error: 'Too Many Requests',
      message: `Too many requests; try again in ${Math.ceil(retryAfterSeconds / 60)} minute(s)`,
      code: 'rate_limited',
    }),
    {
      status: 429,
      headers: { 'Content-Type': 'application/json', 'Retry-After': String(retryAfterSeconds) },
    },
  );
}
