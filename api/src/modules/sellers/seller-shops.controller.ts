import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Language } from '@hirfa/shared';
import { RequestLanguage } from '../../common/i18n/request-language';
import { ShopQueryDto, ShopSlugParamDto } from './dto/seller-params.dto';
import { SellerShopDto } from './dto/seller-response.dto';
import { SellerShopsService } from './seller-shops.service';

@ApiTags('catalog')
@Controller('sellers')
export class SellerShopsController {
  constructor(private readonly shops: SellerShopsService) {}

  /** The shop's products come from GET /api/products. */
  @Get(':slug')
  @ApiOkResponse({ type: SellerShopDto })
  @ApiNotFoundResponse({ description: 'No approved seller has this slug' })
  get(
    @Param() params: ShopSlugParamDto,
    @Query() _query: ShopQueryDto,
    @RequestLanguage() language: Language,
  ): Promise<SellerShopDto> {
    return this.shops.getBySlug(params.slug, language);
  }
}
