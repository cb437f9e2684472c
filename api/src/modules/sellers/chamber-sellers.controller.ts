import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { Authenticated, CurrentUser } from '../../common/auth/auth.guard';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { SellerNoteDto, SellerReasonDto } from './dto/seller-action.dto';
import { SellerIdParamDto } from './dto/seller-params.dto';
import { SellerQueueQueryDto } from './dto/seller-queue-query.dto';
import {
  ChamberStatsDto,
  SellerApplicationDetailDto,
  SellerApplicationQueueDto,
} from './dto/seller-response.dto';
import { ChamberStatsService } from './chamber-stats.service';
import { SellerReviewService } from './seller-review.service';

@ApiTags('chamber')
@Controller('admin')
@Authenticated('chamber_staff')
export class ChamberSellersController {
  constructor(
    private readonly review: SellerReviewService,
    private readonly statistics: ChamberStatsService,
  ) {}

  @Get('seller-applications')
  @ApiOkResponse({ type: SellerApplicationQueueDto, description: 'Oldest submitted first' })
  queue(@Query() query: SellerQueueQueryDto): Promise<SellerApplicationQueueDto> {
    return this.review.queue(query);
  }

  @Get('seller-applications/:id')
  @ApiOkResponse({ type: SellerApplicationDetailDto })
  @ApiNotFoundResponse({ description: 'No seller has this id' })
  detail(@Param() params: SellerIdParamDto): Promise<SellerApplicationDetailDto> {
    return this.review.detail(params.id);
  }

  @Post('seller-applications/:id/approve')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: SellerApplicationDetailDto })
  @ApiConflictResponse({ description: 'Only a submitted application can be approved' })
  @ApiUnprocessableEntityResponse({ description: 'The artisan card has expired' })
  approve(
    @CurrentUser() staff: AuthenticatedUser,
    @Param() params: SellerIdParamDto,
    @Body() dto: SellerNoteDto,
  ): Promise<SellerApplicationDetailDto> {
    return this.review.decide(staff, params.id, 'approve', dto.note ?? null);
  }

  @Post('seller-applications/:id/reject')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: SellerApplicationDetailDto })
  @ApiConflictResponse({ description: 'Only a submitted application can be rejected' })
  reject(
    @CurrentUser() staff: AuthenticatedUser,
    @Param() params: SellerIdParamDto,
    @Body() dto: SellerReasonDto,
  ): Promise<SellerApplicationDetailDto> {
    return this.review.decide(staff, params.id, 'reject', dto.reason);
  }

  @Post('sellers/:id/suspend')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: SellerApplicationDetailDto })
  @ApiConflictResponse({ description: 'Only an approved seller can be suspended' })
  suspend(
    @CurrentUser() staff: AuthenticatedUser,
    @Param() params: SellerIdParamDto,
    @Body() dto: SellerReasonDto,
  ): Promise<SellerApplicationDetailDto> {
    return this.review.decide(staff, params.id, 'suspend', dto.reason);
  }

  @Post('sellers/:id/reinstate')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: SellerApplicationDetailDto })
  @ApiConflictResponse({ description: 'Only a suspended seller can be reinstated' })
  reinstate(
    @CurrentUser() staff: AuthenticatedUser,
    @Param() params: SellerIdParamDto,
    @Body() dto: SellerNoteDto,
  ): Promise<SellerApplicationDetailDto> {
    return this.review.decide(staff, params.id, 'reinstate', dto.note ?? null);
  }

  @Get('stats')
  @ApiOkResponse({ type: ChamberStatsDto })
  stats(): Promise<ChamberStatsDto> {
    return this.statistics.stats();
  }
}
