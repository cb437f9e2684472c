import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { describe, expect, it, vi } from 'vitest';
import type { AdminOrderSummary } from '@hirfa/shared';
import { AppRoutes } from '@/app/router';
import { cardOrder, codOrder, payout } from '@/features/chamber/test/fixtures';
import { apiError, jsonResponse, mockFetch, type FetchHandler } from '@/test/mock-fetch';
import { changeLanguage } from '@/lib/i18n';
import { renderWithProviders } from '@/test/render';

const staff = {
  id: 's-1',
  email: 'nadia@chambre.ma',
  name: 'Nadia Bennani',
  role: 'chamber_staff',
  preferredLanguage: 'fr',
};

const order = cardOrder();
const summary: AdminOrderSummary = {
  id: order.id,
  number: order.number,
  createdAt: order.createdAt,
  email: order.email,
  paymentMethod: 'card',
  paymentStatus: 'paid',
  total: order.total,
  subOrders: order.subOrders.map((part, index) => ({
    id: part.id,
    seller: { ...part.seller, id: `s-${index}` },
    status: index === 0 ? 'shipped' : 'accepted',
    total: part.total,
    refunded: index === 0 ? { amount: 10000, currency: 'MAD' } : part.refunded,
  })),
};

function api(): FetchHandler {
  return (url) => {
    if (url.pathname === '/api/auth/me') return jsonResponse(staff);
    if (url.pathname === '/api/admin/orders') {
      return jsonResponse({ items: [summary], total: 45, page: 1, limit: 20 });
    }
    if (url.pathname === `/api/admin/orders/${order.id}`) return jsonResponse(order);
    if (url.pathname === `/api/admin/orders/${codOrder().id}`) return jsonResponse(codOrder());
    if (url.pathname === '/api/admin/payouts') {
      return jsonResponse({
        items: [payout(), payout({ id: 'p-2', status: 'paid', bankReference: 'VIR-9' })],
        total: 2,
        page: 1,
        limit: 20,
      });
    }
    return apiError(404, 'Not Found', url.pathname);
  };
}

const plain = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

