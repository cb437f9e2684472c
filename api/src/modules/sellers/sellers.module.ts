import { Module } from '@nestjs/common';
import { ChamberSellersController } from './chamber-sellers.controller';
import { ChamberStatsService } from './chamber-stats.service';
import { SellerApplicationsController } from './seller-applications.controller';
import { SellerApplicationsService } from './seller-applications.service';
import { SellerLifecycleService } from './seller-lifecycle.service';
import { SellerReviewService } from './seller-review.service';
import { SellerShopsController } from './seller-shops.controller';
import { SellerShopsService } from './seller-shops.service';

@Module({
  controllers: [SellerApplicationsController, ChamberSellersController, SellerShopsController],
  providers: [
    SellerLifecycleService,
    SellerApplicationsService,
    SellerReviewService,
    ChamberStatsService,
    SellerShopsService,
  ],
  exports: [SellerLifecycleService],
})
export class SellersModule {}
