import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentUser } from '../../common/auth/auth.guard';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { HideProductDto, ModeratedProductDto } from './dto/moderation.dto';
import { ProductIdParamDto } from './dto/product-params.dto';
import { ProductModerationService } from './product-moderation.service';
import { ChamberProductListQueryDto, ChamberProductPageDto } from './dto/chamber-products.dto';
import { RequestLanguage } from '../../common/i18n/request-language';
import type { Language } from '@hirfa/shared';

@ApiTags('chamber')
@Controller('admin/products')
@Authenticated('chamber_staff')
@ApiNotFoundResponse({ description: 'No product has this id' })
export class ProductModerationController {
  constructor(private readonly moderation: ProductModerationService) {}

  @Get()
  @ApiOkResponse({ type: ChamberProductPageDto })
  list(
    @Query() query: ChamberProductListQueryDto,
    @RequestLanguage() language: Language,
  ): Promise<ChamberProductPageDto> {
    return this.moderation.list(query, language);
  }

  @Post(':id/hide')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: ModeratedProductDto })
  @ApiConflictResponse({ description: 'Already hidden by the chamber' })
  hide(
    @CurrentUser() staff: AuthenticatedUser,
    @Param() params: ProductIdParamDto,
    @Body() dto: HideProductDto,
  ): Promise<ModeratedProductDto> {
    return this.moderation.hide(staff, params.id, dto.reason);
  }

  @Post(':id/restore')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: ModeratedProductDto })
  @ApiConflictResponse({ description: 'Not hidden by the chamber' })
  restore(
    @CurrentUser() staff: AuthenticatedUser,
    @Param() params: ProductIdParamDto,
  ): Promise<ModeratedProductDto> {
    return this.moderation.restore(staff, params.id);
  }
}
