import type { Order, SubOrderActionRequest } from '@hirfa/shared';
import { apiSend } from '@/lib/api-client';
import { useOrderMove, type SubOrderMoveInput } from './use-order-move';

/** Cash on delivery: staff called the buyer, who confirmed the order (placed → confirmed). */
export function confirmOrder({ orderId, subOrderId }: SubOrderMoveInput): Promise<Order> {
  const body: SubOrderActionRequest = { subOrderId };
  return apiSend<Order>('POST', `/admin/orders/${encodeURIComponent(orderId)}/confirm`, body);
}

export function useConfirmOrder() {
  return useOrderMove(confirmOrder);
}
