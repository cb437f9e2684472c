import { Body, Controller, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentUser } from '../../common/auth/auth.guard';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { HideProductDto, ModeratedProductDto } from './dto/moderation.dto';
import { ProductIdParamDto } from './dto/product-params.dto';
import { ProductModerationService } from './product-moderation.service';

@ApiTags('chamber')
@Controller('admin/products')
@Authenticated('chamber_staff')
@ApiNotFoundResponse({ description: 'No product has this id' })
export class ProductModerationController {
  constructor(private readonly moderation: ProductModerationService) {}

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
