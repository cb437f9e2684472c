import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { apiError, jsonResponse } from '@/test/mock-fetch';
import { renderWithProviders } from '@/test/render';
import { mockApi, sellerOrder, sellerOrderPage, sentRequests } from '../testing/fixtures';
import { SellerOrdersPage } from './seller-orders-page';

const orders = [
  sellerOrder(),
  sellerOrder({
    id: '7c1e2f3a-0000-4000-8000-000000000002',
    orderNumber: 'HF-2026-000124',
    paymentMethod: 'cod',
    status: 'placed',
    nextStatuses: ['confirmed'],
    lines: [{ ...sellerOrder().lines[0]!, quantity: 1 }],
    total: { amount: 48500, currency: 'MAD' },
  }),
];

function api(page = sellerOrderPage(orders)) {
  return mockApi(({ url }) => {
    if (url.pathname === '/api/seller/orders') return jsonResponse(page);
    return apiError(404, 'Not Found', url.pathname);
  });
}

describe('<SellerOrdersPage>', () => {
  it('lists the shop’s orders with number, date, payment, status, total and items', async () => {
    api();
    renderWithProviders(<SellerOrdersPage />, { route: '/seller/orders' });

    const rows = await screen.findAllByTestId('seller-order-row');
    expect(rows).toHaveLength(2);
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('2 commandes');
    const [card, cash] = rows as [HTMLElement, HTMLElement];

    expect(within(card).getByRole('link', { name: 'Commande HF-2026-000123' })).toHaveAttribute(
      'href',
      `/seller/orders/${orders[0]!.id}`,
    );
    expect(card).toHaveTextContent('Passée le 2 mars 2026');
    expect(card).toHaveTextContent('Carte bancaire');
    expect(card).toHaveTextContent('3 articles');
    expect(card).toHaveTextContent('1.235,50 MAD');
    expect(within(card).getByTestId('seller-order-status')).toHaveTextContent('Payée');

    expect(cash).toHaveTextContent('HF-2026-000124');
    expect(cash).toHaveTextContent('Paiement à la livraison');
    expect(cash).toHaveTextContent('1 article');
    expect(cash).toHaveTextContent('485,00 MAD');
    expect(within(cash).getByTestId('seller-order-status')).toHaveTextContent('À confirmer');

    expect(screen.getByRole('navigation', { name: 'Espace vendeur' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Commandes' })).toHaveAttribute('aria-current', 'page');
    expect(document.title).toBe('Commandes · Hirfa');
  });

  it('filters by status through the address, back to the first page', async () => {
    const user = userEvent.setup();
    const fetchMock = api(sellerOrderPage(orders, { total: 45, page: 2 }));
    const { location } = renderWithProviders(<SellerOrdersPage />, {
      route: '/seller/orders?page=2',
    });

    await screen.findAllByTestId('seller-order-row');
    expect(screen.getByRole('navigation', { name: 'Pages' })).toHaveTextContent('Page 2 sur 3');
    const filter = screen.getByRole('combobox', { name: 'Statut' });
    expect(within(filter).queryByRole('option', { name: 'En attente de paiement' })).toBeNull();

    await user.selectOptions(filter, 'shipped');
    await waitFor(() => expect(location().search).toBe('?status=shipped'));
    await waitFor(() =>
      expect(sentRequests(fetchMock).map((request) => request.path)).toEqual([
        '/api/seller/orders?page=2&limit=20',
        '/api/seller/orders?status=shipped&page=1&limit=20',
      ]),
    );

    await user.selectOptions(filter, '');
    await waitFor(() => expect(location().search).toBe(''));
  });

  it('says when no order has the chosen status', async () => {
    api(sellerOrderPage([]));
    renderWithProviders(<SellerOrdersPage />, { route: '/seller/orders?status=refused' });
    expect(await screen.findByText("Aucune commande n'a ce statut.")).toBeVisible();
    expect(screen.getByRole('link', { name: 'Afficher toutes les commandes' })).toHaveAttribute(
      'href',
      '/seller/orders',
    );
  });

  it('says when the shop has no orders yet', async () => {
    api(sellerOrderPage([]));
    renderWithProviders(<SellerOrdersPage />, { route: '/seller/orders' });
    expect(await screen.findByText("Vous n'avez pas encore de commande.")).toBeVisible();
  });

  it('explains a 403 with a link to the application', async () => {
    mockApi(() => apiError(403, 'Forbidden', 'Your shop is waiting for the chamber’s approval'));
    renderWithProviders(<SellerOrdersPage />, { route: '/seller/orders' });
    const notice = await screen.findByRole('alert');
    expect(notice).toHaveTextContent("La Chambre d'artisanat doit approuver votre boutique");
  });
});
