import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { PayoutBatch as Batch } from '@hirfa/shared';
import { apiError, jsonResponse, mockFetch } from '@/test/mock-fetch';
import { renderWithProviders } from '@/test/render';
import { payout } from '../test/fixtures';
import { PayoutBatch } from './payout-batch';
import { PayoutList } from './payout-list';

const plain = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

const batch: Batch = {
  id: '5a1b2c3d-0000-4000-8000-0000000000b1',
  createdAt: '2026-03-10T09:00:00.000Z',
  minimumAmount: { amount: 50000, currency: 'MAD' },
  payouts: [
    payout(),
    payout({
      id: '5a1b2c3d-0000-4000-8000-000000000002',
      seller: { id: 's-2', slug: 'tifaouine', name: 'Coopérative Tifaouine', kind: 'cooperative' },
      amount: { amount: 72550, currency: 'MAD' },
    }),
  ],
};

function bodyOf(call: unknown) {
  const [, init] = call as [string, RequestInit];
  return JSON.parse(String(init.body)) as unknown;
}

describe('payout batches', () => {
  it('creates a batch and says how many payouts it holds, and for how much', async () => {
    const events = userEvent.setup();
    const { requests, fetchMock } = mockFetch(() => jsonResponse(batch, 201));
    const { queryClient } = renderWithProviders(<PayoutBatch />);
    queryClient.setQueryData(['chamber', 'payouts', { page: 1, limit: 20 }], {
      items: [],
      total: 0,
      page: 1,
      limit: 20,
    });

    await events.click(screen.getByTestId('create-payout-batch'));

    const result = screen.getByTestId('payout-batch-result');
    await vi.waitFor(() => expect(result).not.toBeEmptyDOMElement());
    expect(plain(result.textContent)).toBe(
      'Lot créé : 2 virements, 2.525,50 MAD au total (minimum par vendeur : 500,00 MAD).',
    );
    expect(result).toHaveAttribute('role', 'status');
    expect(requests()).toEqual(['/api/admin/payouts']);
    expect((fetchMock.mock.calls[0] as unknown as [string, RequestInit])[1].method).toBe('POST');
    expect(
      queryClient.getQueryState(['chamber', 'payouts', { page: 1, limit: 20 }])?.isInvalidated,
    ).toBe(true);
  });

  it('says that no balance reaches the minimum when the API answers 422', async () => {
    const events = userEvent.setup();
    mockFetch(() =>
      apiError(
        422,
        'Unprocessable Entity',
        "No seller's balance has reached the payout minimum of 500.00 MAD",
      ),
    );
    renderWithProviders(<PayoutBatch />);

    await events.click(screen.getByTestId('create-payout-batch'));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      "Aucun solde disponible d'un vendeur approuvé n'atteint le minimum : aucun lot n'a été créé.",
    );
    expect(screen.getByTestId('payout-batch-result')).toBeEmptyDOMElement();
  });
});

describe('marking a payout paid', () => {
  it('lists payouts with their amount, status and reference', () => {
    renderWithProviders(
      <PayoutList
        headingId="payouts"
        items={[
          payout(),
          payout({
            id: '5a1b2c3d-0000-4000-8000-000000000003',
            status: 'paid',
            bankReference: 'VIR-2026-03-000123',
            paidAt: '2026-03-11T09:00:00.000Z',
          }),
        ]}
      />,
    );

    const [pending, paid] = screen.getAllByTestId('payout-row');
    expect(plain(pending.textContent)).toContain('Atelier Lahcen');
    expect(plain(pending.textContent)).toContain('1.800,00 MAD');
    expect(within(pending).getByText('À virer')).toBeInTheDocument();
    expect(within(pending).getByTestId('mark-paid')).toHaveAccessibleName(
      'Marquer payé le virement à Atelier Lahcen',
    );
    expect(within(paid).getByText('Viré')).toBeInTheDocument();
    expect(within(paid).getByTestId('payout-bank-reference')).toHaveTextContent(
      'VIR-2026-03-000123',
    );
    expect(within(paid).queryByTestId('mark-paid')).toBeNull();
  });

  it('requires a bank reference the API accepts before sending it', async () => {
    const events = userEvent.setup();
    const pending = payout();
    const { fetchMock, requests } = mockFetch(() =>
      jsonResponse({ ...pending, status: 'paid', bankReference: 'VIR-2026-03-000123' }),
    );
    renderWithProviders(
      <>
        <h2 id="payouts" tabIndex={-1}>
          Virements
        </h2>
        <PayoutList headingId="payouts" items={[pending]} />
      </>,
    );

    await events.click(screen.getByTestId('mark-paid'));
    const reference = screen.getByTestId('bank-reference');
    expect(reference).toHaveFocus();
    expect(reference).toHaveAccessibleName('Référence du virement bancaire');

    await events.click(screen.getByTestId('confirm-mark-paid'));
    expect(reference).toHaveAttribute('aria-invalid', 'true');
    expect(reference).toHaveAccessibleDescription(
      "Telle qu'elle figure sur l'ordre de virement : lettres, chiffres et - . / _ : Indiquez la référence du virement : lettres, chiffres et - . / _ :, 100 caractères au plus.",
    );

    await events.type(reference, '#VIR 12');
    await events.click(screen.getByTestId('confirm-mark-paid'));
    expect(reference).toHaveAttribute('aria-invalid', 'true');
    expect(fetchMock).not.toHaveBeenCalled();

    await events.clear(reference);
    await events.type(reference, '  VIR-2026-03-000123 ');
    await events.click(screen.getByTestId('confirm-mark-paid'));

    expect(await screen.findByText('Virement à Atelier Lahcen marqué payé.')).toBeVisible();
    expect(requests()).toEqual([`/api/admin/payouts/${pending.id}/mark-paid`]);
    expect(bodyOf(fetchMock.mock.calls[0])).toEqual({ bankReference: 'VIR-2026-03-000123' });
    expect(screen.getByRole('heading', { name: 'Virements' })).toHaveFocus();
  });

  it('explains that someone else recorded the payout first', async () => {
    const events = userEvent.setup();
    mockFetch(() => apiError(409, 'Conflict', 'This payout is already paid'));
    renderWithProviders(<PayoutList headingId="payouts" items={[payout()]} />);

    await events.click(screen.getByTestId('mark-paid'));
    await events.type(screen.getByTestId('bank-reference'), 'VIR-1');
    await events.click(screen.getByTestId('confirm-mark-paid'));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Ce virement était déjà marqué payé ; la liste est à jour.',
    );
    expect(screen.queryByTestId('bank-reference')).toBeNull();
  });
});
