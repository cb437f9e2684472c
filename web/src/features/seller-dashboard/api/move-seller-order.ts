import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '@/lib/api-client';
import type { SellerOrderDetail } from './get-seller-order';
import { sellerOrdersKeys } from './get-seller-orders';
import { sellerLedgerKeys } from './get-seller-ledger';
import { sellerProductsKeys } from './get-seller-products';

/** The path segment of each of the seller's moves: `POST /seller/orders/:id/<action>`. */
export type SellerOrderAction = 'accept' | 'confirm' | 'ship' | 'deliver' | 'refuse' | 'return';

export interface SellerOrderMove {
  action: SellerOrderAction;
  /** Required by `ship`: the carrier's reference. */
  trackingNumber?: string;
}

export function moveSellerOrder(id: string, move: SellerOrderMove): Promise<SellerOrderDetail> {
  return apiSend<SellerOrderDetail>(
    'POST',
    `/seller/orders/${encodeURIComponent(id)}/${move.action}`,
    move.action === 'ship' ? { trackingNumber: move.trackingNumber } : undefined,
  );
}

export function useMoveSellerOrder(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (move: SellerOrderMove) => moveSellerOrder(id, move),
    onSuccess: (order, move) => {
      queryClient.setQueryData(sellerOrdersKeys.detail(id), order);
      void queryClient.invalidateQueries({ queryKey: sellerOrdersKeys.lists() });
      void queryClient.invalidateQueries({ queryKey: sellerLedgerKeys.all });
      // A returned parcel puts its pieces back in stock.
      if (move.action === 'return') {
        void queryClient.invalidateQueries({ queryKey: sellerProductsKeys.all });
        void queryClient.invalidateQueries({ queryKey: ['products'] });
      }
    },
    onError: () => {
      // A refusal (409) means the order moved meanwhile: show what it is now.
      void queryClient.invalidateQueries({ queryKey: sellerOrdersKeys.detail(id) });
    },
  });
}
