import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import type { Order } from '@hirfa/shared';
import { changeLanguage } from '@/lib/i18n';
import { jsonResponse, mockFetch } from '@/test/mock-fetch';
import { renderWithProviders } from '@/test/render';
import { useOrder } from '../api/get-order';
import { POTTERY_PART_ID, arganPart, cardOrder, codOrder, subOrder } from '../test/fixtures';
import { OrderDetail } from './order-detail';

async function expectNoSeriousViolations(container: HTMLElement) {
  const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  const serious = result.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.html).join(' | ')}`);
  expect(serious).toEqual([]);
}

function OrderPage({ id }: { id: string }) {
  const query = useOrder(id);
  return query.data ? <OrderDetail order={query.data} /> : null;
}

/** Serves `initial`; its cancellation answers `answer`, by default the order with the part cancelled. */
function serve(initial: Order, answer?: () => Response) {
  let current = initial;
  const mock = mockFetch((url) => {
    if (url.pathname === `/api/admin/orders/${initial.id}`) return jsonResponse(current);
    if (url.pathname === `/api/admin/orders/${initial.id}/cancel`) {
      if (answer) return answer();
      current = {
        ...current,
        subOrders: current.subOrders.map((part) =>
          part.id === POTTERY_PART_ID ? { ...part, status: 'cancelled' } : part,
        ),
      };
      return jsonResponse(current);
    }
    return jsonResponse({ statusCode: 404, error: 'Not Found', message: url.pathname }, 404);
  });
  const posts = () =>
    (mock.fetchMock.mock.calls as unknown as [string, RequestInit | undefined][])
      .filter(([, init]) => init?.method === 'POST')
      .map(([input, init]) => [input, JSON.parse(String(init?.body)) as unknown]);
  return { posts };
}

async function parts() {
  const [pottery, argan] = await screen.findAllByTestId('admin-sub-order');
  return { pottery, argan };
}

describe('cancelling a part from the chamber console', () => {
  it('cancels a placed cash part with a reason, and only that part offers it', async () => {
    const order = codOrder();
    const { posts } = serve(order);
    renderWithProviders(<OrderPage id={order.id} />);
    const user = userEvent.setup();

    const { pottery, argan } = await parts();
    // The delivered argan part cannot be cancelled.
    expect(within(argan).queryByTestId('cancel-part-open')).toBeNull();
    const open = within(pottery).getByTestId('cancel-part-open');
    expect(open).toHaveAccessibleName('Annuler la part de « Atelier Lahcen »');
    await user.click(open);

    const reason = within(pottery).getByRole('textbox', { name: "Motif de l'annulation" });
    expect(reason).toHaveFocus();
    await user.type(reason, 'ab');
    await user.click(within(pottery).getByTestId('cancel-part-confirm'));
    expect(
      await within(pottery).findByText('Indiquez un motif de 3 à 500 caractères.'),
    ).toBeVisible();
    expect(posts()).toHaveLength(0);

    await user.clear(reason);
    await user.type(reason, ' Adresse introuvable, client injoignable ');
    await user.click(within(pottery).getByTestId('cancel-part-confirm'));

    expect(await within(pottery).findByText(/Part de « Atelier Lahcen » annulée/)).toBeVisible();
    expect(posts()).toEqual([
      [
        `/api/admin/orders/${order.id}/cancel`,
        { reason: 'Adresse introuvable, client injoignable', subOrderId: POTTERY_PART_ID },
      ],
    ]);
    expect(within(pottery).queryByTestId('cancel-part-open')).toBeNull();
  });

  it('never offers it on a paid card part, which is refunded instead', async () => {
    const order = cardOrder();
    serve(order);
    renderWithProviders(<OrderPage id={order.id} />);
    await parts();
    expect(screen.queryByTestId('cancel-part')).toBeNull();
    expect(screen.getAllByTestId('refund-button')).not.toHaveLength(0);
  });

  it('warns that an unpaid card order goes whole', async () => {
    const order = cardOrder({
      paymentStatus: 'awaiting_payment',
      paidAt: null,
      subOrders: [
        subOrder({ status: 'pending_payment' }),
        arganPart({ status: 'pending_payment' }),
      ],
    });
    serve(order);
    renderWithProviders(<OrderPage id={order.id} />);
    const user = userEvent.setup();
    const { pottery } = await parts();
    await user.click(within(pottery).getByTestId('cancel-part-open'));
    expect(within(pottery).getByText(/toute la commande sera annulée/)).toBeVisible();
  });

  it('words a refusal from its code, in the reader’s language', async () => {
    await changeLanguage('en');
    const order = codOrder();
    serve(order, () =>
      jsonResponse(
        { statusCode: 409, error: 'Conflict', message: 'raw', code: 'order.not_cancellable' },
        409,
      ),
    );
    renderWithProviders(<OrderPage id={order.id} />);
    const user = userEvent.setup();
    const { pottery } = await parts();
    await user.click(
      within(pottery).getByRole('button', { name: 'Cancel the part of “Atelier Lahcen”' }),
    );
    await user.type(within(pottery).getByTestId('cancel-part-reason'), 'Fraud suspected');
    await user.click(within(pottery).getByRole('button', { name: 'Confirm the cancellation' }));

    const alert = await within(pottery).findByTestId('cancel-part-error');
    expect(alert).toHaveTextContent('it has shipped or is already cancelled');
    expect(alert).not.toHaveTextContent('raw');
  });

  it('passes axe with the form open, its error and a refusal shown', async () => {
    const order = codOrder();
    serve(order, () =>
      jsonResponse({ statusCode: 503, error: 'Service Unavailable', message: 'x' }, 503),
    );
    renderWithProviders(<OrderPage id={order.id} />);
    const user = userEvent.setup();
    const { pottery } = await parts();
    await user.click(within(pottery).getByTestId('cancel-part-open'));
    await user.type(within(pottery).getByTestId('cancel-part-reason'), 'Fraude');
    await user.click(within(pottery).getByTestId('cancel-part-confirm'));
    expect(await within(pottery).findByTestId('cancel-part-error')).toHaveTextContent(
      "rien n'a été annulé",
    );
    await user.clear(within(pottery).getByTestId('cancel-part-reason'));
    await user.click(within(pottery).getByTestId('cancel-part-confirm'));
    await within(pottery).findByText('Indiquez un motif de 3 à 500 caractères.');
    await expectNoSeriousViolations(document.body);
  });
});
