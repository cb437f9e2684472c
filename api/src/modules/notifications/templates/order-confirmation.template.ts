import { formatMoney, type Language, type Money, type PaymentMethod } from '@hirfa/shared';
import { renderLayout, type RenderedEmail, type ShippingSummary } from './email-layout';

export interface OrderConfirmationLine {
  title: string;
  quantity: number;
  lineTotal: Money;
  sellerName: string;
}

/** Sent to the shopper once the order is placed (cash on delivery) or paid (card). */
export interface OrderConfirmationPayload {
  orderNumber: string;
  /** Where the shopper follows the order; http(s) only. */
  orderUrl: string;
  paymentMethod: PaymentMethod;
  total: Money;
  lines: OrderConfirmationLine[];
  shipping: ShippingSummary;
}

interface Wording {
  subject: string;
  greeting: string;
  received: string;
  payment: Record<PaymentMethod, string>;
  linesHeading: string;
  totalLabel: string;
  shippingLabel: string;
  actionLabel: string;
}

type WordingFor = (payload: OrderConfirmationPayload, total: string) => Wording;

const WORDING: Record<Language, WordingFor> = {
  fr: ({ orderNumber, shipping }, total) => ({
    subject: `Votre commande ${orderNumber} a bien été reçue`,
    greeting: `Bonjour ${shipping.name},`,
    received: `Merci ! Nous avons bien reçu votre commande ${orderNumber} sur Hirfa.`,
    payment: {
      card: `Votre paiement par carte de ${total} a bien été reçu.`,
      cod: `Vous réglerez ${total} en espèces à la livraison. Le vendeur vous appellera pour confirmer la commande avant l’envoi.`,
    },
    linesHeading: 'Votre commande',
    totalLabel: 'Total',
    shippingLabel: 'Livraison à',
    actionLabel: 'Suivre ma commande',
  }),
  ar: ({ orderNumber, shipping }, total) => ({
    subject: `توصلنا بطلبك رقم ${orderNumber}`,
    greeting: `مرحبًا ${shipping.name}،`,
    received: `شكرًا لك! توصلنا بطلبك رقم ${orderNumber} على منصة حرفة.`,
    payment: {
      card: `تم استلام دفعتك بالبطاقة البنكية بمبلغ ${total}.`,
      cod: `ستدفع ${total} نقدًا عند التسليم. سيتصل بك البائع لتأكيد الطلب قبل الشحن.`,
    },
    linesHeading: 'تفاصيل الطلب',
    totalLabel: 'المجموع',
    shippingLabel: 'التسليم إلى',
    actionLabel: 'تتبع طلبي',
  }),
  en: ({ orderNumber, shipping }, total) => ({
    subject: `We have received your order ${orderNumber}`,
    greeting: `Hello ${shipping.name},`,
    received: `Thank you! We have received your order ${orderNumber} on Hirfa.`,
    payment: {
      card: `Your card payment of ${total} has been received.`,
      cod: `You will pay ${total} in cash on delivery. The seller will call you to confirm the order before shipping it.`,
    },
    linesHeading: 'Your order',
    totalLabel: 'Total',
    shippingLabel: 'Delivery to',
    actionLabel: 'Follow my order',
  }),
};

export function renderOrderConfirmation(
  payload: OrderConfirmationPayload,
  language: Language,
): RenderedEmail {
  const total = formatMoney(payload.total, language);
  const wording = WORDING[language](payload, total);
  return renderLayout(
    {
      subject: wording.subject,
      greeting: wording.greeting,
      paragraphs: [wording.received, wording.payment[payload.paymentMethod]],
      linesHeading: wording.linesHeading,
      lines: payload.lines.map((line) => ({
        title: line.title,
        quantity: line.quantity,
        detail: line.sellerName,
        amount: formatMoney(line.lineTotal, language),
      })),
      totalLabel: wording.totalLabel,
      total,
      shippingLabel: wording.shippingLabel,
      shipping: payload.shipping,
      action: { label: wording.actionLabel, url: payload.orderUrl },
    },
    language,
  );
}
