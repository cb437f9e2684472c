import { formatMoney, type Language, type Money, type PaymentMethod } from '@hirfa/shared';
import { renderLayout, type RenderedEmail, type ShippingSummary } from './email-layout';

export interface SellerNewOrderLine {
  title: string;
  quantity: number;
  lineTotal: Money;
}

/** Sent to a seller for their part of an order (one sub-order), in the seller's language. */
export interface SellerNewOrderPayload {
  orderNumber: string;
  subOrderId: string;
  /** The seller's page for this sub-order; http(s) only. */
  dashboardUrl: string;
  sellerName: string;
  paymentMethod: PaymentMethod;
  /** The seller's sub-order total, shipping included. */
  total: Money;
  lines: SellerNewOrderLine[];
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

type WordingFor = (payload: SellerNewOrderPayload, total: string) => Wording;

const WORDING: Record<Language, WordingFor> = {
  fr: ({ orderNumber, sellerName }, total) => ({
    subject: `Nouvelle commande ${orderNumber} à préparer`,
    greeting: `Bonjour ${sellerName},`,
    received: `Vous avez reçu une nouvelle commande (${orderNumber}) sur Hirfa.`,
    payment: {
      card: `Le client a payé ${total} par carte : vous pouvez préparer l’envoi.`,
      cod: `Paiement en espèces à la livraison (${total}) : appelez le client pour confirmer la commande avant de l’expédier.`,
    },
    linesHeading: 'Articles commandés',
    totalLabel: 'Total',
    shippingLabel: 'À livrer à',
    actionLabel: 'Gérer la commande',
  }),
  ar: ({ orderNumber, sellerName }, total) => ({
    subject: `طلب جديد رقم ${orderNumber} للتحضير`,
    greeting: `مرحبًا ${sellerName}،`,
    received: `توصلت بطلب جديد (${orderNumber}) على منصة حرفة.`,
    payment: {
      card: `دفع الزبون ${total} بالبطاقة البنكية، يمكنك تحضير الشحنة.`,
      cod: `الدفع نقدًا عند التسليم (${total}): اتصل بالزبون لتأكيد الطلب قبل شحنه.`,
    },
    linesHeading: 'المنتجات المطلوبة',
    totalLabel: 'المجموع',
    shippingLabel: 'الشحن إلى',
    actionLabel: 'إدارة الطلب',
  }),
  en: ({ orderNumber, sellerName }, total) => ({
    subject: `New order ${orderNumber} to prepare`,
    greeting: `Hello ${sellerName},`,
    received: `You have received a new order (${orderNumber}) on Hirfa.`,
    payment: {
      card: `The customer paid ${total} by card: you can prepare the shipment.`,
      cod: `Cash on delivery (${total}): call the customer to confirm the order before shipping it.`,
    },
    linesHeading: 'Items ordered',
    totalLabel: 'Total',
    shippingLabel: 'Ship to',
    actionLabel: 'Manage the order',
  }),
};

export function renderSellerNewOrder(
  payload: SellerNewOrderPayload,
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
        amount: formatMoney(line.lineTotal, language),
      })),
      totalLabel: wording.totalLabel,
      total,
      shippingLabel: wording.shippingLabel,
      shipping: payload.shipping,
      action: { label: wording.actionLabel, url: payload.dashboardUrl },
    },
    language,
  );
}
