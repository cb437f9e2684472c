import { Global, Module } from '@nestjs/common';
import { SellerProductsModule } from '../seller-products/seller-products.module';
import { CartController } from './cart.controller';
import { CartService } from './cart.service';
import { GuestCartMergeService } from './guest-cart-merge.service';
import { SellerShippingController } from './seller-shipping.controller';
import { SellerShippingService } from './seller-shipping.service';
import { OptionalSessionGuard } from './shopper';

/**
 * Carts for guests and accounts, and the sellers' shipping rates they are priced with.
 * Global so that sign-in can merge a guest cart without the accounts module importing it.
 */
@Global()
@Module({
  imports: [SellerProductsModule],
  controllers: [CartController, SellerShippingController],
  providers: [CartService, GuestCartMergeService, SellerShippingService, OptionalSessionGuard],
  exports: [CartService, GuestCartMergeService, OptionalSessionGuard],
})
export class CartModule {}
