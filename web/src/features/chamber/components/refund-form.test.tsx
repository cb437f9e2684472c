import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Order, Refund } from '@hirfa/shared';
import { apiError, jsonResponse, mockFetch } from '@/test/mock-fetch';
import { renderWithProviders } from '@/test/render';
import { useOrder } from '../api/get-order';
import {
  ARGAN_PART_ID,
  CARD_ORDER_ID,
  POTTERY_PART_ID,
  arganPart,
  cardOrder,
  subOrder,
} from '../test/fixtures';
import { OrderDetail } from './order-detail';

function OrderPage({ id }: { id: string }) {
  const order = useOrder(id);
  return order.data ? <OrderDetail order={order.data} /> : null;
}

/** Intl separates with no-break spaces; compare without. */
const plain = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

/** The texts an input's `aria-describedby` points to. */
const description = (element: HTMLElement) =>
  plain(
    (element.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' '),
  );

function refund(overrides: Partial<Refund> = {}): Refund {
  return {
    id: 'r-1',
    orderId: CARD_ORDER_ID,
    subOrderId: POTTERY_PART_ID,
    amount: { amount: 12050, currency: 'MAD' },
    status: 'pending',
    reason: 'Tajine arrivé fêlé.',
    createdAt: '2026-03-05T10:00:00.000Z',
    ...overrides,
  };
}

interface Api {
  order: () => Order;
  refund?: () => Response;
}

function serve(api: Api) {
  const mock = mockFetch((url) => {
    if (url.pathname === `/api/admin/orders/${CARD_ORDER_ID}`) return jsonResponse(api.order());
    if (url.pathname === `/api/admin/orders/${CARD_ORDER_ID}/refund` && api.refund) {
      return api.refund();
    }
    return apiError(404, 'Not Found', url.pathname);
  });
  const refundBodies = () =>
    mock.fetchMock.mock.calls
      .filter(([input]) => String(input).endsWith('/refund'))
      .map((call) => {
        const [, init] = call as unknown as [string, RequestInit];
        return JSON.parse(String(init.body)) as unknown;
      });
  return { ...mock, refundBodies };
}

async function openPotteryRefund(events: ReturnType<typeof userEvent.setup>) {
  const part = (await screen.findAllByTestId('admin-sub-order'))[0];
  expect(part).toHaveTextContent('Atelier Lahcen');
  await events.click(within(part).getByTestId('refund-button'));
  return part;
}

