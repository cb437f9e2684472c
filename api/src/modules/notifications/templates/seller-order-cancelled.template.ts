import { formatMoney, type Language, type Money } from '@hirfa/shared';
import { labelled, renderLayout, type RenderedEmail, type ShippingSummary } from './email-layout';
import type { CancelledBy } from './order-cancelled.template';

export interface SellerOrderCancelledLine {
  title: string;
  quantity: number;
  lineTotal: Money;
}

/** Sent to a seller when their part of an order (one sub-order) is cancelled. */
export interface SellerOrderCancelledPayload {
  orderNumber: string;
  subOrderId: string;
  /** The seller's page for this sub-order; http(s) only. */
  dashboardUrl: string;
  sellerName: string;
  cancelledBy: CancelledBy;
  reason: string | null;
  /** The seller's sub-order total, shipping included. */
  total: Money;
  lines: SellerOrderCancelledLine[];
  shipping: ShippingSummary;
}

interface Wording {
  subject: string;
  greeting: string;
  byWhom: Record<CancelledBy, string>;
  reasonLabel: string;
  stock: string;
  linesHeading: string;
  totalLabel: string;
  shippingLabel: string;
  actionLabel: string;
}

const WORDING: Record<Language, (payload: SellerOrderCancelledPayload) => Wording> = {
  fr: ({ orderNumber, sellerName }) => ({
    subject: `Commande ${orderNumber} annulée`,
    greeting: `Bonjour ${sellerName},`,
    byWhom: {
      shopper: `Le client a annulé sa commande ${orderNumber} : ne l’expédiez pas.`,
      seller: `Vous avez annulé votre partie de la commande ${orderNumber}.`,
      staff: `La Chambre d’artisanat a annulé votre partie de la commande ${orderNumber} : ne l’expédiez pas.`,
      system: `La commande ${orderNumber} a été annulée, car elle n’a pas été confirmée dans les délais.`,
    },
    reasonLabel: 'Motif',
    stock: 'Les articles ont été remis en stock.',
    linesHeading: 'Articles annulés',
    totalLabel: 'Total',
    shippingLabel: 'Était à livrer à',
    actionLabel: 'Voir la commande',
  }),
  ar: ({ orderNumber, sellerName }) => ({
    subject: `تم إلغاء الطلب رقم ${orderNumber}`,
    greeting: `مرحبًا ${sellerName}،`,
    byWhom: {
      shopper: `ألغى الزبون طلبه رقم ${orderNumber}: لا تقم بشحنه.`,
      seller: `لقد ألغيت الجزء الخاص بك من الطلب رقم ${orderNumber}.`,
      staff: `ألغت غرفة الصناعة التقليدية الجزء الخاص بك من الطلب رقم ${orderNumber}: لا تقم بشحنه.`,
      system: `تم إلغاء الطلب رقم ${orderNumber} لأنه لم يتم تأكيده في الآجال المحددة.`,
    },
    reasonLabel: 'السبب',
    stock: 'تمت إعادة المنتجات إلى المخزون.',
    linesHeading: 'المنتجات الملغاة',
    totalLabel: 'المجموع',
    shippingLabel: 'كان الشحن إلى',
    actionLabel: 'عرض الطلب',
  }),
  en: ({ orderNumber, sellerName }) => ({
    subject: `Order ${orderNumber} cancelled`,
    greeting: `Hello ${sellerName},`,
    byWhom: {
      shopper: `The customer has cancelled order ${orderNumber}: do not ship it.`,
      seller: `You have cancelled your part of order ${orderNumber}.`,
      staff: `The Chamber of Crafts has cancelled your part of order ${orderNumber}: do not ship it.`,
      system: `Order ${orderNumber} was cancelled because it was not confirmed in time.`,
    },
    reasonLabel: 'Reason',
    stock: 'The items are back in stock.',
    linesHeading: 'Cancelled items',
    totalLabel: 'Total',
    shippingLabel: 'Was to ship to',
    actionLabel: 'View the order',
  }),
};

export function renderSellerOrderCancelled(
  payload: SellerOrderCancelledPayload,
  language: Language,
): RenderedEmail {
  const wording = WORDING[language](payload);
  const paragraphs = [wording.byWhom[payload.cancelledBy]];
  if (payload.reason) paragraphs.push(labelled(language, wording.reasonLabel, payload.reason));
  paragraphs.push(wording.stock);
  return renderLayout(
    {
      subject: wording.subject,
      greeting: wording.greeting,
      paragraphs,
      linesHeading: wording.linesHeading,
      lines: payload.lines.map((line) => ({
        title: line.title,
        quantity: line.quantity,
        amount: formatMoney(line.lineTotal, language),
      })),
      totalLabel: wording.totalLabel,
      total: formatMoney(payload.total, language),
      shippingLabel: wording.shippingLabel,
      shipping: payload.shipping,
      action: { label: wording.actionLabel, url: payload.dashboardUrl },
    },
    language,
  );
}
