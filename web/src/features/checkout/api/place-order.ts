import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ApiErrorBody, CheckoutRequest, CheckoutResponse, Language } from '@hirfa/shared';
import { ApiError } from '@/lib/api-client';
import { useLanguage } from '@/lib/i18n';

function isErrorBody(value: unknown): value is ApiErrorBody {
  if (typeof value !== 'object' || value === null) return false;
  const body = value as Record<string, unknown>;
  return typeof body.statusCode === 'number' && typeof body.message === 'string';
}

/** The answer's JSON, or null when there is none (or it is not JSON). */
function parseJson(text: string): unknown {
  if (text === '') return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

/**
 * `POST /api/checkout` with its `Idempotency-Key`: sending the same key again (a retry after
 * a lost answer, a second click) returns the order the first request placed, never a second.
 * Written with fetch directly because the shared client sends no custom headers.
 */
export async function placeOrder(
  request: CheckoutRequest,
  idempotencyKey: string,
  language: Language,
): Promise<CheckoutResponse> {
  let response: Response;
  try {
    response = await fetch(`/api/checkout?lang=${language}`, {
      method: 'POST',
      headers: {
        Accept: 'application/json',
        'Content-Type': 'application/json',
        'Idempotency-Key': idempotencyKey,
      },
      body: JSON.stringify(request),
      credentials: 'same-origin',
    });
  } catch (error) {
    throw new ApiError('network', 0, error instanceof Error ? error.message : 'Network error');
  }
  const payload = parseJson(await response.text());
  if (!response.ok) {
    const body = isErrorBody(payload) ? payload : null;
    throw new ApiError(
      'http',
      response.status,
      body?.message ?? (response.statusText || `HTTP ${response.status}`),
      body,
    );
  }
  if (payload === null) {
    throw new ApiError('invalid-response', response.status, 'The server sent no JSON');
  }
  return payload as CheckoutResponse;
}

interface Variables {
  request: CheckoutRequest;
  idempotencyKey: string;
}

export function usePlaceOrder() {
  const queryClient = useQueryClient();
  const language = useLanguage();
  return useMutation({
    mutationFn: ({ request, idempotencyKey }: Variables) =>
      placeOrder(request, idempotencyKey, language),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['orders'] }),
  });
}
