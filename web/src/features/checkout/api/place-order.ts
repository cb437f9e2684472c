import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CheckoutRequest, CheckoutResponse, Language } from '@hirfa/shared';
import { apiSend } from '@/lib/api-client';
import { useLanguage } from '@/lib/i18n';

/**
 * `POST /api/checkout` with its `Idempotency-Key`: sending the same key again (a retry after
 * a lost answer, a second click) returns the order the first request placed, never a second.
 */
export function placeOrder(
  request: CheckoutRequest,
  idempotencyKey: string,
  language: Language,
): Promise<CheckoutResponse> {
  return apiSend<CheckoutResponse>('POST', '/checkout', request, {
    params: { lang: language },
    headers: { 'Idempotency-Key': idempotencyKey },
  });
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
