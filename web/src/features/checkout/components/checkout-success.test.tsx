import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CheckoutSessionResult } from '@hirfa/shared';
import { apiError, jsonResponse, mockFetch } from '@/test/mock-fetch';
import { renderWithProviders } from '@/test/render';
import { CheckoutSuccess } from './checkout-success';

const SESSION = 'cs_test_a1b2c3d4e5f6';
const pending: CheckoutSessionResult = {
  orderId: 'a1b2c3d4-0000-4000-8000-000000000042',
  orderNumber: 'HRF-2026-000042',
  paymentStatus: 'awaiting_payment',
};
const fast = { interval: 5, maxAnswers: 5 };

describe('<CheckoutSuccess>', () => {
  it('asks again while the payment is awaited, then shows the paid order', async () => {
    let answers = 0;
    const { requests } = mockFetch(() => {
      answers += 1;
      return jsonResponse(answers < 3 ? pending : { ...pending, paymentStatus: 'paid' });
    });
    renderWithProviders(<CheckoutSuccess sessionId={SESSION} poll={fast} />);

    expect(screen.getByRole('status')).toHaveTextContent('Confirmation du paiement…');
    expect(
      await screen.findByRole('heading', { name: 'Merci ! Votre paiement est reçu.' }),
    ).toBeInTheDocument();
    expect(screen.getByTestId('order-number')).toHaveTextContent('HRF-2026-000042');
    expect(screen.getByRole('link', { name: 'Voir la commande HRF-2026-000042' })).toHaveAttribute(
      'href',
      `/orders/${pending.orderId}`,
    );
    expect(requests()).toEqual([
      `/api/checkout/sessions/${SESSION}`,
      `/api/checkout/sessions/${SESSION}`,
      `/api/checkout/sessions/${SESSION}`,
    ]);
  });

  it('stops asking after a few answers and says the confirmation will follow', async () => {
    const { requests } = mockFetch(() => jsonResponse(pending));
    renderWithProviders(
      <CheckoutSuccess sessionId={SESSION} poll={{ interval: 5, maxAnswers: 3 }} />,
    );

    expect(
      await screen.findByRole('heading', { name: 'Paiement en cours de confirmation' }),
    ).toBeInTheDocument();
    expect(requests()).toHaveLength(3);
  });

  it('says so when no order is paid with this session', async () => {
    mockFetch(() => apiError(404, 'Not Found', 'No order is paid with this session'));
    renderWithProviders(<CheckoutSuccess sessionId={SESSION} poll={fast} />);

    expect(
      await screen.findByRole('heading', { name: 'Paiement introuvable' }),
    ).toBeInTheDocument();
  });
});
