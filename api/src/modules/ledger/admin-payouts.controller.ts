import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { Authenticated, CurrentUser } from '../../common/auth/auth.guard';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import {
  ListPayoutsQueryDto,
  MarkPayoutPaidDto,
  PayoutBatchDto,
  PayoutDto,
  PayoutIdParamDto,
  PayoutPageDto,
} from './dto/ledger.dto';
import { PayoutsService } from './payouts.service';

@ApiTags('chamber payouts')
@Controller('admin/payouts')
@Authenticated('chamber_staff')
export class AdminPayoutsController {
  constructor(private readonly payouts: PayoutsService) {}

  @Post()
  @ApiCreatedResponse({ type: PayoutBatchDto })
  @ApiUnprocessableEntityResponse({ description: 'No balance has reached the minimum' })
  create(@CurrentUser() user: AuthenticatedUser): Promise<PayoutBatchDto> {
    return this.payouts.createBatch(user);
  }

  @Get()
  @ApiOkResponse({ type: PayoutPageDto })
  list(@Query() query: ListPayoutsQueryDto): Promise<PayoutPageDto> {
    return this.payouts.list(query);
  }

  @Post(':id/mark-paid')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: PayoutDto })
  @ApiNotFoundResponse({ description: 'No payout has this id' })
  @ApiConflictResponse({ description: 'Already marked paid' })
  markPaid(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: PayoutIdParamDto,
    @Body() dto: MarkPayoutPaidDto,
  ): Promise<PayoutDto> {
    return this.payouts.markPaid(user, params.id, dto.bankReference);
  }
}
