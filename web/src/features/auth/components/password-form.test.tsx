import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { changeLanguage } from '@/lib/i18n';
import { mockFetch, rateLimitedResponse } from '@/test/mock-fetch';
import { renderWithProviders } from '@/test/render';
import { PasswordForm } from './password-form';

async function send() {
  const user = userEvent.setup();
  await user.type(await screen.findByTestId('account-current-password'), 'a-guess-2026');
  await user.type(screen.getByTestId('account-new-password'), 'new-secret-2026');
  await user.type(screen.getByTestId('account-confirm-password'), 'new-secret-2026');
  await user.click(screen.getByTestId('account-change-password'));
}

describe('<PasswordForm> past the wrong-password limit', () => {
  afterEach(async () => {
    await changeLanguage('fr');
  });

  it('says how long to wait on a 429 rate_limited, not that the password is wrong', async () => {
    mockFetch(() => rateLimitedResponse(240));
    renderWithProviders(<PasswordForm />, { route: '/account' });

    await send();

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'Trop de tentatives avec un mot de passe actuel incorrect. Réessayez dans 4 minutes.',
    );
    expect(alert).not.toHaveTextContent('Too many');
    expect(screen.getByTestId('account-current-password')).not.toHaveAttribute('aria-invalid');
  });

  it('says it in Arabic, with no English on the form', async () => {
    await changeLanguage('ar');
    mockFetch(() => rateLimitedResponse(60));
    const view = renderWithProviders(<PasswordForm />, { route: '/account' });

    await send();

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'محاولات كثيرة بكلمة مرور حالية غير صحيحة. أعد المحاولة بعد دقيقة واحدة.',
    );
    expect(view.container.textContent).not.toMatch(/[A-Za-z]/);
  });
});
