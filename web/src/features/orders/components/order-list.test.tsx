import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { OrderPage } from '@hirfa/shared';
import { mad } from '@/test/buying-fixtures';
import { jsonResponse, mockFetch } from '@/test/mock-fetch';
import { renderWithProviders } from '@/test/render';
import { OrderList } from './order-list';

const page: OrderPage = {
  items: [
    {
      id: 'o-2',
      number: 'HRF-2026-000043',
      createdAt: '2026-03-05T10:00:00.000Z',
      paymentMethod: 'card',
      paymentStatus: 'paid',
      total: mad(81000),
      itemCount: 3,
      statuses: ['shipped', 'accepted'],
    },
    {
      id: 'o-1',
      number: 'HRF-2026-000042',
      createdAt: '2026-03-02T10:00:00.000Z',
      paymentMethod: 'cod',
      paymentStatus: 'cash_on_delivery',
      total: mad(48000),
      itemCount: 1,
      statuses: ['delivered'],
    },
  ],
  total: 12,
  page: 1,
  limit: 10,
};

describe('<OrderList>', () => {
  it('lists the orders with each seller’s status, and pages through them', async () => {
    const { requests } = mockFetch(() => jsonResponse(page));
    renderWithProviders(<OrderList page={1} />, { route: '/orders' });

    const items = await screen.findAllByTestId('order-summary');
    expect(items).toHaveLength(2);
    expect(screen.getByRole('link', { name: 'Commande n° HRF-2026-000043' })).toHaveAttribute(
      'href',
      '/orders/o-2',
    );
    expect(items[0]).toHaveTextContent('Expédiée');
    expect(items[0]).toHaveTextContent('En préparation');
    expect(items[0]).toHaveTextContent('3 pièces');
    expect(items[1]).toHaveTextContent('Livrée');
    expect(screen.getByText('12 commandes')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Plus anciennes' })).toHaveAttribute(
      'href',
      '/orders?page=2',
    );
    expect(requests()).toEqual(['/api/orders?page=1&limit=10']);
  });
});