/** axe-core on the rendered page; colour contrast needs a real layout, so the browser tests check it. */
async function blockingViolations(): Promise<string[]> {
  const result = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.html).join(', ')}`);
}

describe('chamber orders and payouts', () => {
  it('lists orders with their payment and each seller part, and filters them in the URL', async () => {
    const events = userEvent.setup();
    const { requests } = mockFetch(api());
    const view = renderWithProviders(<AppRoutes />, { route: '/chamber/orders' });

    const row = await screen.findByTestId('admin-order-row');
    expect(row).toHaveTextContent('HRF-2026-000123');
    expect(row).toHaveTextContent('claire@example.fr');
    expect(row).toHaveTextContent('Carte bancaire');
    expect(row).toHaveTextContent('Payée par carte');
    expect(plain(row.textContent)).toContain('770,00 MAD');
    const sellers = within(row).getByRole('list', { name: 'Parts des vendeurs' });
    expect(plain(sellers.textContent)).toBe(
      'Atelier LahcenExpédiéeremboursé : 100,00 MADCoopérative TifaouineAcceptée',
    );
    expect(requests()).toContain('/api/admin/orders?page=1&limit=20');
    expect(document.title).toBe('Commandes · Hirfa');
    expect(screen.getByRole('link', { name: 'Commandes' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('link', { name: 'Virements' })).toHaveAttribute(
      'href',
      '/chamber/payouts',
    );

    await events.selectOptions(screen.getByTestId('order-filter-status'), 'shipped');
    await events.selectOptions(screen.getByTestId('order-filter-payment-method'), 'card');
    await events.type(screen.getByTestId('order-search'), ' claire@ {Enter}');
    expect(Object.fromEntries(new URLSearchParams(view.location().search))).toEqual({
      status: 'shipped',
      paymentMethod: 'card',
      q: 'claire@',
    });
    await vi.waitFor(() =>
      expect(requests()).toContain(
        '/api/admin/orders?status=shipped&paymentMethod=card&q=claire%40&page=1&limit=20',
      ),
    );

    const pager = screen.getByRole('navigation', { name: 'Pages de commandes' });
    await events.click(within(pager).getByRole('link', { name: 'Page suivante' }));
    await vi.waitFor(() =>
      expect(requests()).toContain(
        '/api/admin/orders?status=shipped&paymentMethod=card&q=claire%40&page=2&limit=20',
      ),
    );
    expect(await blockingViolations()).toEqual([]);
  });

  it('opens an order from the list, with one part per seller', async () => {
    const events = userEvent.setup();
    mockFetch(api());
    const view = renderWithProviders(<AppRoutes />, { route: '/chamber/orders' });

    await events.click(await screen.findByRole('link', { name: 'HRF-2026-000123' }));
    expect(view.location().pathname).toBe(`/chamber/orders/${order.id}`);
    const parts = await screen.findAllByTestId('admin-sub-order');
    expect(
      parts.map((part) => within(part).getByRole('heading', { level: 2 }).textContent),
    ).toEqual(['Atelier Lahcen', 'Coopérative Tifaouine']);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Commande HRF-2026-000123');
    expect(document.title).toBe('Commande HRF-2026-000123 · Hirfa');
    expect(screen.getByRole('link', { name: 'Commandes' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getAllByTestId('refund-button')).toHaveLength(2);
    await events.click(screen.getAllByTestId('refund-button')[0]);
    expect(await blockingViolations()).toEqual([]);
  });

  it('shows a cash on delivery order accessibly', async () => {
    mockFetch(api());
    renderWithProviders(<AppRoutes />, { route: `/chamber/orders/${codOrder().id}` });

    expect(await screen.findByTestId('cod-confirm')).toBeInTheDocument();
    expect(document.querySelector('address')).toHaveTextContent('Maroc');
    expect(await blockingViolations()).toEqual([]);
  });

  it('reads in Arabic, right to left, with the amounts formatted for Arabic readers', async () => {
    await act(() => changeLanguage('ar'));
    mockFetch(api());
    renderWithProviders(<AppRoutes />, { route: `/chamber/orders/${order.id}` });

    const parts = await screen.findAllByTestId('admin-sub-order');
    expect(document.documentElement).toHaveAttribute('dir', 'rtl');
    expect(screen.getByRole('link', { name: 'التحويلات' })).toBeInTheDocument();
    expect(within(parts[0]).getByTestId('refund-button')).toHaveTextContent('استرداد');
    expect(within(parts[0]).getByTestId('sub-order-refunded')).toHaveTextContent('د.م.');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('الطلب HRF-2026-000123');
    expect(await blockingViolations()).toEqual([]);
  });

  it('says so when no order has the id', async () => {
    mockFetch(api());
    renderWithProviders(<AppRoutes />, { route: '/chamber/orders/not-an-order' });

    expect(await screen.findByRole('heading', { name: 'Commande introuvable' })).toBeVisible();
  });

  it('lists payouts, filters them by status and offers a new batch', async () => {
    const events = userEvent.setup();
    const { requests } = mockFetch(api());
    const view = renderWithProviders(<AppRoutes />, { route: '/chamber/payouts' });

    const rows = await screen.findAllByTestId('payout-row');
    expect(rows).toHaveLength(2);
    expect(within(rows[0]).getByTestId('mark-paid')).toBeInTheDocument();
    expect(screen.getByTestId('create-payout-batch')).toHaveTextContent(
      'Créer un lot de virements',
    );
    expect(screen.getByRole('heading', { name: '2 virements' })).toBeInTheDocument();
    expect(requests()).toContain('/api/admin/payouts?page=1&limit=20');

    await events.selectOptions(screen.getByTestId('payout-filter-status'), 'pending');
    expect(view.location().search).toBe('?status=pending');
    await vi.waitFor(() =>
      expect(requests()).toContain('/api/admin/payouts?status=pending&page=1&limit=20'),
    );
    await events.click(within(rows[0]).getByTestId('mark-paid'));
    expect(await blockingViolations()).toEqual([]);
  });

  it('keeps shoppers out', async () => {
    mockFetch((url) =>
      url.pathname === '/api/auth/me' ? jsonResponse({ ...staff, role: 'shopper' }) : api()(url),
    );
    renderWithProviders(<AppRoutes />, { route: '/chamber/payouts' });

    expect(await screen.findByTestId('not-allowed')).toBeInTheDocument();
  });
});
