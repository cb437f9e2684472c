import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CheckoutSessionResult } from '@hirfa/shared';
import { apiGet } from '@/lib/api-client';

export function getCheckoutSession(
  sessionId: string,
  signal?: AbortSignal,
): Promise<CheckoutSessionResult> {
  return apiGet<CheckoutSessionResult>(`/checkout/sessions/${encodeURIComponent(sessionId)}`, {
    signal,
  });
}

export function checkoutSessionQueryOptions(sessionId: string) {
  return queryOptions({
    queryKey: ['checkout', 'session', sessionId] as const,
    queryFn: ({ signal }) => getCheckoutSession(sessionId, signal),
    staleTime: 0,
  });
}

/** Failed answers count too, so that a server that keeps failing does not keep us asking. */
function answerCount(state: { dataUpdateCount: number; errorUpdateCount: number }): number {
  return state.dataUpdateCount + state.errorUpdateCount;
}

export interface PollOptions {
  /** Milliseconds between two questions while the payment is not settled yet. */
  interval: number;
  /** How many answers to wait for before saying the confirmation will come by email. */
  maxAnswers: number;
}

/**
 * The order paid with this Stripe session. Asking settles the payment like the webhook would;
 * while Stripe has not settled it yet, asks again a few times.
 */
export function useCheckoutSession(sessionId: string, poll: PollOptions) {
  const queryClient = useQueryClient();
  const options = checkoutSessionQueryOptions(sessionId);
  const query = useQuery({
    ...options,
    queryFn: async ({ signal }) => {
      const result = await getCheckoutSession(sessionId, signal);
      // The order's pages may have been read before the payment was settled.
      if (result.paymentStatus === 'paid') {
        void queryClient.invalidateQueries({ queryKey: ['orders'] });
      }
      return result;
    },
    enabled: sessionId !== '',
    // Every answer counts, even one identical to the previous: re-render on each.
    notifyOnChangeProps: 'all',
    refetchInterval: (query) =>
      query.state.data?.paymentStatus === 'awaiting_payment' &&
      answerCount(query.state) < poll.maxAnswers
        ? poll.interval
        : false,
  });
  const state = queryClient.getQueryState(options.queryKey);
  const answers = state ? answerCount(state) : 0;
  /** True while the page should keep saying "confirming" rather than show the result. */
  const waiting =
    !query.data || (query.data.paymentStatus === 'awaiting_payment' && answers < poll.maxAnswers);
  return { query, waiting };
}
