import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ORDER_STATUSES } from '@hirfa/shared';
import fr from '../locales/fr.json';
import { mad, order, orderLine, shopper, subOrder, tifaout } from '@/test/buying-fixtures';
import { apiError, jsonResponse, mockFetch } from '@/test/mock-fetch';
import { renderWithProviders } from '@/test/render';
import { OrderPage } from './order-detail';

const cardOrder = order({
  paymentMethod: 'card',
  paymentStatus: 'paid',
  paidAt: '2026-03-02T10:05:00.000Z',
  items: mad(69000),
  shipping: mad(12000),
  total: mad(81000),
  subOrders: [
    subOrder({
      status: 'shipped',
      trackingNumber: 'RR123456789MA',
      history: [
        {
          from: null,
          to: 'pending_payment',
          actor: 'shopper',
          note: null,
          at: '2026-03-02T10:00:00.000Z',
        },
        {
          from: 'pending_payment',
          to: 'paid',
          actor: 'payment',
          note: null,
          at: '2026-03-02T10:05:00.000Z',
        },
        {
          from: 'paid',
          to: 'accepted',
          actor: 'seller',
          note: null,
          at: '2026-03-03T09:00:00.000Z',
        },
        {
          from: 'accepted',
          to: 'shipped',
          actor: 'seller',
          note: null,
          at: '2026-03-04T09:00:00.000Z',
        },
      ],
    }),
    subOrder({
      id: 'so-2',
      seller: tifaout,
      status: 'refunded',
      lines: [
        orderLine({
          id: 'ol-2',
          productSlug: 'huile-argan-bio',
          title: "Huile d'argan bio, 250 ml",
          unitPrice: mad(12000),
          quantity: 2,
          lineTotal: mad(24000),
          madeBy: 'Fatima Aït Ben',
        }),
      ],
      items: mad(24000),
      shipping: mad(9000),
      total: mad(33000),
      refunded: mad(33000),
      history: [
        {
          from: 'paid',
          to: 'refunded',
          actor: 'staff',
          note: 'Rupture de stock',
          at: '2026-03-03T11:00:00.000Z',
        },
      ],
    }),
  ],
});

describe('<OrderPage>', () => {
  it('shows each seller’s part with its status, tracking number, lines, refund and history', async () => {
    const { requests } = mockFetch((url) =>
      url.pathname === '/api/auth/me' ? jsonResponse(shopper) : jsonResponse(cardOrder),
    );
    renderWithProviders(<OrderPage id={cardOrder.id} placed={false} />);

    expect(await screen.findByTestId('order-number')).toHaveTextContent('HRF-2026-000042');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Commande n° HRF-2026-000042',
    );
    expect(screen.getByTestId('order-payment-status')).toHaveTextContent('Payée');

    const parts = screen.getAllByTestId('sub-order');
    expect(parts).toHaveLength(2);
    expect(parts[0]).toHaveTextContent('Atelier Lahcen');
    expect(within(parts[0]!).getByTestId('sub-order-status')).toHaveTextContent('Expédiée');
    expect(within(parts[0]!).getByTestId('sub-order-tracking')).toHaveTextContent('RR123456789MA');
    expect(
      within(parts[0]!)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(
      expect.arrayContaining([
        expect.stringContaining('Payée via le service de paiement'),
        expect.stringContaining('Expédiée par le vendeur'),
      ]),
    );

    expect(parts[1]).toHaveTextContent('Coopérative Tifaout');
    expect(within(parts[1]!).getByTestId('sub-order-status')).toHaveTextContent('Remboursée');
    expect(parts[1]).toHaveTextContent('Réalisé par Fatima Aït Ben');
    expect(within(parts[1]!).getByTestId('sub-order-refunded')).toHaveTextContent(/330,00/);
    expect(parts[1]).toHaveTextContent("Remboursée par la Chambre d'artisanat");
    expect(parts[1]).toHaveTextContent('Note : Rupture de stock');

    expect(screen.getByTestId('order-total')).toHaveTextContent(/810,00/);
    expect(screen.getByTestId('order-refunded')).toHaveTextContent(/330,00/);
    expect(screen.getByRole('link', { name: 'Toutes mes commandes' })).toHaveAttribute(
      'href',
      '/orders',
    );
    expect(requests()).toContain(`/api/orders/${cardOrder.id}`);
  });

  it('confirms a cash-on-delivery order just placed, focusing the message', async () => {
    mockFetch((url) =>
      url.pathname === '/api/auth/me'
        ? apiError(401, 'Unauthorized', 'No session')
        : jsonResponse(order()),
    );
    renderWithProviders(<OrderPage id={order().id} placed />);

    const placed = await screen.findByTestId('order-placed');
    expect(placed).toHaveAttribute('role', 'status');
    expect(placed).toHaveFocus();
    expect(placed).toHaveTextContent('Vous payerez à la livraison.');
    expect(screen.getByTestId('order-payment-status')).toHaveTextContent('À payer à la livraison');
    expect(screen.getByTestId('sub-order-status')).toHaveTextContent('Enregistrée');
    // A guest has no order list to go back to.
    expect(screen.queryByRole('link', { name: 'Toutes mes commandes' })).not.toBeInTheDocument();
  });

  it('offers to pay an unpaid card order', async () => {
    const unpaid = order({
      paymentMethod: 'card',
      paymentStatus: 'awaiting_payment',
      paymentDueAt: '2026-03-03T10:00:00.000Z',
      paymentUrl: 'https://checkout.stripe.com/c/pay/cs_test_abcdefgh',
      subOrders: [subOrder({ status: 'pending_payment' })],
    });
    mockFetch((url) =>
      url.pathname === '/api/auth/me' ? jsonResponse(shopper) : jsonResponse(unpaid),
    );
    renderWithProviders(<OrderPage id={unpaid.id} placed={false} />);

    expect(await screen.findByTestId('pay-now')).toHaveAttribute('href', unpaid.paymentUrl);
    expect(screen.getByTestId('order-payment-status')).toHaveTextContent('En attente de paiement');
  });

  it('tells a guest who cannot see the order to sign in', async () => {
    mockFetch((url) =>
      url.pathname === '/api/auth/me'
        ? apiError(401, 'Unauthorized', 'No session')
        : apiError(404, 'Not Found', 'No such order'),
    );
    renderWithProviders(<OrderPage id="a1b2c3d4-0000-4000-8000-000000000099" placed={false} />);

    expect(await screen.findByTestId('order-not-found')).toHaveTextContent('Commande introuvable');
    expect(screen.getByRole('link', { name: 'Se connecter pour la retrouver' })).toHaveAttribute(
      'href',
      '/login?next=%2Forders%2Fa1b2c3d4-0000-4000-8000-000000000099',
    );
  });

  it('has a label for every status', () => {
    expect(Object.keys(fr.statuses).sort()).toEqual([...ORDER_STATUSES].sort());
  });
});
