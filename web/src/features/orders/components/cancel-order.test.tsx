import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { describe, expect, it, vi } from 'vitest';
import type { Order, OrderStatus } from '@hirfa/shared';
import { changeLanguage } from '@/lib/i18n';
import { order, subOrder } from '@/test/buying-fixtures';
import { jsonResponse } from '@/test/mock-fetch';
import { renderWithProviders } from '@/test/render';
import { OrderPage } from './order-detail';

async function expectNoSeriousViolations(container: HTMLElement) {
  const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  const serious = result.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.html).join(' | ')}`);
  expect(serious).toEqual([]);
}

interface Sent {
  method: string;
  path: string;
  body: unknown;
}

/** Serves the order, and answers its cancellation with `answer` (by default: cancelled). */
function serve(initial: Order, answer?: () => Response) {
  let current = initial;
  const sent: Sent[] = [];
  const path = `/api/orders/${initial.id}`;
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = new URL(String(input), window.location.origin);
      const method = init?.method ?? 'GET';
      sent.push({
        method,
        path: url.pathname,
        body: init?.body ? JSON.parse(String(init.body)) : undefined,
      });
      if (method === 'GET' && url.pathname === path) return jsonResponse(current);
      if (method === 'POST' && url.pathname === `${path}/cancel`) {
        if (answer) return answer();
        current = {
          ...current,
          subOrders: current.subOrders.map((part) => ({ ...part, status: 'cancelled' })),
        };
        return jsonResponse(current);
      }
      return jsonResponse({ statusCode: 404, error: 'Not Found', message: 'Not found' }, 404);
    }),
  );
  return { sent, posts: () => sent.filter((request) => request.method === 'POST') };
}

const twoParts = (first: OrderStatus, second: OrderStatus) =>
  order({ subOrders: [subOrder({ status: first }), subOrder({ id: 'so-2', status: second })] });

function renderPage(value: Order) {
  return renderWithProviders(<OrderPage id={value.id} placed={false} />, {
    route: `/orders/${value.id}`,
  });
}

describe('cancelling an order from the shopper’s page', () => {
  it('asks why, sends the trimmed reason, and says it is done', async () => {
    const api = serve(twoParts('placed', 'confirmed'));
    renderPage(twoParts('placed', 'confirmed'));
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Annuler la commande…' }));
    const reason = screen.getByRole('textbox', { name: 'Pourquoi annulez-vous ?' });
    expect(reason).toHaveFocus();
    // Too short: nothing is sent.
    await user.type(reason, ' a ');
    await user.click(screen.getByRole('button', { name: "Confirmer l'annulation" }));
    expect(await screen.findByText('Indiquez la raison en 3 à 500 caractères.')).toBeVisible();
    expect(api.posts()).toHaveLength(0);

    await user.clear(reason);
    await user.type(reason, '  Trompée de couleur  ');
    await user.click(screen.getByRole('button', { name: "Confirmer l'annulation" }));

    expect(
      await screen.findByText(
        'Votre commande est annulée. Un e-mail de confirmation vous a été envoyé.',
      ),
    ).toBeVisible();
    expect(api.posts()).toEqual([
      {
        method: 'POST',
        path: `/api/orders/${order().id}/cancel`,
        body: { reason: 'Trompée de couleur' },
      },
    ]);
    await waitFor(() =>
      expect(screen.getAllByTestId('sub-order-status').map((el) => el.textContent)).toEqual([
        'Annulée',
        'Annulée',
      ]),
    );
    expect(screen.queryByRole('button', { name: 'Annuler la commande…' })).toBeNull();
  });

  it.each<[string, Order]>([
    ['a part has shipped', twoParts('placed', 'shipped')],
    ['it is already cancelled', twoParts('cancelled', 'cancelled')],
    [
      'it is paid by card',
      order({ paymentMethod: 'card', subOrders: [subOrder({ status: 'paid' })] }),
    ],
  ])('offers no cancellation when %s', async (_, value) => {
    serve(value);
    renderPage(value);
    expect(await screen.findAllByTestId('sub-order')).not.toHaveLength(0);
    expect(screen.queryByTestId('order-cancel')).toBeNull();
  });

  it('offers it for an unpaid card order', async () => {
    const unpaid = order({
      paymentMethod: 'card',
      paymentStatus: 'awaiting_payment',
      subOrders: [subOrder({ status: 'pending_payment' })],
    });
    serve(unpaid);
    renderPage(unpaid);
    expect(await screen.findByTestId('order-cancel-open')).toBeVisible();
  });

  it.each([
    ['order.not_cancellable', 'order.not_cancellable', 409, 'une partie a déjà été expédiée'],
    ['order.refund_required', 'order.refund_required', 409, "Contactez la Chambre d'artisanat"],
    ['a 503', undefined, 503, 'Le service est momentanément indisponible'],
  ])('words the refusal %s from its code', async (_, code, status, words) => {
    const api = serve(twoParts('placed', 'placed'), () =>
      jsonResponse(
        { statusCode: status, error: 'Refused', message: 'English from the server', code },
        status,
      ),
    );
    renderPage(twoParts('placed', 'placed'));
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('order-cancel-open'));
    await user.type(screen.getByTestId('order-cancel-reason'), 'Plus besoin');
    await user.click(screen.getByTestId('order-cancel-confirm'));

    const alert = await screen.findByTestId('order-cancel-error');
    expect(alert).toHaveTextContent(words);
    expect(alert).not.toHaveTextContent('English from the server');
    expect(api.posts()).toHaveLength(1);
  });

  it('speaks Arabic', async () => {
    await changeLanguage('ar');
    serve(twoParts('placed', 'placed'), () =>
      jsonResponse(
        { statusCode: 409, error: 'Conflict', message: 'x', code: 'order.not_cancellable' },
        409,
      ),
    );
    renderPage(twoParts('placed', 'placed'));
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'إلغاء الطلب…' }));
    await user.type(screen.getByRole('textbox', { name: 'لماذا تريد الإلغاء؟' }), 'لم أعد أحتاجه');
    await user.click(screen.getByRole('button', { name: 'تأكيد الإلغاء' }));
    expect(await screen.findByTestId('order-cancel-error')).toHaveTextContent(
      'لم يعد بالإمكان إلغاء هذا الطلب',
    );
  });

  it('passes axe with the form open and its error shown', async () => {
    serve(twoParts('placed', 'placed'));
    renderPage(twoParts('placed', 'placed'));
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('order-cancel-open'));
    await user.click(screen.getByTestId('order-cancel-confirm'));
    await screen.findByText('Indiquez la raison en 3 à 500 caractères.');
    await expectNoSeriousViolations(document.body);
  });
});
