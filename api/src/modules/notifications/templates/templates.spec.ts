import { formatMoney, LANGUAGES, money, type Language } from '@hirfa/shared';
import { escapeHtml, safeLink } from './email-layout';
import {
  renderEmail,
  type EmailPayloads,
  type OrderConfirmationPayload,
  type SellerNewOrderPayload,
} from '.';

const confirmation: OrderConfirmationPayload = {
  orderNumber: 'HRF-2026-000042',
  orderUrl: 'https://hirfa.ma/orders/HRF-2026-000042',
  paymentMethod: 'cod',
  total: money(128_500),
  lines: [
    { title: 'Tajine de Safi', quantity: 2, lineTotal: money(45_000), sellerName: 'Atelier Nour' },
    {
      title: 'Huile d’argan',
      quantity: 1,
      lineTotal: money(35_000),
      sellerName: 'Coopérative Tifaout',
    },
  ],
  shipping: { name: 'Salma Idrissi', city: 'Marrakech', country: 'MA' },
};

const sellerNotice: SellerNewOrderPayload = {
  orderNumber: 'HRF-2026-000042',
  subOrderId: '6d1f0c1e-8f3a-4b7e-9a52-0c4d2b1e9f10',
  dashboardUrl: 'https://hirfa.ma/seller/orders/6d1f0c1e-8f3a-4b7e-9a52-0c4d2b1e9f10',
  sellerName: 'Atelier Nour',
  paymentMethod: 'card',
  total: money(48_500),
  lines: [{ title: 'Tajine de Safi', quantity: 2, lineTotal: money(45_000) }],
  shipping: { name: 'Salma Idrissi', city: 'Marrakech', country: 'MA' },
};

const SUBJECT_WORDS: Record<keyof EmailPayloads, Record<Language, string>> = {
  'order-confirmation': { fr: 'Votre commande', ar: 'طلبك', en: 'your order' },
  'seller-new-order': { fr: 'Nouvelle commande', ar: 'طلب جديد', en: 'New order' },
  'order-cancelled': { fr: 'annulée', ar: 'إلغاء', en: 'cancelled' },
  'seller-order-cancelled': { fr: 'annulée', ar: 'إلغاء', en: 'cancelled' },
};

const COUNTRY: Record<Language, string> = { fr: 'Maroc', ar: 'المغرب', en: 'Morocco' };

describe.each(LANGUAGES)('emails in %s', (language) => {
  const direction = language === 'ar' ? 'rtl' : 'ltr';

  it('confirms an order to the shopper', () => {
    const email = renderEmail('order-confirmation', language, confirmation);

    expect(email.subject).toContain(SUBJECT_WORDS['order-confirmation'][language]);
    expect(email.subject).toContain('HRF-2026-000042');
    for (const body of [email.text, email.html]) {
      expect(body).toContain(formatMoney(money(128_500), language));
      expect(body).toContain(formatMoney(money(45_000), language));
      expect(body).toContain('Atelier Nour');
      expect(body).toContain('Marrakech');
      expect(body).toContain(COUNTRY[language]);
    }
    expect(email.text).toContain('https://hirfa.ma/orders/HRF-2026-000042');
    expect(email.text).toContain('Huile d’argan');
    expect(email.html).toContain(`<html lang="${language}" dir="${direction}">`);
    expect(email.html).toContain('href="https://hirfa.ma/orders/HRF-2026-000042"');
  });

  it('tells cash-on-delivery and card shoppers different things about payment', () => {
    const cod = renderEmail('order-confirmation', language, confirmation);
    const card = renderEmail('order-confirmation', language, {
      ...confirmation,
      paymentMethod: 'card',
    });

    expect(cod.text).not.toBe(card.text);
    const cash = { fr: 'espèces', ar: 'نقدًا', en: 'cash' }[language];
    expect(cod.text).toContain(cash);
    expect(card.text).not.toContain(cash);
  });

  it('tells a seller about a new order', () => {
    const email = renderEmail('seller-new-order', language, sellerNotice);

    expect(email.subject).toContain(SUBJECT_WORDS['seller-new-order'][language]);
    expect(email.subject).toContain('HRF-2026-000042');
    expect(email.text).toContain(sellerNotice.dashboardUrl);
    expect(email.text).toContain('Atelier Nour');
    expect(email.text).toContain(formatMoney(money(48_500), language));
    expect(email.text).toContain(formatMoney(money(45_000), language));
    expect(email.html).toContain(`<html lang="${language}" dir="${direction}">`);
    expect(email.html).toContain(`href="${sellerNotice.dashboardUrl}"`);
  });

  it('escapes hostile text in the HTML', () => {
    const hostile = '<script>alert("hirfa")</script>';
    const attribute = '"><img src=x onerror=alert(1)>';
    const shopper = renderEmail('order-confirmation', language, {
      ...confirmation,
      lines: [{ ...confirmation.lines[0], title: hostile, sellerName: attribute }],
      shipping: { ...confirmation.shipping, name: `${hostile} & co` },
    });
    const seller = renderEmail('seller-new-order', language, {
      ...sellerNotice,
      sellerName: attribute,
      lines: [{ ...sellerNotice.lines[0], title: hostile }],
    });

    for (const html of [shopper.html, seller.html]) {
      expect(html).not.toContain('<script');
      expect(html).not.toContain('<img');
      expect(html).toContain('&lt;script&gt;alert(&quot;hirfa&quot;)&lt;/script&gt;');
    }
    expect(shopper.html).toContain(
      '&lt;script&gt;alert(&quot;hirfa&quot;)&lt;/script&gt; &amp; co',
    );
    // Plain text is not markup: the title is shown as the seller wrote it.
    expect(shopper.text).toContain(hostile);
  });
});

describe('email layout', () => {
  it('escapes every character that matters in HTML', () => {
    expect(escapeHtml(`<a href='x'>"Tom" & Jerry</a>`)).toBe(
      '&lt;a href=&#39;x&#39;&gt;&quot;Tom&quot; &amp; Jerry&lt;/a&gt;',
    );
  });

  it('refuses links that are not http(s)', () => {
    expect(() => safeLink('javascript:alert(1)')).toThrow('http(s)');
    expect(() => safeLink('data:text/html,<script>')).toThrow('http(s)');
    expect(() => safeLink('not a url')).toThrow();
    expect(() =>
      renderEmail('order-confirmation', 'fr', { ...confirmation, orderUrl: 'javascript:alert(1)' }),
    ).toThrow('http(s)');
    expect(safeLink('https://hirfa.ma/orders/1')).toBe('https://hirfa.ma/orders/1');
  });

  it('refuses a template it does not know', () => {
    const unknown = 'password-reset' as keyof EmailPayloads;
    expect(() => renderEmail(unknown, 'fr', confirmation)).toThrow('Unknown email template');
  });
});
