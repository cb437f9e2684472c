import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import type { SellerOrder } from '@hirfa/shared';
import { changeLanguage } from '@/lib/i18n';
import { jsonResponse } from '@/test/mock-fetch';
import { renderWithProviders } from '@/test/render';
import { mockApi, sellerOrder, sentRequests } from '../testing/fixtures';
import { SellerOrderPage } from './seller-order-page';

const ORDER_PATH = `/api/seller/orders/${sellerOrder().id}`;

function renderOrder(order: SellerOrder, answer?: () => Response) {
  let current = order;
  const fetchMock = mockApi(({ method, url }) => {
    if (method === 'GET' && url.pathname === ORDER_PATH) return jsonResponse(current);
    if (method === 'POST' && url.pathname === `${ORDER_PATH}/cancel`) {
      if (answer) return answer();
      current = { ...current, status: 'cancelled', nextStatuses: [] };
      return jsonResponse(current);
    }
    return jsonResponse({ statusCode: 404, error: 'Not Found', message: url.pathname }, 404);
  });
  renderWithProviders(<SellerOrderPage id={order.id} />, { route: `/seller/orders/${order.id}` });
  return () => sentRequests(fetchMock).filter((request) => request.method === 'POST');
}

async function expectNoSeriousViolations(container: HTMLElement) {
  const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  const serious = result.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.html).join(' | ')}`);
  expect(serious).toEqual([]);
}

const placedCash = sellerOrder({
  paymentMethod: 'cod',
  status: 'placed',
  nextStatuses: ['confirmed'],
});

describe('cancelling from the seller’s order page', () => {
  it('asks for a reason, sends it trimmed, and shows the part cancelled', async () => {
    const posts = renderOrder(placedCash);
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Annuler cette commande…' }));
    const reason = screen.getByRole('textbox', { name: "Raison de l'annulation" });
    expect(reason).toHaveFocus();
    await user.click(screen.getByRole('button', { name: "Confirmer l'annulation" }));
    expect(await screen.findByText('Indiquez la raison en 3 à 500 caractères.')).toBeVisible();
    expect(posts()).toHaveLength(0);

    await user.type(reason, '  Pièce fendue à la cuisson ');
    await user.click(screen.getByRole('button', { name: "Confirmer l'annulation" }));

    expect(
      await screen.findByText(
        "Commande annulée ; les pièces sont de nouveau en stock et l'acheteur est prévenu.",
      ),
    ).toBeVisible();
    expect(posts()).toEqual([
      {
        method: 'POST',
        path: `${ORDER_PATH}/cancel`,
        body: { reason: 'Pièce fendue à la cuisson' },
      },
    ]);
    expect(screen.getByTestId('seller-order-status')).toHaveTextContent('Annulée');
    expect(screen.queryByTestId('seller-order-cancel-open')).toBeNull();
  });

  it('is offered for a confirmed cash part too', async () => {
    renderOrder(
      sellerOrder({ paymentMethod: 'cod', status: 'confirmed', nextStatuses: ['shipped'] }),
    );
    expect(await screen.findByTestId('seller-order-cancel-open')).toBeVisible();
  });

  it.each<[string, Partial<SellerOrder>]>([
    [
      'a shipped cash part',
      { paymentMethod: 'cod', status: 'shipped', nextStatuses: ['delivered'] },
    ],
    ['a paid card part (refunded by the chamber)', { paymentMethod: 'card', status: 'paid' }],
    [
      'an accepted card part',
      { paymentMethod: 'card', status: 'accepted', nextStatuses: ['shipped'] },
    ],
    ['a cancelled part', { paymentMethod: 'cod', status: 'cancelled', nextStatuses: [] }],
  ])('is not offered for %s', async (_, overrides) => {
    renderOrder(sellerOrder(overrides));
    expect(await screen.findByTestId('seller-order-status')).toBeVisible();
    expect(screen.queryByTestId('seller-order-cancel')).toBeNull();
  });

  it('words a refusal from its code, not from the server’s English', async () => {
    const posts = renderOrder(placedCash, () =>
      jsonResponse(
        {
          statusCode: 409,
          error: 'Conflict',
          message: 'It shipped',
          code: 'order.not_cancellable',
        },
        409,
      ),
    );
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('seller-order-cancel-open'));
    await user.type(screen.getByTestId('seller-order-cancel-reason'), 'Rupture de stock');
    await user.click(screen.getByTestId('seller-order-cancel-confirm'));

    const alert = await screen.findByTestId('seller-order-cancel-error');
    expect(alert).toHaveTextContent('elle a été expédiée ou déjà annulée');
    expect(alert).not.toHaveTextContent('It shipped');
    expect(posts()).toHaveLength(1);
  });

  it('speaks English and Arabic', async () => {
    await changeLanguage('en');
    renderOrder(placedCash);
    expect(await screen.findByRole('button', { name: 'Cancel this order…' })).toBeVisible();
    await changeLanguage('ar');
    expect(await screen.findByRole('button', { name: 'إلغاء هذا الطلب…' })).toBeVisible();
  });

  it('passes axe with the form open, its error and a refusal shown', async () => {
    renderOrder(placedCash, () =>
      jsonResponse(
        { statusCode: 409, error: 'Conflict', message: 'x', code: 'order.refund_required' },
        409,
      ),
    );
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('seller-order-cancel-open'));
    await user.type(screen.getByTestId('seller-order-cancel-reason'), 'Rupture de stock');
    await user.click(screen.getByTestId('seller-order-cancel-confirm'));
    await screen.findByTestId('seller-order-cancel-error');
    await user.clear(screen.getByTestId('seller-order-cancel-reason'));
    await user.click(screen.getByTestId('seller-order-cancel-confirm'));
    await screen.findByText('Indiquez la raison en 3 à 500 caractères.');
    await expectNoSeriousViolations(document.body);
  });
});
