import { Body, Controller, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiServiceUnavailableResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { Authenticated, CurrentUser } from '../../common/auth/auth.guard';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { OrderIdParamDto } from '../orders/dto/order-request.dto';
import { RefundOrderDto, RefundOrderResponseDto } from './dto/refund.dto';
import { RefundsService } from './refunds.service';

@ApiTags('chamber orders')
@Controller('admin/orders')
@Authenticated('chamber_staff')
export class AdminRefundsController {
  constructor(private readonly refunds: RefundsService) {}

  @Post(':id/refund')
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiAcceptedResponse({
    type: RefundOrderResponseDto,
    description: 'Sent to Stripe; each refund is confirmed by Stripe’s webhook',
  })
  @ApiNotFoundResponse({ description: 'No such order, or no such part of it' })
  @ApiConflictResponse({ description: 'Nothing left to refund' })
  @ApiUnprocessableEntityResponse({ description: 'Not a paid card order, or too large an amount' })
  @ApiServiceUnavailableResponse({ description: 'Stripe refused or could not be reached' })
  refund(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: OrderIdParamDto,
    @Body() dto: RefundOrderDto,
  ): Promise<RefundOrderResponseDto> {
    return this.refunds.refund(user, params.id, dto);
  }
}
