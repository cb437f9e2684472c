import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Order } from '@hirfa/shared';
import { apiError, jsonResponse, mockFetch } from '@/test/mock-fetch';
import { renderWithProviders } from '@/test/render';
import { useOrder } from '../api/get-order';
import { ARGAN_PART_ID, POTTERY_PART_ID, arganPart, codOrder, subOrder } from '../test/fixtures';
import { OrderDetail } from './order-detail';

const order = codOrder();

function OrderPage() {
  const query = useOrder(order.id);
  return query.data ? <OrderDetail order={query.data} /> : null;
}

function serve(answer: (path: string) => Response, current: () => Order = () => order) {
  const mock = mockFetch((url) =>
    url.pathname === `/api/admin/orders/${order.id}`
      ? jsonResponse(current())
      : answer(url.pathname),
  );
  const posts = () =>
    (mock.fetchMock.mock.calls as unknown as [string, RequestInit | undefined][])
      .filter(([, init]) => init?.method === 'POST')
      .map(([input, init]) => [input, JSON.parse(String(init?.body)) as unknown]);
  return { ...mock, posts };
}

async function parts() {
  const [pottery, argan] = await screen.findAllByTestId('admin-sub-order');
  return { pottery, argan };
}

describe('cash on delivery actions', () => {
  it('offers "confirm" on a placed part and "cash received" on a delivered one, never a refund', async () => {
    serve(() => apiError(404, 'Not Found', 'none'));
    renderWithProviders(<OrderPage />);

    const { pottery, argan } = await parts();
    expect(within(pottery).getByTestId('cod-confirm')).toHaveAccessibleName(
      'Confirmer (acheteur appelé) : part de « Atelier Lahcen »',
    );
    expect(within(pottery).queryByTestId('cod-remit')).toBeNull();
    expect(within(argan).getByTestId('cod-remit')).toHaveTextContent('Espèces reçues (remise)');
    expect(within(argan).queryByTestId('cod-confirm')).toBeNull();
    expect(screen.queryByTestId('refund-button')).toBeNull();
    expect(screen.queryByTestId('refund-order-button')).toBeNull();
  });

  it('confirms a part once the buyer was called, then shows its new status', async () => {
    const events = userEvent.setup();
    const confirmed = codOrder({
      subOrders: [subOrder({ status: 'confirmed' }), arganPart({ status: 'delivered' })],
    });
    const { posts } = serve(() => jsonResponse(confirmed));
    renderWithProviders(<OrderPage />);

    const { pottery } = await parts();
    await events.click(within(pottery).getByTestId('cod-confirm'));

    expect(await within(pottery).findByText('Part de « Atelier Lahcen » confirmée.')).toBeVisible();
    expect(posts()).toEqual([
      [`/api/admin/orders/${order.id}/confirm`, { subOrderId: POTTERY_PART_ID }],
    ]);
    expect(within(pottery).queryByTestId('cod-confirm')).toBeNull();
    expect(within(pottery).getByRole('heading', { level: 2 })).toHaveFocus();
    expect(within(pottery).getAllByText('Confirmée')[0]).toHaveAttribute(
      'data-status',
      'confirmed',
    );
  });

  it('records the cash of a delivered part as remitted', async () => {
    const events = userEvent.setup();
    const remitted = codOrder({
      subOrders: [subOrder({ status: 'placed' }), arganPart({ status: 'remitted' })],
    });
    const { posts } = serve(() => jsonResponse(remitted));
    renderWithProviders(<OrderPage />);

    const { argan } = await parts();
    await events.click(within(argan).getByTestId('cod-remit'));

    expect(
      await within(argan).findByText(
        'Remise des espèces de « Coopérative Tifaouine » enregistrée.',
      ),
    ).toBeVisible();
    expect(posts()).toEqual([
      [`/api/admin/orders/${order.id}/remit`, { subOrderId: ARGAN_PART_ID }],
    ]);
    expect(within(argan).queryByTestId('cod-remit')).toBeNull();
  });

  it('reads the order again when the part moved in the meantime', async () => {
    const events = userEvent.setup();
    let current = order;
    const { requests } = serve(
      () => apiError(409, 'Conflict', 'A cod order cannot go from confirmed to confirmed'),
      () => current,
    );
    renderWithProviders(<OrderPage />);

    const { pottery } = await parts();
    current = codOrder({
      subOrders: [subOrder({ status: 'confirmed' }), arganPart({ status: 'delivered' })],
    });
    await events.click(within(pottery).getByTestId('cod-confirm'));

    expect(await within(pottery).findByRole('alert')).toHaveTextContent(
      'Cette part a changé entre-temps ; son état actuel est affiché.',
    );
    await vi.waitFor(() => expect(within(pottery).queryByTestId('cod-confirm')).toBeNull());
    expect(requests().filter((path) => path === `/api/admin/orders/${order.id}`)).toHaveLength(2);
  });
});
