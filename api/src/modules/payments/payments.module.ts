import { Module } from '@nestjs/common';
import { LedgerModule } from '../ledger/ledger.module';
import { OrdersModule } from '../orders/orders.module';
import { AdminRefundsController } from './admin-refunds.controller';
import { CheckoutSessionsService } from './checkout-sessions.service';
import { PaymentFulfilmentService } from './payment-fulfilment.service';
import { RefundConfirmationService } from './refund-confirmation.service';
import { RefundReconcilerService } from './refund-reconciler.service';
import { RefundsService } from './refunds.service';
import { StripeWebhookController } from './stripe-webhook.controller';
import { STRIPE, stripeProvider } from './stripe.client';

/** Card payments through Stripe Checkout, its webhook, and refunds. */
@Module({
  imports: [OrdersModule, LedgerModule],
  controllers: [StripeWebhookController, AdminRefundsController],
  providers: [
    stripeProvider,
    CheckoutSessionsService,
    PaymentFulfilmentService,
    RefundConfirmationService,
    RefundReconcilerService,
    RefundsService,
  ],
  exports: [STRIPE, CheckoutSessionsService, PaymentFulfilmentService, RefundReconcilerService],
})
export class PaymentsModule {}
