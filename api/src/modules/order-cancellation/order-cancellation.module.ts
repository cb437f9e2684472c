import { Module } from '@nestjs/common';
import { OrdersModule } from '../orders/orders.module';
import { PaymentsModule } from '../payments/payments.module';
import { SellerProductsModule } from '../seller-products/seller-products.module';
import { CancellationEmailsService } from './cancellation-emails.service';
import { CodConfirmationExpiryService } from './cod-confirmation-expiry.service';
import {
  AdminOrderCancellationController,
  OrderCancellationController,
  SellerOrderCancellationController,
} from './order-cancellation.controllers';
import { OrderCancellationService } from './order-cancellation.service';

/**
 * Giving held stock back: cancellations by the seller, the chamber or the buyer, and the
 * expiry of cash orders nobody confirmed.
 */
@Module({
  imports: [OrdersModule, PaymentsModule, SellerProductsModule],
  controllers: [
    SellerOrderCancellationController,
    AdminOrderCancellationController,
    OrderCancellationController,
  ],
  providers: [OrderCancellationService, CancellationEmailsService, CodConfirmationExpiryService],
  exports: [OrderCancellationService, CodConfirmationExpiryService],
})
export class OrderCancellationModule {}
