import { formatMoney, type Language, type Money, type PaymentMethod } from '@hirfa/shared';
import { labelled, renderLayout, type RenderedEmail, type ShippingSummary } from './email-layout';

/** Who cancelled: the shopper, the seller, the chamber, or the confirmation deadline. */
export type CancelledBy = 'shopper' | 'seller' | 'staff' | 'system';

export interface OrderCancelledLine {
  title: string;
  quantity: number;
  lineTotal: Money;
  sellerName: string;
}

/** Sent to the shopper when some or all of their order is cancelled. */
export interface OrderCancelledPayload {
  orderNumber: string;
  /** Where the shopper follows the order; http(s) only. */
  orderUrl: string;
  paymentMethod: PaymentMethod;
  cancelledBy: CancelledBy;
  /** The seller's or the chamber's reason; never the shopper's own words. */
  reason: string | null;
  /** What the cancelled parts came to, shipping included. */
  total: Money;
  lines: OrderCancelledLine[];
  shipping: ShippingSummary;
}

interface Wording {
  subject: string;
  greeting: string;
  byWhom: Record<CancelledBy, string>;
  reasonLabel: string;
  payment: Record<PaymentMethod, string>;
  linesHeading: string;
  totalLabel: string;
  shippingLabel: string;
  actionLabel: string;
}

const WORDING: Record<Language, (orderNumber: string) => Wording> = {
  fr: (orderNumber) => ({
    subject: `Votre commande ${orderNumber} a été annulée`,
    greeting: 'Bonjour,',
    byWhom: {
      shopper: `Comme vous l’avez demandé, nous avons annulé votre commande ${orderNumber}.`,
      seller: `Le vendeur a annulé votre commande ${orderNumber} (les articles ci-dessous).`,
      staff: `La Chambre d’artisanat a annulé votre commande ${orderNumber} (les articles ci-dessous).`,
      system: `Votre commande ${orderNumber} a été annulée, car elle n’a pas été confirmée à temps.`,
    },
    reasonLabel: 'Motif',
    payment: {
      cod: 'Vous n’avez rien à payer pour ces articles.',
      card: 'Aucun paiement n’a été pris pour ces articles.',
    },
    linesHeading: 'Articles annulés',
    totalLabel: 'Total annulé',
    shippingLabel: 'Livraison prévue à',
    actionLabel: 'Voir ma commande',
  }),
  ar: (orderNumber) => ({
    subject: `تم إلغاء طلبك رقم ${orderNumber}`,
    greeting: 'مرحبًا،',
    byWhom: {
      shopper: `بناءً على طلبك، قمنا بإلغاء طلبك رقم ${orderNumber}.`,
      seller: `ألغى البائع طلبك رقم ${orderNumber} (المنتجات أدناه).`,
      staff: `ألغت غرفة الصناعة التقليدية طلبك رقم ${orderNumber} (المنتجات أدناه).`,
      system: `تم إلغاء طلبك رقم ${orderNumber} لأنه لم يتم تأكيده في الوقت المحدد.`,
    },
    reasonLabel: 'السبب',
    payment: {
      cod: 'لن تدفع أي شيء مقابل هذه المنتجات.',
      card: 'لم يتم اقتطاع أي مبلغ مقابل هذه المنتجات.',
    },
    linesHeading: 'المنتجات الملغاة',
    totalLabel: 'المجموع الملغى',
    shippingLabel: 'كان التسليم مقررًا إلى',
    actionLabel: 'عرض طلبي',
  }),
  en: (orderNumber) => ({
    subject: `Your order ${orderNumber} has been cancelled`,
    greeting: 'Hello,',
    byWhom: {
      shopper: `As you asked, we have cancelled your order ${orderNumber}.`,
      seller: `The seller has cancelled your order ${orderNumber} (the items below).`,
      staff: `The Chamber of Crafts has cancelled your order ${orderNumber} (the items below).`,
      system: `Your order ${orderNumber} was cancelled because it was not confirmed in time.`,
    },
    reasonLabel: 'Reason',
    payment: {
      cod: 'You have nothing to pay for these items.',
      card: 'No payment has been taken for these items.',
    },
    linesHeading: 'Cancelled items',
    totalLabel: 'Total cancelled',
    shippingLabel: 'Was to be delivered to',
    actionLabel: 'View my order',
  }),
};

export function renderOrderCancelled(
  payload: OrderCancelledPayload,
  language: Language,
): RenderedEmail {
  const wording = WORDING[language](payload.orderNumber);
  const paragraphs = [wording.byWhom[payload.cancelledBy]];
  if (payload.reason) paragraphs.push(labelled(language, wording.reasonLabel, payload.reason));
  paragraphs.push(wording.payment[payload.paymentMethod]);
  return renderLayout(
    {
      subject: wording.subject,
      greeting: wording.greeting,
      paragraphs,
      linesHeading: wording.linesHeading,
      lines: payload.lines.map((line) => ({
        title: line.title,
        quantity: line.quantity,
        detail: line.sellerName,
        amount: formatMoney(line.lineTotal, language),
      })),
      totalLabel: wording.totalLabel,
      total: formatMoney(payload.total, language),
      shippingLabel: wording.shippingLabel,
      shipping: payload.shipping,
      action: { label: wording.actionLabel, url: payload.orderUrl },
    },
    language,
  );
}
