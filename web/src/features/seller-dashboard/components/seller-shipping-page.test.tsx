import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { SellerShippingSettings } from '@hirfa/shared';
import { changeLanguage } from '@/lib/i18n';
import { apiError, jsonResponse } from '@/test/mock-fetch';
import { renderWithProviders } from '@/test/render';
import { mockApi, sentRequests } from '../testing/fixtures';
import { SellerShippingPage } from './seller-shipping-page';

function api(
  initial: SellerShippingSettings = { moroccoAmount: 3500, internationalAmount: 25000 },
  patch?: () => Response,
) {
  let settings = initial;
  const fetchMock = mockApi(({ method, url }) => {
    if (url.pathname !== '/api/seller/shop/shipping') return apiError(404, 'Not Found', '');
    if (method === 'PATCH') {
      if (patch) return patch();
      const body = JSON.parse(
        String((fetchMock.mock.calls.at(-1)![1] as RequestInit).body),
      ) as Partial<SellerShippingSettings>;
      settings = { ...settings, ...body };
    }
    return jsonResponse({ ...settings, currency: 'MAD' });
  });
  return fetchMock;
}

const patches = (fetchMock: Parameters<typeof sentRequests>[0]) =>
  sentRequests(fetchMock).filter((request) => request.method === 'PATCH');

describe('<SellerShippingPage>', () => {
  it('shows both rates in dirhams, as a seller would type them', async () => {
    api({ moroccoAmount: 3550, internationalAmount: 25000 });
    renderWithProviders(<SellerShippingPage />, { route: '/seller/shipping' });
    const morocco = await screen.findByTestId('shipping-morocco');
    expect(morocco).toHaveValue('35,50');
    expect(morocco).toHaveAccessibleName('Livraison au Maroc, en dirhams');
    expect(morocco).toHaveAccessibleDescription(expect.stringMatching(/35,50\sMAD/));
    expect(screen.getByTestId('shipping-international')).toHaveValue('250');
    expect(screen.getByRole('link', { name: 'Livraison' })).toHaveAttribute('aria-current', 'page');
    expect(document.title).toBe('Frais de livraison · Hirfa');
  });

  it('saves typed dirhams as integer centimes, without floating point', async () => {
    const user = userEvent.setup();
    const fetchMock = api();
    renderWithProviders(<SellerShippingPage />, { route: '/seller/shipping' });

    const morocco = await screen.findByTestId('shipping-morocco');
    const abroad = screen.getByTestId('shipping-international');
    await user.clear(morocco);
    await user.type(morocco, '0,29');
    await user.clear(abroad);
    await user.type(abroad, '1.234,56 DH');
    await user.click(screen.getByTestId('shipping-save'));

    expect(await screen.findByText('Frais de livraison enregistrés.')).toBeVisible();
    expect(patches(fetchMock)).toEqual([
      {
        method: 'PATCH',
        path: '/api/seller/shop/shipping',
        body: { moroccoAmount: 29, internationalAmount: 123456 },
      },
    ]);
  });

  it('sends only the rate that changed, and lets delivery be free', async () => {
    const user = userEvent.setup();
    const fetchMock = api();
    renderWithProviders(<SellerShippingPage />, { route: '/seller/shipping' });
    const morocco = await screen.findByTestId('shipping-morocco');
    await user.clear(morocco);
    await user.type(morocco, '0');
    await user.click(screen.getByTestId('shipping-save'));
    await screen.findByText('Frais de livraison enregistrés.');
    expect(patches(fetchMock).map((request) => request.body)).toEqual([{ moroccoAmount: 0 }]);

    await user.click(screen.getByTestId('shipping-save'));
    expect(await screen.findByText('Aucune modification à enregistrer.')).toBeVisible();
    expect(patches(fetchMock)).toHaveLength(1);
  });

  it('refuses what is not an amount, or too much, before sending', async () => {
    const user = userEvent.setup();
    const fetchMock = api();
    renderWithProviders(<SellerShippingPage />, { route: '/seller/shipping' });
    const morocco = await screen.findByTestId('shipping-morocco');
    const abroad = screen.getByTestId('shipping-international');
    await user.clear(morocco);
    await user.clear(abroad);
    await user.type(abroad, '10000,01');
    await user.click(screen.getByTestId('shipping-save'));

    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('Corrigez 2 champs');
    expect(summary).toHaveFocus();
    expect(morocco).toHaveAttribute('aria-invalid', 'true');
    expect(morocco).toHaveAccessibleDescription(
      expect.stringContaining('Indiquez un montant (0 pour offrir la livraison).'),
    );
    expect(abroad).toHaveAccessibleDescription(
      expect.stringContaining('Le tarif ne peut pas dépasser 10 000 dirhams.'),
    );

    await user.type(morocco, '-5');
    await user.click(screen.getByTestId('shipping-save'));
    await waitFor(() =>
      expect(morocco).toHaveAccessibleDescription(
        expect.stringContaining('Écrivez le montant en dirhams'),
      ),
    );
    expect(patches(fetchMock)).toEqual([]);
  });

  it('puts the API’s refusals on their fields', async () => {
    const user = userEvent.setup();
    api(undefined, () =>
      jsonResponse(
        {
          statusCode: 400,
          error: 'Bad Request',
          message: 'Invalid request',
          details: [{ field: 'internationalAmount', messages: ['internationalAmount too high'] }],
        },
        400,
      ),
    );
    renderWithProviders(<SellerShippingPage />, { route: '/seller/shipping' });
    const abroad = await screen.findByTestId('shipping-international');
    await user.clear(abroad);
    await user.type(abroad, '300');
    await user.click(screen.getByTestId('shipping-save'));
    await waitFor(() =>
      expect(abroad).toHaveAccessibleDescription(
        expect.stringContaining('internationalAmount too high'),
      ),
    );
  });

  it('reads Arabic digits typed on an Arabic keyboard', async () => {
    await changeLanguage('ar');
    const user = userEvent.setup();
    const fetchMock = api();
    renderWithProviders(<SellerShippingPage />, { route: '/seller/shipping' });
    const morocco = await screen.findByTestId('shipping-morocco');
    await user.clear(morocco);
    await user.type(morocco, '٤٠٫٥٠');
    await user.click(screen.getByTestId('shipping-save'));
    await screen.findByText('تم حفظ مصاريف الشحن.');
    expect(patches(fetchMock).map((request) => request.body)).toEqual([{ moroccoAmount: 4050 }]);
  });
});
