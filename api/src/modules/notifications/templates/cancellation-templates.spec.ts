import { formatMoney, LANGUAGES, money } from '@hirfa/shared';
import {
  renderEmail,
  type CancelledBy,
  type OrderCancelledPayload,
  type SellerOrderCancelledPayload,
} from '.';

const shopperNotice: OrderCancelledPayload = {
  orderNumber: 'HRF-2026-000042',
  orderUrl: 'https://hirfa.ma/orders/0d6c2f0e-2f51-4a3c-9d0c-7f3f1b6a2c11',
  paymentMethod: 'cod',
  cancelledBy: 'seller',
  reason: 'Pièce cassée au four',
  total: money(48_500),
  lines: [
    { title: 'Tajine de Safi', quantity: 2, lineTotal: money(45_000), sellerName: 'Atelier Nour' },
  ],
  shipping: { name: 'Salma Idrissi', city: 'Marrakech', country: 'MA' },
};

const sellerNotice: SellerOrderCancelledPayload = {
  orderNumber: 'HRF-2026-000042',
  subOrderId: '6d1f0c1e-8f3a-4b7e-9a52-0c4d2b1e9f10',
  dashboardUrl: 'https://hirfa.ma/seller/orders/6d1f0c1e-8f3a-4b7e-9a52-0c4d2b1e9f10',
  sellerName: 'Atelier Nour',
  cancelledBy: 'shopper',
  reason: 'Commandé deux fois',
  total: money(48_500),
  lines: [{ title: 'Tajine de Safi', quantity: 2, lineTotal: money(45_000) }],
  shipping: { name: 'Salma Idrissi', city: 'Marrakech', country: 'MA' },
};

const ACTORS: CancelledBy[] = ['shopper', 'seller', 'staff', 'system'];

describe.each(LANGUAGES)('cancellation emails in %s', (language) => {
  it('tells the shopper what was cancelled, by whom and why', () => {
    const email = renderEmail('order-cancelled', language, shopperNotice);

    expect(email.subject).toContain('HRF-2026-000042');
    for (const body of [email.text, email.html]) {
      expect(body).toContain('Pièce cassée au four');
      expect(body).toContain('Tajine de Safi');
      expect(body).toContain(formatMoney(money(48_500), language));
    }
    expect(email.text).toContain(shopperNotice.orderUrl);
    expect(email.html).toContain(`lang="${language}"`);
    // The greeting never repeats what a visitor typed into the order form.
    expect(email.text.split('\n')[0]).not.toContain('Salma');
  });

  it('words each way of cancelling differently, and leaves out a missing reason', () => {
    const texts = ACTORS.map(
      (cancelledBy) =>
        renderEmail('order-cancelled', language, { ...shopperNotice, cancelledBy, reason: null })
          .text,
    );
    expect(new Set(texts).size).toBe(ACTORS.length);
    for (const text of texts) expect(text).not.toContain('Pièce cassée');
    const sellerTexts = ACTORS.map(
      (cancelledBy) =>
        renderEmail('seller-order-cancelled', language, { ...sellerNotice, cancelledBy }).text,
    );
    expect(new Set(sellerTexts).size).toBe(ACTORS.length);
  });

  it('tells the seller, with a link to their order page', () => {
    const email = renderEmail('seller-order-cancelled', language, sellerNotice);

    expect(email.subject).toContain('HRF-2026-000042');
    expect(email.text).toContain('Atelier Nour');
    expect(email.text).toContain('Commandé deux fois');
    expect(email.html).toContain(`href="${sellerNotice.dashboardUrl}"`);
  });

  it('escapes a hostile reason in the HTML', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const email = renderEmail('order-cancelled', language, { ...shopperNotice, reason: hostile });
    expect(email.html).not.toContain('<img');
    expect(email.html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});
