import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { apiError, jsonResponse, mockFetch } from '@/test/mock-fetch';
import { renderWithProviders } from '@/test/render';
import { RequireRole } from './require-role';

const shopper = {
  id: 'u-2',
  email: 'karim@example.ma',
  name: 'Karim',
  role: 'shopper',
  preferredLanguage: 'fr',
};

describe('<RequireRole>', () => {
  it('sends a visitor to the sign-in page, coming back here afterwards', async () => {
    mockFetch(() => apiError(401, 'Unauthorized', 'Sign in first'));
    const view = renderWithProviders(
      <RequireRole roles={['chamber_staff']}>
        <p>Console</p>
      </RequireRole>,
      { route: '/chamber?status=rejected' },
    );

    await vi.waitFor(() => expect(view.location().pathname).toBe('/login'));
    expect(new URLSearchParams(view.location().search).get('next')).toBe(
      '/chamber?status=rejected',
    );
    expect(screen.queryByText('Console')).not.toBeInTheDocument();
  });

  it('tells a signed-in user without the role that the page is not for them', async () => {
    mockFetch(() => jsonResponse(shopper));
    renderWithProviders(
      <RequireRole roles={['chamber_staff']}>
        <p>Console</p>
      </RequireRole>,
      { route: '/chamber' },
    );

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Accès non autorisé' }),
    ).toBeInTheDocument();
    expect(screen.getByTestId('not-allowed')).toBeInTheDocument();
    expect(screen.queryByText('Console')).not.toBeInTheDocument();
  });

  it('shows the page to a user with the role, after a loading status', async () => {
    mockFetch(() => jsonResponse({ ...shopper, role: 'chamber_staff' }));
    renderWithProviders(
      <RequireRole roles={['chamber_staff']}>
        <p>Console</p>
      </RequireRole>,
      { route: '/chamber' },
    );

    expect(screen.getByRole('status')).toHaveTextContent('Chargement…');
    expect(await screen.findByText('Console')).toBeInTheDocument();
  });
});
