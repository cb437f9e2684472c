import { Module } from '@nestjs/common';
import { SellerProductsModule } from '../seller-products/seller-products.module';
import { AdminPayoutsController } from './admin-payouts.controller';
import { SellerLedgerController } from './seller-ledger.controller';
import { LedgerStatementService } from './ledger-statement.service';
import { LedgerService } from './ledger.service';
import { PayoutsService } from './payouts.service';

/** What each seller earned, minus commission and refunds, and the payouts that settle it. */
@Module({
  imports: [SellerProductsModule],
  controllers: [SellerLedgerController, AdminPayoutsController],
  providers: [LedgerService, LedgerStatementService, PayoutsService],
  exports: [LedgerService],
})
export class LedgerModule {}
