import { describe, expect, it } from 'vitest';
import { apiError, jsonResponse, mockFetch } from '@/test/mock-fetch';
import { ApiError, apiGet, buildUrl } from './api-client';

describe('buildUrl', () => {
  it('leaves out empty parameters and keeps the order given', () => {
    expect(
      buildUrl('/api/products', { limit: 8, province: undefined, sort: 'newest', craft: '' }),
    ).toBe('/api/products?limit=8&sort=newest');
    expect(buildUrl('/api/taxonomy')).toBe('/api/taxonomy');
  });
});

describe('apiGet', () => {
  it('returns the parsed JSON body', async () => {
    mockFetch(() => jsonResponse({ ok: true }));
    await expect(apiGet('/health')).resolves.toEqual({ ok: true });
  });

  it('turns the API error shape into an ApiError with its status and message', async () => {
    mockFetch(() => apiError(404, 'Not Found', 'No product with slug "nope"'));
    const error = await apiGet('/products/nope').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      kind: 'http',
      status: 404,
      message: 'No product with slug "nope"',
      isNotFound: true,
      body: { statusCode: 404, error: 'Not Found' },
    });
  });

  it('still reports an HTTP error whose body is not the API shape', async () => {
    mockFetch(
      () => new Response('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway' }),
    );
    await expect(apiGet('/products')).rejects.toMatchObject({
      kind: 'http',
      status: 502,
      message: 'Bad Gateway',
      body: null,
    });
  });

  it('reports a request that never reached the server as a network error', async () => {
    mockFetch(() => {
      throw new TypeError('Failed to fetch');
    });
    await expect(apiGet('/products')).rejects.toMatchObject({ kind: 'network', status: 0 });
  });
});
