import type { ApiErrorBody } from '@hirfa/shared';
import { parseRetryAfter } from './retry-after';

export type ApiErrorKind = 'http' | 'network' | 'invalid-response';

/** Every failed API call ends as an ApiError, so screens only have one thing to read. */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly kind: ApiErrorKind,
    readonly status: number,
    message: string,
    readonly body: ApiErrorBody | null = null,
    /** Seconds to wait before trying again, when the answer said (429, 503). */
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(message);
  }

  get isNotFound(): boolean {
    return this.kind === 'http' && this.status === 404;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

function isApiErrorBody(value: unknown): value is ApiErrorBody {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return (
    typeof candidate.statusCode === 'number' &&
    typeof candidate.error === 'string' &&
    typeof candidate.message === 'string'
  );
}

export type QueryParams = Record<string, string | number | undefined | null>;

export function buildUrl(path: string, params: QueryParams = {}): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    search.set(key, String(value));
  }
  const query = search.toString();
  return query ? `${path}?${query}` : path;
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

export interface SendOptions {
  params?: QueryParams;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

async function request<T>(
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
  path: string,
  options: SendOptions & { body?: unknown },
  expectBody: boolean,
): Promise<T> {
  const url = buildUrl(`/api${path}`, options.params);
  const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
  let body: BodyInit | undefined;
  if (options.body instanceof FormData) {
    // The browser writes the multipart boundary itself.
    body = options.body;
  } else if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers,
      body,
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (error) {
    // An abort is React Query cancelling a stale request: it must stay an AbortError.
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError('network', 0, error instanceof Error ? error.message : 'Network error');
  }

  const payload = await readJson(response);
  if (!response.ok) {
    const body = isApiErrorBody(payload) ? payload : null;
    throw new ApiError(
      'http',
      response.status,
      body?.message ?? (response.statusText || `HTTP ${response.status}`),
      body,
      parseRetryAfter(response.headers.get('Retry-After')),
    );
  }
  if (payload === undefined || payload === null) {
    if (!expectBody) return undefined as T;
    throw new ApiError('invalid-response', response.status, 'The server sent no JSON');
  }
  return payload as T;
}

export function apiGet<T>(
  path: string,
  options: { params?: QueryParams; signal?: AbortSignal } = {},
): Promise<T> {
  return request<T>('GET', path, options, true);
}

/** A write: JSON (or FormData for uploads) in, JSON out; undefined for 204 answers. */
export function apiSend<T = void>(
  method: 'POST' | 'PATCH' | 'PUT' | 'DELETE',
  path: string,
  body?: unknown,
  options: SendOptions = {},
): Promise<T> {
  return request<T>(method, path, { ...options, body }, false);
}
