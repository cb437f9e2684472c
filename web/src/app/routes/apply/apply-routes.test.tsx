import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { AppRoutes } from '@/app/router';
import { sellerApplication } from '@/features/seller-application/test/fixtures';
import { apiError, jsonResponse, mockFetch, type FetchHandler } from '@/test/mock-fetch';
import { renderWithProviders } from '@/test/render';

const shopper = {
  id: 'u-1',
  email: 'lahcen@example.ma',
  name: 'Lahcen Ouali',
  role: 'shopper',
  preferredLanguage: 'fr',
};

function api(role: string, application: unknown): FetchHandler {
  return (url) => {
    if (url.pathname === '/api/auth/me') return jsonResponse({ ...shopper, role });
    if (url.pathname === '/api/seller-applications/mine') {
      return application
        ? jsonResponse(application)
        : apiError(404, 'Not Found', 'You have not applied to sell yet');
    }
    return apiError(404, 'Not Found', url.pathname);
  };
}

describe('seller application routes', () => {
  it('offers the form to a shopper who has not applied', async () => {
    mockFetch(api('shopper', null));
    renderWithProviders(<AppRoutes />, { route: '/apply' });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Vendre sur Hirfa' }),
    ).toBeVisible();
    expect(screen.getByTestId('apply-submit')).toBeInTheDocument();
  });

  it('shows the status instead once an application exists', async () => {
    mockFetch(
      api(
        'shopper',
        sellerApplication({
          status: 'rejected',
          editable: true,
          history: [
            { status: 'submitted', at: '2026-02-01T09:00:00.000Z', reason: null },
            { status: 'rejected', at: '2026-02-02T09:00:00.000Z', reason: 'Carte expirée.' },
          ],
        }),
      ),
    );
    const view = renderWithProviders(<AppRoutes />, { route: '/apply' });

    await vi.waitFor(() => expect(view.location().pathname).toBe('/apply/status'));
    expect(await screen.findByTestId('application-rejection-reason')).toHaveTextContent(
      'Carte expirée.',
    );
  });

  it('keeps the chamber’s staff out: they review applications, they do not make them', async () => {
    mockFetch(api('chamber_staff', null));
    renderWithProviders(<AppRoutes />, { route: '/apply' });

    expect(await screen.findByTestId('not-allowed')).toBeInTheDocument();
  });
});
