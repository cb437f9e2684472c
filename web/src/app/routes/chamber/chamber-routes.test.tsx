import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { SellerApplicationQueueItem } from '@hirfa/shared';
import { AppRoutes } from '@/app/router';
import { apiError, jsonResponse, mockFetch, type FetchHandler } from '@/test/mock-fetch';
import { renderWithProviders } from '@/test/render';

const staff = {
  id: 's-1',
  email: 'nadia@chambre.ma',
  name: 'Nadia Bennani',
  role: 'chamber_staff',
  preferredLanguage: 'fr',
};

const item: SellerApplicationQueueItem = {
  id: '7f1c2d3e-0000-4000-8000-000000000007',
  status: 'submitted',
  kind: 'cooperative',
  name: 'Coopérative Tifaouine',
  province: 'essaouira',
  craft: 'argan',
  owner: { id: 'u-3', name: 'Fatima Ait Baha', email: 'fatima@example.ma' },
  submittedAt: '2026-02-01T09:00:00.000Z',
  createdAt: '2026-02-01T09:00:00.000Z',
};

function api(session: unknown): FetchHandler {
  return (url) => {
    if (url.pathname === '/api/auth/me') {
      return session ? jsonResponse(session) : apiError(401, 'Unauthorized', 'Sign in first');
    }
    if (url.pathname === '/api/admin/seller-applications') {
      return jsonResponse({ items: [item], total: 41, page: 1, limit: 20 });
    }
    return apiError(404, 'Not Found', url.pathname);
  };
}

describe('chamber console routes', () => {
  it('sends a visitor to the sign-in page and back', async () => {
    mockFetch(api(null));
    const view = renderWithProviders(<AppRoutes />, { route: '/chamber/stats' });

    await vi.waitFor(() => expect(view.location().pathname).toBe('/login'));
    expect(view.location().search).toBe('?next=%2Fchamber%2Fstats');
    expect(await screen.findByTestId('login-email')).toBeInTheDocument();
  });

  it('tells a shopper the console is not for them', async () => {
    mockFetch(api({ ...staff, role: 'shopper' }));
    renderWithProviders(<AppRoutes />, { route: '/chamber' });

    expect(await screen.findByTestId('not-allowed')).toHaveTextContent('Accès non autorisé');
  });

  it('shows staff the queue of submitted applications, page by page', async () => {
    const { requests } = mockFetch(api(staff));
    const view = renderWithProviders(<AppRoutes />, { route: '/chamber' });

    const row = await screen.findByTestId('queue-row');
    expect(row).toHaveTextContent('Coopérative Tifaouine');
    expect(row).toHaveTextContent('Essaouira');
    expect(screen.getByRole('heading', { level: 2, name: '41 demandes' })).toBeInTheDocument();
    expect(requests()).toContain('/api/admin/seller-applications?status=submitted&page=1&limit=20');
    expect(document.title).toBe('Demandes des vendeurs · Hirfa');

    const pager = screen.getByRole('navigation', { name: 'Pages de demandes' });
    await userEvent.setup().click(within(pager).getByRole('link', { name: 'Page suivante' }));
    expect(view.location().search).toBe('?page=2');
    await vi.waitFor(() =>
      expect(requests()).toContain(
        '/api/admin/seller-applications?status=submitted&page=2&limit=20',
      ),
    );
  });
});
