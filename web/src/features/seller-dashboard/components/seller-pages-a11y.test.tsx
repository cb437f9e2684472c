import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import type { ReactElement } from 'react';
import { describe, expect, it } from 'vitest';
import { changeLanguage } from '@/lib/i18n';
import { apiError, jsonResponse } from '@/test/mock-fetch';
import { renderWithProviders } from '@/test/render';
import {
  ledgerEntry,
  mockApi,
  sellerLedger,
  sellerOrder,
  sellerOrderPage,
} from '../testing/fixtures';
import { SellerBalancePage } from './seller-balance-page';
import { SellerOrderPage } from './seller-order-page';
import { SellerOrdersPage } from './seller-orders-page';
import { SellerShippingPage } from './seller-shipping-page';

const codOrder = sellerOrder({
  id: '7c1e2f3a-0000-4000-8000-000000000002',
  orderNumber: 'HF-2026-000124',
  paymentMethod: 'cod',
  status: 'shipped',
  nextStatuses: ['delivered', 'refused'],
});

function api() {
  return mockApi(({ method, url }) => {
    if (method === 'POST') return apiError(409, 'Conflict', 'This order is refused');
    switch (url.pathname) {
      case '/api/seller/orders':
        return jsonResponse(sellerOrderPage([sellerOrder(), codOrder], { total: 45 }));
      case `/api/seller/orders/${codOrder.id}`:
        return jsonResponse(codOrder);
      case '/api/seller/ledger':
        return jsonResponse(
          sellerLedger([
            ledgerEntry(),
            ledgerEntry({
              id: '2',
              kind: 'commission',
              amount: { amount: -12005, currency: 'MAD' },
            }),
          ]),
        );
      case '/api/seller/shop/shipping':
        return jsonResponse({ moroccoAmount: 3500, internationalAmount: 25000, currency: 'MAD' });
      default:
        return apiError(404, 'Not Found', url.pathname);
    }
  });
}

/** Serious and critical problems only; contrast needs a real browser (the e2e tests run it). */
async function expectNoSeriousViolations(container: HTMLElement) {
  const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  const serious = result.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.html).join(' | ')}`);
  expect(serious).toEqual([]);
}

const pages: [string, () => ReactElement, string][] = [
  ['orders', () => <SellerOrdersPage />, 'seller-order-row'],
  ['order', () => <SellerOrderPage id={codOrder.id} />, 'order-action-deliver'],
  ['balance', () => <SellerBalancePage />, 'ledger-line'],
  ['shipping', () => <SellerShippingPage />, 'shipping-save'],
];

describe('the seller’s order, balance and shipping pages', () => {
  it.each(['fr', 'ar'] as const)('pass axe in %s', async (language) => {
    await changeLanguage(language);
    api();
    for (const [, page, testId] of pages) {
      const { container, unmount } = renderWithProviders(page());
      await screen.findAllByTestId(testId);
      await expectNoSeriousViolations(container);
      unmount();
    }
  });

  it('pass axe with the ship form, a confirmation and errors open', async () => {
    const user = userEvent.setup();
    api();
    const order = renderWithProviders(<SellerOrderPage id={codOrder.id} />);
    await user.click(await screen.findByTestId('order-action-refuse'));
    await expectNoSeriousViolations(order.container);
    await user.click(screen.getByTestId('confirm-action'));
    await screen.findByRole('alert');
    await expectNoSeriousViolations(order.container);
    order.unmount();

    const accepted = sellerOrder({ status: 'accepted', nextStatuses: ['shipped'] });
    mockApi(() => jsonResponse(accepted));
    const ship = renderWithProviders(<SellerOrderPage id={accepted.id} />);
    await user.click(await screen.findByTestId('order-action-ship'));
    await user.click(screen.getByTestId('confirm-ship'));
    await expectNoSeriousViolations(ship.container);
    ship.unmount();

    api();
    const shipping = renderWithProviders(<SellerShippingPage />);
    await user.clear(await screen.findByTestId('shipping-morocco'));
    await user.click(screen.getByTestId('shipping-save'));
    await screen.findByRole('alert');
    await expectNoSeriousViolations(shipping.container);
  });
});
