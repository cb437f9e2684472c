import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { changeLanguage } from '@/lib/i18n';
import { apiError, jsonResponse } from '@/test/mock-fetch';
import { renderWithProviders } from '@/test/render';
import { ledgerEntry, mockApi, sellerLedger, sentRequests } from '../testing/fixtures';
import { SellerBalancePage } from './seller-balance-page';

const entries = [
  ledgerEntry({
    id: '5',
    kind: 'payout',
    amount: { amount: -50000, currency: 'MAD' },
    description: 'Payout by bank transfer',
    orderNumber: null,
    subOrderId: null,
    payoutId: 'po-1',
    createdAt: '2026-03-10T09:00:00.000Z',
  }),
  ledgerEntry({
    id: '4',
    kind: 'commission_refund',
    amount: { amount: 1200, currency: 'MAD' },
    description: 'Commission refunded',
  }),
  ledgerEntry({
    id: '3',
    kind: 'refund',
    amount: { amount: -12000, currency: 'MAD' },
    description: 'Refund',
  }),
  ledgerEntry({
    id: '2',
    kind: 'commission',
    amount: { amount: -12005, currency: 'MAD' },
    description: 'Commission 10 %',
  }),
  ledgerEntry({ id: '1', memberName: 'Fatima Zahra' }),
];

function api(ledger = sellerLedger(entries)) {
  return mockApi(({ url }) => {
    if (url.pathname === '/api/seller/ledger') return jsonResponse(ledger);
    return apiError(404, 'Not Found', url.pathname);
  });
}

describe('<SellerBalancePage>', () => {
  it('shows the balance and every statement line, signed', async () => {
    const fetchMock = api();
    renderWithProviders(<SellerBalancePage />, { route: '/seller/balance' });

    expect(await screen.findByTestId('ledger-balance')).toHaveTextContent('1.080,45 MAD');
    expect(screen.getByRole('definition')).toBe(screen.getByTestId('ledger-balance'));
    expect(screen.getByRole('term')).toHaveTextContent('Solde à vous verser');

    const lines = screen.getAllByTestId('ledger-line');
    expect(lines).toHaveLength(5);
    const [payout, commissionRefund, refund, commission, sale] = lines as HTMLElement[];

    expect(payout).toHaveTextContent('Virement');
    expect(payout).toHaveTextContent('-500,00 MAD');
    expect(payout).toHaveTextContent('(débit)');
    expect(payout).toHaveTextContent('10 mars 2026');
    expect(payout).toHaveTextContent('Payout by bank transfer');
    expect(payout).not.toHaveTextContent('Commande');

    expect(commissionRefund).toHaveTextContent('Commission remboursée');
    expect(commissionRefund).toHaveTextContent('12,00 MAD');
    expect(commissionRefund).toHaveTextContent('(crédit)');
    expect(refund).toHaveTextContent('Remboursement');
    expect(refund).toHaveTextContent('-120,00 MAD');
    expect(commission).toHaveTextContent('Commission');
    expect(commission).toHaveTextContent('-120,05 MAD');

    expect(sale).toHaveTextContent('Vente');
    expect(sale).toHaveTextContent('1.200,50 MAD');
    expect(sale).toHaveTextContent('Commande HF-2026-000123');
    expect(sale).toHaveTextContent('Part de Fatima Zahra');
    expect(within(sale).getByText('2 mars 2026')).toHaveAttribute(
      'datetime',
      '2026-03-02T10:20:00.000Z',
    );

    expect(screen.getByText('5 opérations')).toBeVisible();
    expect(screen.getByRole('link', { name: 'Solde' })).toHaveAttribute('aria-current', 'page');
    expect(sentRequests(fetchMock).map((request) => request.path)).toEqual([
      '/api/seller/ledger?page=1&limit=20',
    ]);
    expect(document.title).toBe('Solde et relevé · Hirfa');
  });

  it('pages through a long statement', async () => {
    const fetchMock = api(sellerLedger(entries, { total: 45, page: 2 }));
    renderWithProviders(<SellerBalancePage />, { route: '/seller/balance?page=2' });
    const pages = await screen.findByRole('navigation', { name: 'Pages' });
    expect(pages).toHaveTextContent('Page 2 sur 3');
    expect(within(pages).getByRole('link', { name: 'Page suivante' })).toHaveAttribute(
      'href',
      '/seller/balance?page=3',
    );
    expect(sentRequests(fetchMock)[0]!.path).toBe('/api/seller/ledger?page=2&limit=20');
  });

  it('splits the balance into what the next payout can include and what waits', async () => {
    api();
    renderWithProviders(<SellerBalancePage />, { route: '/seller/balance' });
    expect(await screen.findByTestId('ledger-available')).toHaveTextContent(
      'Disponible pour le prochain virement 580,45 MAD',
    );
    expect(screen.getByTestId('ledger-pending')).toHaveTextContent(
      'En attente de livraison ou du délai de garde 500,00 MAD',
    );
    expect(screen.getByText(/peut vous être versée 7 jours après sa livraison/)).toBeVisible();
  });

  it('words the holding period in Arabic and in English', async () => {
    await changeLanguage('ar');
    api(sellerLedger(entries, { holdDays: 2 }));
    const { unmount } = renderWithProviders(<SellerBalancePage />, { route: '/seller/balance' });
    expect(await screen.findByTestId('ledger-available')).toHaveTextContent('متاح للتحويل القادم');
    expect(screen.getByText(/بعد يومين من تسليمه/)).toBeVisible();
    unmount();
    await changeLanguage('en');
    api(sellerLedger(entries, { holdDays: 1 }));
    renderWithProviders(<SellerBalancePage />, { route: '/seller/balance' });
    expect(await screen.findByTestId('ledger-pending')).toHaveTextContent(
      'Waiting for delivery or the holding period',
    );
    expect(screen.getByText(/paid out 1 day after delivery/)).toBeVisible();
  });

  it('shows a zero balance and an empty statement', async () => {
    api(sellerLedger([], { balance: { amount: 0, currency: 'MAD' } }));
    renderWithProviders(<SellerBalancePage />, { route: '/seller/balance' });
    expect(await screen.findByTestId('ledger-balance')).toHaveTextContent('0,00 MAD');
    expect(
      screen.getByText("Aucune opération pour l'instant : votre première vente apparaîtra ici."),
    ).toBeVisible();
  });

  it('translates the kinds in English', async () => {
    await changeLanguage('en');
    api();
    renderWithProviders(<SellerBalancePage />, { route: '/seller/balance' });
    const lines = await screen.findAllByTestId('ledger-line');
    expect(lines.map((line) => line.querySelector('.ledger-line__kind')?.textContent)).toEqual([
      'Payout',
      'Commission refunded',
      'Refund',
      'Commission',
      'Sale',
    ]);
  });
});
