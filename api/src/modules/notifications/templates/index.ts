import type { Language } from '@hirfa/shared';
import type { RenderedEmail } from './email-layout';
import {
  renderOrderConfirmation,
  type OrderConfirmationPayload,
} from './order-confirmation.template';
import { renderSellerNewOrder, type SellerNewOrderPayload } from './seller-new-order.template';
import { renderOrderCancelled, type OrderCancelledPayload } from './order-cancelled.template';
import {
  renderSellerOrderCancelled,
  type SellerOrderCancelledPayload,
} from './seller-order-cancelled.template';

export type { RenderedEmail, ShippingSummary } from './email-layout';
export type {
  OrderConfirmationLine,
  OrderConfirmationPayload,
} from './order-confirmation.template';
export type { SellerNewOrderLine, SellerNewOrderPayload } from './seller-new-order.template';
export type {
  CancelledBy,
  OrderCancelledLine,
  OrderCancelledPayload,
} from './order-cancelled.template';
export type {
  SellerOrderCancelledLine,
  SellerOrderCancelledPayload,
} from './seller-order-cancelled.template';

/** Each template with the payload it is rendered from. */
export interface EmailPayloads {
  'order-confirmation': OrderConfirmationPayload;
  'seller-new-order': SellerNewOrderPayload;
  'order-cancelled': OrderCancelledPayload;
  'seller-order-cancelled': SellerOrderCancelledPayload;
}

export type EmailTemplateName = keyof EmailPayloads;
export type EmailPayload = EmailPayloads[EmailTemplateName];

const RENDERERS: {
  [T in EmailTemplateName]: (payload: EmailPayloads[T], language: Language) => RenderedEmail;
} = {
  'order-confirmation': renderOrderConfirmation,
  'seller-new-order': renderSellerNewOrder,
  'order-cancelled': renderOrderCancelled,
  'seller-order-cancelled': renderSellerOrderCancelled,
};

export function isEmailTemplateName(value: string): value is EmailTemplateName {
  return Object.hasOwn(RENDERERS, value);
}

export function renderEmail<T extends EmailTemplateName>(
  template: T,
  language: Language,
  payload: EmailPayloads[T],
): RenderedEmail {
  // Rows come back from the database as plain strings, so the name is checked at run time too.
  if (!isEmailTemplateName(template)) throw new Error(`Unknown email template ${template}`);
  const render: (payload: EmailPayloads[T], language: Language) => RenderedEmail =
    RENDERERS[template];
  return render(payload, language);
}
