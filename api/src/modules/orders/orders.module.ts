import { Module } from '@nestjs/common';
import { LedgerModule } from '../ledger/ledger.module';
import { SellerProductsModule } from '../seller-products/seller-products.module';
import { AdminOrdersController } from './admin-orders.controller';
import { AdminOrdersService } from './admin-orders.service';
import { OrderEmailsService } from './order-emails.service';
import { OrderTransitionsService } from './order-transitions.service';
import { OrderViewsService } from './order-views.service';
import { OrdersController } from './orders.controller';
import { OrdersService } from './orders.service';
import { SellerOrdersController } from './seller-orders.controller';
import { SellerOrdersService } from './seller-orders.service';
import { StockService } from './stock.service';

/** Orders split per seller, their statuses, and who may see and move them. */
@Module({
  imports: [LedgerModule, SellerProductsModule],
  controllers: [OrdersController, SellerOrdersController, AdminOrdersController],
  providers: [
    OrderTransitionsService,
    StockService,
    OrderViewsService,
    OrderEmailsService,
    OrdersService,
    SellerOrdersService,
    AdminOrdersService,
  ],
  exports: [
    OrderTransitionsService,
    StockService,
    OrderViewsService,
    OrderEmailsService,
    OrdersService,
  ],
})
export class OrdersModule {}
