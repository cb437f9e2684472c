import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Refund } from '@hirfa/shared';
import { changeLanguage } from '@/lib/i18n';
import { apiError, jsonResponse, mockFetch } from '@/test/mock-fetch';
import { renderWithProviders } from '@/test/render';
import { useOrder } from '../api/get-order';
import {
  ARGAN_PART_ID,
  CARD_ORDER_ID,
  POTTERY_PART_ID,
  cardOrder,
  subOrder,
  arganPart,
} from '../test/fixtures';
import { OrderDetail } from './order-detail';

function OrderPage() {
  const order = useOrder(CARD_ORDER_ID);
  return order.data ? <OrderDetail order={order.data} /> : null;
}

const plain = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

function refund(overrides: Partial<Refund> = {}): Refund {
  return {
    id: 'r-1',
    orderId: CARD_ORDER_ID,
    subOrderId: POTTERY_PART_ID,
    amount: { amount: 12050, currency: 'MAD' },
    status: 'succeeded',
    reason: 'late_payment',
    createdAt: '2026-03-05T10:00:00.000Z',
    ...overrides,
  };
}

/** A card order paid after its parts were cancelled, refunded automatically. */
const latePaid = cardOrder({
  subOrders: [subOrder({ status: 'cancelled' }), arganPart({ status: 'cancelled' })],
});

function serve(refunds: Refund[] | null, refundAnswer?: () => Response) {
  return mockFetch((url) => {
    if (url.pathname === `/api/admin/orders/${CARD_ORDER_ID}`) return jsonResponse(latePaid);
    if (url.pathname === `/api/admin/orders/${CARD_ORDER_ID}/refunds` && refunds) {
      return jsonResponse({ refunds });
    }
    if (url.pathname === `/api/admin/orders/${CARD_ORDER_ID}/refund` && refundAnswer) {
      return refundAnswer();
    }
    return apiError(404, 'Not Found', url.pathname);
  });
}

describe('<OrderRefunds> in the chamber’s order page', () => {
  it('lists every refund with its status, and says which were made for a late payment', async () => {
    serve([
      refund(),
      refund({
        id: 'r-2',
        subOrderId: ARGAN_PART_ID,
        amount: { amount: 27000, currency: 'MAD' },
        status: 'pending',
        reason: 'Colis perdu',
      }),
    ]);
    renderWithProviders(<OrderPage />);

    const panel = await screen.findByTestId('order-refunds');
    expect(within(panel).getByRole('heading')).toHaveTextContent(
      'Remboursements de cette commande',
    );
    const [late, asked] = within(panel).getAllByTestId('order-refund');
    expect(late.dataset.status).toBe('succeeded');
    expect(plain(late.textContent)).toContain('120,50 MAD');
    expect(late).toHaveTextContent('Payée après l’annulation de la commande');
    expect(late).toHaveTextContent('remboursé');
    expect(asked.dataset.status).toBe('pending');
    expect(asked).toHaveTextContent('Colis perdu');
    expect(asked).toHaveTextContent('en attente de Stripe');
    expect(asked).not.toHaveTextContent('annulation');
  });

  it('words a late payment in Arabic', async () => {
    await changeLanguage('ar');
    serve([refund()]);
    renderWithProviders(<OrderPage />);
    const [late] = await screen.findAllByTestId('order-refund');
    expect(late).toHaveTextContent('دُفع بعد إلغاء الطلب');
    expect(late).toHaveTextContent('تم الاسترداد');
  });

  it('shows nothing when the order has no refund, or they cannot be read', async () => {
    serve([]);
    const { unmount } = renderWithProviders(<OrderPage />);
    expect(await screen.findAllByTestId('admin-sub-order')).toHaveLength(2);
    expect(screen.queryByTestId('order-refunds')).toBeNull();
    unmount();
    serve(null);
    renderWithProviders(<OrderPage />);
    expect(await screen.findAllByTestId('admin-sub-order')).toHaveLength(2);
    expect(screen.queryByTestId('order-refunds')).toBeNull();
  });
});

describe('a refund Stripe refuses', () => {
  it('is explained from its code, in the reader’s language', async () => {
    const events = userEvent.setup();
    mockFetch((url) => {
      if (url.pathname === `/api/admin/orders/${CARD_ORDER_ID}`) return jsonResponse(cardOrder());
      if (url.pathname === `/api/admin/orders/${CARD_ORDER_ID}/refund`) {
        return jsonResponse(
          {
            statusCode: 422,
            error: 'Unprocessable Entity',
            code: 'refund.refused_by_stripe',
            message: 'Stripe refused the refund, so nothing was refunded',
          },
          422,
        );
      }
      return apiError(404, 'Not Found', url.pathname);
    });
    renderWithProviders(<OrderPage />);
    await events.click(await screen.findByTestId('refund-order-button'));
    await events.type(screen.getByTestId('refund-reason'), 'Commande annulée.');
    await events.click(screen.getByTestId('confirm-refund'));
    expect(await screen.findByRole('alert')).toHaveTextContent('Stripe a refusé ce remboursement');
  });
});
