import { Module } from '@nestjs/common';
import { ProductsController } from './products.controller';
import { ProductsService } from './products.service';
import { TaxonomyService } from './taxonomy.service';
import { FacetsService } from './search/facets.service';
import { CatalogueCacheService } from './catalogue-cache.service';

@Module({
  controllers: [ProductsController],
  providers: [ProductsService, TaxonomyService, FacetsService, CatalogueCacheService],
})
export class CatalogModule {}
