import { Module } from '@nestjs/common';
import { OrdersModule } from '../orders/orders.module';
import { PaymentsModule } from '../payments/payments.module';
import { BuyerLimitsService } from './buyer-limits.service';
import { CheckoutController } from './checkout.controller';
import { CheckoutService } from './checkout.service';
import { OrderExpiryService } from './order-expiry.service';

/** From cart to order: stock reservation, the payment page, and the expiry of unpaid orders. */
@Module({
  imports: [OrdersModule, PaymentsModule],
  controllers: [CheckoutController],
  providers: [CheckoutService, OrderExpiryService, BuyerLimitsService],
  exports: [OrderExpiryService],
})
export class CheckoutModule {}
