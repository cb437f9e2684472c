import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Language } from '@hirfa/shared';
import { ProductsService } from './products.service';
import { TaxonomyService } from './taxonomy.service';
import { LanguageQueryDto, ListProductsQueryDto } from './dto/list-products-query.dto';
import { ProductDetailDto, ProductPageDto, TaxonomyDto } from './dto/product-response.dto';
import { RequestLanguage } from '../../common/i18n/request-language';
import { SlugParamDto } from './dto/slug-param.dto';

@ApiTags('catalog')
@Controller()
export class ProductsController {
  constructor(
    private readonly products: ProductsService,
    private readonly taxonomy: TaxonomyService,
  ) {}

  @Get('products')
  @ApiOkResponse({ type: ProductPageDto })
  list(
    @Query() query: ListProductsQueryDto,
    @RequestLanguage() language: Language,
  ): Promise<ProductPageDto> {
    return this.products.list(query, language);
  }

  @Get('products/:slug')
  @ApiOkResponse({ type: ProductDetailDto })
  @ApiNotFoundResponse({ description: 'No visible product has this slug' })
  get(
    @Param() params: SlugParamDto,
    @Query() _query: LanguageQueryDto,
    @RequestLanguage() language: Language,
  ): Promise<ProductDetailDto> {
    return this.products.getBySlug(params.slug, language);
  }

  @Get('taxonomy')
  @ApiOkResponse({ type: TaxonomyDto })
  getTaxonomy(): Promise<TaxonomyDto> {
    return this.taxonomy.get();
  }
}
