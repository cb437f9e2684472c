import { Module } from '@nestjs/common';
import { ProductsController } from './products.controller';
import { ProductsService } from './products.service';
import { TaxonomyService } from './taxonomy.service';

@Module({
  controllers: [ProductsController],
  providers: [ProductsService, TaxonomyService],
})
export class CatalogModule {}
