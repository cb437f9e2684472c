import type { Order, SubOrderActionRequest } from '@hirfa/shared';
import { apiSend } from '@/lib/api-client';
import { useOrderMove, type SubOrderMoveInput } from './use-order-move';

/** Cash on delivery: the cash the carrier collected reached the platform (delivered → remitted). */
export function remitOrder({ orderId, subOrderId }: SubOrderMoveInput): Promise<Order> {
  const body: SubOrderActionRequest = { subOrderId };
  return apiSend<Order>('POST', `/admin/orders/${encodeURIComponent(orderId)}/remit`, body);
}

export function useRemitOrder() {
  return useOrderMove(remitOrder);
}
