import { Module } from '@nestjs/common';
import { MediaStorageModule } from '../../common/storage/media-storage.module';
import { ProductImagesService } from './product-images.service';
import { ProductModerationController } from './product-moderation.controller';
import { ProductModerationService } from './product-moderation.service';
import { SellerProductsController } from './seller-products.controller';
import { SellerProductsService } from './seller-products.service';
import { SellerScopeService } from './seller-scope.service';

/** The seller dashboard's products and photos, and the chamber's moderation of listings. */
@Module({
  imports: [MediaStorageModule],
  controllers: [SellerProductsController, ProductModerationController],
  providers: [
    SellerScopeService,
    SellerProductsService,
    ProductImagesService,
    ProductModerationService,
  ],
  exports: [SellerScopeService],
})
export class SellerProductsModule {}
