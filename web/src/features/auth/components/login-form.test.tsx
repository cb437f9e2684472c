import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { SESSION_QUERY_KEY } from '@/lib/auth';
import { apiError, jsonResponse, mockFetch } from '@/test/mock-fetch';
import { renderWithProviders } from '@/test/render';
import { LoginForm } from './login-form';

const user = {
  id: 'u-1',
  email: 'salma@example.ma',
  name: 'Salma Idrissi',
  role: 'chamber_staff',
  preferredLanguage: 'fr',
};

async function signIn(email = 'salma@example.ma', password = 'wrong password') {
  const events = userEvent.setup();
  await events.type(screen.getByTestId('login-email'), email);
  await events.type(screen.getByTestId('login-password'), password);
  await events.click(screen.getByTestId('login-submit'));
}

describe('<LoginForm>', () => {
  it('says the email or password is wrong on a 401, and stays on the page', async () => {
    mockFetch(() => apiError(401, 'Unauthorized', 'Wrong email or password'));
    const view = renderWithProviders(<LoginForm next="/chamber" />, { route: '/login' });

    await signIn();

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Adresse e-mail ou mot de passe incorrect.');
    expect(alert).toHaveFocus();
    expect(view.location().pathname).toBe('/login');
  });

  it('shows how long to wait when sign-ins are rate-limited (429 with Retry-After)', async () => {
    mockFetch(
      () =>
        new Response(
          JSON.stringify({
            statusCode: 429,
            error: 'Too Many Requests',
            message: 'Too many failed sign-ins; try again in 2 minute(s)',
          }),
          { status: 429, headers: { 'Content-Type': 'application/json', 'Retry-After': '95' } },
        ),
    );
    renderWithProviders(<LoginForm next="/" />, { route: '/login' });

    await signIn();

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Trop de tentatives de connexion. Réessayez dans 2 minutes.',
    );
  });

  it('counts seconds when the wait is shorter than a minute', async () => {
    mockFetch(() => new Response(null, { status: 429, headers: { 'Retry-After': '1' } }));
    renderWithProviders(<LoginForm next="/" />, { route: '/login' });

    await signIn();

    expect(await screen.findByRole('alert')).toHaveTextContent('Réessayez dans 1 seconde.');
  });

  it('asks for both fields before calling the API, tying each error to its field', async () => {
    const { fetchMock } = mockFetch(() => jsonResponse({}));
    renderWithProviders(<LoginForm next="/" />, { route: '/login' });

    await userEvent.setup().click(screen.getByTestId('login-submit'));

    const email = screen.getByTestId('login-email');
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveAccessibleDescription('Saisissez votre adresse e-mail.');
    expect(screen.getByTestId('login-password')).toHaveAccessibleDescription(
      'Saisissez votre mot de passe.',
    );
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('signs in, remembers the user and goes where it was asked to', async () => {
    const { fetchMock } = mockFetch(() =>
      jsonResponse({ user, expiresAt: '2030-01-01T00:00:00.000Z' }),
    );
    const view = renderWithProviders(<LoginForm next="/chamber?status=rejected" />, {
      route: '/login?next=%2Fchamber%3Fstatus%3Drejected',
    });

    await signIn(' Salma@example.ma ', 'correct horse');

    await vi.waitFor(() => expect(view.location().pathname).toBe('/chamber'));
    expect(view.location().search).toBe('?status=rejected');
    expect(view.queryClient.getQueryData(SESSION_QUERY_KEY)).toEqual(user);
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/auth/login');
    expect(JSON.parse(String(init.body))).toEqual({
      email: 'Salma@example.ma',
      password: 'correct horse',
    });
  });
});
