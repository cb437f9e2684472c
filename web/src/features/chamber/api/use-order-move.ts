import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Order } from '@hirfa/shared';
import { isApiError } from '@/lib/api-client';
import { chamberKeys } from './keys';

export interface SubOrderMoveInput {
  orderId: string;
  subOrderId: string;
}

/**
 * Wraps a staff move on one seller's part of an order: the answer is the whole order as it now
 * stands. When the status table refused the move (409), the order is read again, since someone
 * (the seller, most often) moved it first.
 */
export function useOrderMove(move: (input: SubOrderMoveInput) => Promise<Order>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: move,
    onSuccess: (order) => {
      queryClient.setQueryData(chamberKeys.order(order.id), order);
    },
    onError: (error, input) => {
      if (isApiError(error) && error.status === 409) {
        void queryClient.invalidateQueries({ queryKey: chamberKeys.order(input.orderId) });
      }
    },
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: chamberKeys.orderLists() });
    },
  });
}
