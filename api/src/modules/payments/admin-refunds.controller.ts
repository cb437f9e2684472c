import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
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

  @Get(':id/refunds')
  @ApiOkResponse({
    type: RefundOrderResponseDto,
    description:
      'Every refund of the order, oldest first; `late_payment` ones were made automatically for a payment that arrived after the order was cancelled',
  })
  @ApiNotFoundResponse({ description: 'No such order' })
  list(@Param() params: OrderIdParamDto): Promise<RefundOrderResponseDto> {
    return this.refunds.list(params.id);
  }

  @Post(':id/refund')
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiAcceptedResponse({
    type: RefundOrderResponseDto,
    description:
      'Sent to Stripe; a refund whose answer was lost stays pending until Stripe is read back. A request made while an earlier refund of the order is unknown retries that one and returns it.',
  })
  @ApiNotFoundResponse({ description: 'No such order, or no such part of it' })
  @ApiConflictResponse({ description: 'Nothing left to refund' })
  @ApiUnprocessableEntityResponse({
    description:
      'Not a paid card order, too large an amount, or Stripe refused the refund (`refund.refused_by_stripe`; it is recorded failed)',
  })
  @ApiServiceUnavailableResponse({ description: 'The database could not be reached' })
  refund(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: OrderIdParamDto,
    @Body() dto: RefundOrderDto,
  ): Promise<RefundOrderResponseDto> {
    return this.refunds.refund(user, params.id, dto);
  }
}
