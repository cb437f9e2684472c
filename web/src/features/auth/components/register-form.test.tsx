import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { changeLanguage } from '@/lib/i18n';
import { jsonResponse, mockFetch, rateLimitedResponse } from '@/test/mock-fetch';
import { renderWithProviders } from '@/test/render';
import { RegisterForm } from './register-form';

async function fillAndSend(values: { name: string; email: string; password: string }) {
  const events = userEvent.setup();
  await events.type(screen.getByTestId('register-name'), values.name);
  await events.type(screen.getByTestId('register-email'), values.email);
  await events.type(screen.getByTestId('register-password'), values.password);
  await events.click(screen.getByTestId('register-submit'));
}

const valid = { name: 'Salma Idrissi', email: 'salma@example.ma', password: 'argan-2026!' };

describe('<RegisterForm>', () => {
  afterEach(async () => {
    await changeLanguage('fr');
  });

  it('shows the API’s per-field complaints on their fields and in the summary', async () => {
    mockFetch(() =>
      jsonResponse(
        {
          statusCode: 400,
          error: 'Bad Request',
          message: 'Invalid request: email must be an email address; name must not contain < or >',
          details: [
            { field: 'email', messages: ['email must be an email address'] },
            { field: 'name', messages: ['name must not contain < or >'] },
          ],
        },
        400,
      ),
    );
    renderWithProviders(<RegisterForm next="/" />, { route: '/register' });

    await fillAndSend(valid);

    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('Vérifiez le formulaire');
    const email = screen.getByTestId('register-email');
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveAccessibleDescription(
      'Saisissez une adresse e-mail valide, par exemple nom@exemple.ma.',
    );
    expect(screen.getByTestId('register-name')).toHaveAccessibleDescription(
      'Le nom doit contenir entre 2 et 100 caractères, sans « < » ni « > ».',
    );
    expect(screen.getByTestId('register-password')).not.toHaveAttribute('aria-invalid');
    // The summary links to each field in error.
    expect(
      screen.getAllByRole('link', { name: /Saisissez une adresse e-mail valide/ }),
    ).toHaveLength(1);
  });

  it('puts a taken email address (409) on the email field', async () => {
    mockFetch(() =>
      jsonResponse({ statusCode: 409, error: 'Conflict', message: 'This email is taken' }, 409),
    );
    renderWithProviders(<RegisterForm next="/" />, { route: '/register' });

    await fillAndSend(valid);

    expect(await screen.findByTestId('register-email')).toHaveAccessibleDescription(
      'Un compte existe déjà avec cette adresse. Connectez-vous, ou utilisez une autre adresse.',
    );
  });

  it('says how long to wait when registrations are rate-limited (429 rate_limited)', async () => {
    mockFetch(() => rateLimitedResponse(1800));
    renderWithProviders(<RegisterForm next="/" />, { route: '/register' });

    await fillAndSend(valid);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'Trop de comptes créés depuis votre connexion. Réessayez dans 30 minutes.',
    );
    expect(alert).not.toHaveTextContent('Too many');
    // Nothing is wrong with the fields themselves.
    expect(screen.getByTestId('register-email')).not.toHaveAttribute('aria-invalid');
  });

  it('words the same refusal in Arabic, with no English on the page', async () => {
    await changeLanguage('ar');
    mockFetch(() => rateLimitedResponse(45));
    const view = renderWithProviders(<RegisterForm next="/" />, { route: '/register' });
    // The Arabic texts of the form load with it.
    await screen.findByTestId('register-name');

    await fillAndSend(valid);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('أُنشئت حسابات كثيرة من اتصالك. أعد المحاولة بعد 45 ثانية.');
    expect(view.container.textContent).not.toMatch(/[A-Za-z]/);
  });

  it('checks the password length before sending, with the hint still read', async () => {
    const { fetchMock } = mockFetch(() => jsonResponse({}));
    renderWithProviders(<RegisterForm next="/" />, { route: '/register' });

    await fillAndSend({ ...valid, password: 'short' });

    expect(screen.getByTestId('register-password')).toHaveAccessibleDescription(
      'Au moins 8 caractères. Le mot de passe doit contenir entre 8 et 128 caractères.',
    );
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('links to the sign-in page keeping where to go next', () => {
    renderWithProviders(<RegisterForm next="/apply" />, { route: '/register?next=%2Fapply' });
    expect(screen.getByRole('link', { name: 'Se connecter' })).toHaveAttribute(
      'href',
      '/login?next=%2Fapply',
    );
  });
});