describe('refunding a card order', () => {
  it('sends nothing without a reason, and ties the error to the field', async () => {
    const events = userEvent.setup();
    const { refundBodies } = serve({ order: () => cardOrder(), refund: () => jsonResponse({}) });
    renderWithProviders(<OrderPage id={CARD_ORDER_ID} />);

    await openPotteryRefund(events);
    expect(screen.getByTestId('refund-amount')).toHaveFocus();
    await events.type(screen.getByTestId('refund-reason'), '  a ');
    await events.click(screen.getByTestId('confirm-refund'));

    const reason = screen.getByTestId('refund-reason');
    expect(reason).toHaveFocus();
    expect(reason).toHaveAttribute('aria-invalid', 'true');
    expect(reason).toHaveAccessibleName('Motif du remboursement');
    expect(reason).toHaveAccessibleDescription(
      'Gardé avec le remboursement. Entre 3 et 1000 caractères. Indiquez un motif de 3 à 1000 caractères.',
    );
    expect(screen.getByRole('alert')).toHaveTextContent("Le remboursement n'a pas été envoyé");
    expect(refundBodies()).toEqual([]);
  });

  it.each([
    ['12,345', 'Écrivez un montant en dirhams, avec au plus deux décimales'],
    ['0', 'Le montant doit être supérieur à zéro.'],
    ['500,01', 'Le montant dépasse ce qui reste à rembourser : 500,00 MAD au plus.'],
  ])('refuses the amount %j before sending anything', async (typed, message) => {
    const events = userEvent.setup();
    const { refundBodies } = serve({ order: () => cardOrder(), refund: () => jsonResponse({}) });
    renderWithProviders(<OrderPage id={CARD_ORDER_ID} />);

    await openPotteryRefund(events);
    await events.type(screen.getByTestId('refund-amount'), typed);
    await events.type(screen.getByTestId('refund-reason'), 'Tajine arrivé fêlé.');
    await events.click(screen.getByTestId('confirm-refund'));

    const amount = screen.getByTestId('refund-amount');
    expect(amount).toHaveFocus();
    expect(amount).toHaveAttribute('aria-invalid', 'true');
    expect(description(amount)).toContain(message);
    expect(refundBodies()).toEqual([]);
  });

  it('sends the amount as integer centimes, shows the refund pending, then confirmed once Stripe is', async () => {
    const events = userEvent.setup();
    let refunded = 0;
    const { refundBodies } = serve({
      order: () =>
        cardOrder({
          subOrders: [subOrder({ refunded: { amount: refunded, currency: 'MAD' } }), arganPart()],
        }),
      refund: () => jsonResponse({ refunds: [refund()] }, 202),
    });
    renderWithProviders(<OrderPage id={CARD_ORDER_ID} />);

    await openPotteryRefund(events);
    await events.type(screen.getByTestId('refund-amount'), '120,50');
    await events.type(screen.getByTestId('refund-reason'), '  Tajine arrivé fêlé.  ');
    await events.click(screen.getByTestId('confirm-refund'));

    const status = await screen.findByTestId('refund-status');
    expect(refundBodies()).toEqual([
      { subOrderId: POTTERY_PART_ID, amount: 12050, reason: 'Tajine arrivé fêlé.' },
    ]);
    expect(status).toHaveAttribute('data-status', 'pending');
    expect(plain(status.textContent)).toBe(
      '120,50 MAD pour Atelier Lahcen : en attente de confirmation par Stripe.',
    );
    expect(screen.getByRole('heading', { name: 'Remboursements demandés' })).toHaveFocus();
    expect(screen.queryByTestId('refund-amount')).toBeNull();

    // Stripe's webhook lands: the part's refunded amount grows.
    refunded = 12050;
    await events.click(screen.getByTestId('refresh-order'));
    await vi.waitFor(() =>
      expect(screen.getByTestId('refund-status')).toHaveAttribute('data-status', 'succeeded'),
    );
    expect(plain(screen.getByTestId('refund-status').textContent)).toBe(
      '120,50 MAD pour Atelier Lahcen : remboursement confirmé par Stripe.',
    );
    expect(screen.queryByTestId('refresh-order')).toBeNull();
  });

  it('refunds the whole order without an amount when it has several sellers', async () => {
    const events = userEvent.setup();
    const { refundBodies } = serve({
      order: () => cardOrder(),
      refund: () =>
        jsonResponse(
          {
            refunds: [
              refund({ amount: { amount: 50000, currency: 'MAD' } }),
              refund({
                id: 'r-2',
                subOrderId: ARGAN_PART_ID,
                amount: { amount: 27000, currency: 'MAD' },
                status: 'failed',
              }),
            ],
          },
          202,
        ),
    });
    renderWithProviders(<OrderPage id={CARD_ORDER_ID} />);

    await events.click(await screen.findByTestId('refund-order-button'));
    expect(screen.queryByTestId('refund-amount')).toBeNull();
    expect(plain(screen.getByRole('form').textContent)).toContain(
      'Chaque part vendeur est remboursée de tout ce qui lui reste, soit 770,00 MAD en tout.',
    );
    await events.type(screen.getByTestId('refund-reason'), 'Commande annulée par la Chambre.');
    await events.click(screen.getByTestId('confirm-refund'));

    const statuses = await screen.findAllByTestId('refund-status');
    expect(refundBodies()).toEqual([{ reason: 'Commande annulée par la Chambre.' }]);
    expect(statuses.map((item) => item.dataset.status)).toEqual(['pending', 'failed']);
    expect(plain(statuses[1].textContent)).toBe(
      "270,00 MAD pour Coopérative Tifaouine : refusé par Stripe, rien n'a été remboursé.",
    );
  });

  it.each([
    [409, 'Conflict', 'Rien ne reste à rembourser ici'],
    [
      503,
      'Service Unavailable',
      "Stripe n'a pas accepté le remboursement ; rien n'a été remboursé.",
    ],
  ])('explains a %i refusal', async (status, error, message) => {
    const events = userEvent.setup();
    serve({ order: () => cardOrder(), refund: () => apiError(status, error, 'refused') });
    renderWithProviders(<OrderPage id={CARD_ORDER_ID} />);

    await openPotteryRefund(events);
    await events.type(screen.getByTestId('refund-reason'), 'Tajine arrivé fêlé.');
    await events.click(screen.getByTestId('confirm-refund'));

    expect(await screen.findByRole('alert')).toHaveTextContent(message);
    expect(screen.queryByTestId('refund-status')).toBeNull();
  });

  it('offers no refund on an unpaid card order', async () => {
    serve({ order: () => cardOrder({ paymentStatus: 'awaiting_payment', paidAt: null }) });
    renderWithProviders(<OrderPage id={CARD_ORDER_ID} />);

    expect(await screen.findAllByTestId('admin-sub-order')).toHaveLength(2);
    expect(screen.queryByTestId('refund-button')).toBeNull();
    expect(screen.queryByTestId('refund-order-button')).toBeNull();
  });
});
