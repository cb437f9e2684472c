import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { jsonResponse, mockFetch } from '@/test/mock-fetch';
import { renderWithProviders } from '@/test/render';
import { sellerApplication } from '../test/fixtures';
import { ApplicationForm } from './application-form';

function sentBody(fetchMock: ReturnType<typeof mockFetch>['fetchMock'], call = 0) {
  const [url, init] = fetchMock.mock.calls[call] as unknown as [string, RequestInit];
  return { url, method: init.method, body: JSON.parse(String(init.body)) as unknown };
}

async function fillCommonFields(events: ReturnType<typeof userEvent.setup>) {
  await events.type(screen.getByTestId('apply-name'), 'Coopérative Tifaouine');
  await events.selectOptions(screen.getByTestId('apply-province'), 'essaouira');
  await events.selectOptions(screen.getByTestId('apply-craft'), 'argan');
  await events.type(screen.getByTestId('apply-address'), 'Douar Ida Ougourd, Essaouira');
  await events.type(screen.getByTestId('apply-phone'), '06 12 34 56 78');
  await events.type(screen.getByTestId('apply-bio-fr'), "Huile d'argan pressée à la main.");
}

describe('<ApplicationForm>', () => {
  it('shows the artisan card for artisans, and the registration and members for cooperatives', async () => {
    const events = userEvent.setup();
    renderWithProviders(<ApplicationForm application={null} />, { route: '/apply' });

    expect(screen.getByTestId('apply-kind-artisan')).toBeChecked();
    expect(screen.getByTestId('apply-card-number')).toBeInTheDocument();
    expect(screen.getByTestId('apply-card-expiry')).toBeInTheDocument();
    expect(screen.queryByTestId('apply-registration')).not.toBeInTheDocument();
    expect(screen.queryByTestId('apply-add-member')).not.toBeInTheDocument();
    expect(screen.getByLabelText("Nom de l'atelier ou votre nom")).toBe(
      screen.getByTestId('apply-name'),
    );

    await events.click(screen.getByTestId('apply-kind-cooperative'));

    expect(screen.queryByTestId('apply-card-number')).not.toBeInTheDocument();
    expect(screen.getByTestId('apply-registration')).toBeInTheDocument();
    expect(screen.getByLabelText('Nom de la coopérative')).toBe(screen.getByTestId('apply-name'));
    // A cooperative starts with one member row.
    expect(screen.getByTestId('apply-member-name-0')).toBeInTheDocument();
    expect(screen.queryByTestId('apply-member-name-1')).not.toBeInTheDocument();

    await events.click(screen.getByTestId('apply-kind-artisan'));
    expect(screen.getByTestId('apply-card-number')).toBeInTheDocument();
    expect(screen.queryByTestId('apply-member-name-0')).not.toBeInTheDocument();
  });

  it('adds member rows, moving to the new row, and removes them', async () => {
    const events = userEvent.setup();
    renderWithProviders(<ApplicationForm application={null} />, { route: '/apply' });
    await events.click(screen.getByTestId('apply-kind-cooperative'));

    await events.type(screen.getByTestId('apply-member-name-0'), 'Fatima');
    await events.click(screen.getByTestId('apply-add-member'));

    const second = screen.getByTestId('apply-member-name-1');
    expect(second).toHaveFocus();
    expect(screen.getByRole('group', { name: 'Membre 2' })).toContainElement(second);
    await events.type(second, 'Aicha');
    await events.click(screen.getByTestId('apply-add-member'));
    expect(screen.getByTestId('apply-member-name-2')).toBeInTheDocument();

    await events.click(screen.getByRole('button', { name: 'Retirer le membre 1' }));

    expect(screen.getByTestId('apply-member-name-0')).toHaveValue('Aicha');
    expect(screen.getByTestId('apply-member-name-1')).toHaveValue('');
    expect(screen.queryByTestId('apply-member-name-2')).not.toBeInTheDocument();
    expect(screen.getByTestId('apply-add-member')).toHaveFocus();
  });

  it('checks the form before sending and lists each problem, linked to its field', async () => {
    const events = userEvent.setup();
    const { fetchMock } = mockFetch(() => jsonResponse({}));
    renderWithProviders(<ApplicationForm application={null} />, { route: '/apply' });
    await events.click(screen.getByTestId('apply-kind-cooperative'));

    await events.click(screen.getByTestId('apply-submit'));

    const summary = screen.getByRole('alert');
    expect(summary).toHaveFocus();
    expect(
      within(summary).getByRole('link', { name: /Saisissez un numéro marocain/ }),
    ).toBeVisible();
    expect(
      within(summary).getByRole('link', { name: /Membre 1 : le nom doit contenir/ }),
    ).toBeVisible();
    expect(screen.getByTestId('apply-phone')).toHaveAccessibleDescription(
      'Un numéro marocain, par exemple 06 12 34 56 78. Saisissez un numéro marocain, par exemple 06 12 34 56 78 ou +212 6 12 34 56 78.',
    );
    expect(screen.getByTestId('apply-registration')).toHaveAttribute('aria-invalid', 'true');
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('sends a cooperative with its members only, then shows the status', async () => {
    const events = userEvent.setup();
    const { fetchMock } = mockFetch(() =>
      jsonResponse(sellerApplication({ kind: 'cooperative' }), 201),
    );
    const view = renderWithProviders(<ApplicationForm application={null} />, { route: '/apply' });
    await events.click(screen.getByTestId('apply-kind-cooperative'));
    await fillCommonFields(events);
    await events.type(screen.getByTestId('apply-registration'), 'COOP-ESS-2019-117');
    await events.type(screen.getByTestId('apply-member-name-0'), 'Fatima Ait Baha');
    await events.selectOptions(screen.getByTestId('apply-member-craft-0'), 'argan');

    await events.click(screen.getByTestId('apply-submit'));

    await vi.waitFor(() => expect(view.location().pathname).toBe('/apply/status'));
    expect(sentBody(fetchMock)).toEqual({
      url: '/api/seller-applications',
      method: 'POST',
      body: {
        kind: 'cooperative',
        name: 'Coopérative Tifaouine',
        province: 'essaouira',
        craft: 'argan',
        workshopAddress: 'Douar Ida Ougourd, Essaouira',
        phone: '06 12 34 56 78',
        bio: { fr: "Huile d'argan pressée à la main." },
        registrationNumber: 'COOP-ESS-2019-117',
        members: [{ name: 'Fatima Ait Baha', craft: 'argan' }],
        submit: true,
      },
    });
  });

  it('saves a draft without sending it, and shows the API’s complaints on their fields', async () => {
    const events = userEvent.setup();
    const { fetchMock } = mockFetch(() =>
      jsonResponse(
        {
          statusCode: 400,
          error: 'Bad Request',
          message: 'Invalid application: …',
          details: [
            {
              field: 'artisanCardNumber',
              messages: ['an artisan must give the number of their artisan card'],
            },
          ],
        },
        400,
      ),
    );
    renderWithProviders(<ApplicationForm application={null} />, { route: '/apply' });
    await fillCommonFields(events);
    await events.type(screen.getByTestId('apply-card-number'), 'SAF-0042');
    await events.type(screen.getByTestId('apply-card-expiry'), '2030-06-30');

    await events.click(screen.getByTestId('apply-save-draft'));

    expect(await screen.findByTestId('apply-card-number')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('alert')).toHaveTextContent(
      "Saisissez le numéro de votre carte d'artisan",
    );
    expect(sentBody(fetchMock).body).toMatchObject({ kind: 'artisan', submit: false });
    expect(sentBody(fetchMock).body).not.toHaveProperty('members');
  });

  it('changes a rejected application, then sends it again', async () => {
    const events = userEvent.setup();
    const rejected = sellerApplication({
      status: 'rejected',
      editable: true,
      history: [
        { status: 'submitted', at: '2026-02-01T09:00:00.000Z', reason: null },
        { status: 'rejected', at: '2026-02-03T09:00:00.000Z', reason: 'La carte est illisible.' },
      ],
    });
    const { fetchMock } = mockFetch((url) =>
      jsonResponse(
        url.pathname.endsWith('/submit')
          ? { ...rejected, status: 'submitted', editable: false }
          : rejected,
      ),
    );
    const view = renderWithProviders(<ApplicationForm application={rejected} />, {
      route: '/apply/edit',
    });

    expect(screen.getByText('La carte est illisible.')).toBeInTheDocument();
    expect(screen.getByTestId('apply-name')).toHaveValue('Atelier Lahcen');
    await events.clear(screen.getByTestId('apply-card-number'));
    await events.type(screen.getByTestId('apply-card-number'), 'SAF-2021-0043');
    await events.click(screen.getByRole('button', { name: 'Renvoyer ma demande' }));

    await vi.waitFor(() => expect(view.location().pathname).toBe('/apply/status'));
    expect(sentBody(fetchMock, 0)).toMatchObject({
      url: '/api/seller-applications/mine',
      method: 'PATCH',
      body: { artisanCardNumber: 'SAF-2021-0043' },
    });
    expect(sentBody(fetchMock, 0).body).not.toHaveProperty('submit');
    const [submitUrl, submitInit] = fetchMock.mock.calls[1] as unknown as [string, RequestInit];
    expect([submitUrl, submitInit.method]).toEqual([
      '/api/seller-applications/mine/submit',
      'POST',
    ]);
  });
});
