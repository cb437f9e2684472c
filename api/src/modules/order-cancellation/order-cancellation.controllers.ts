import { Body, Controller, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiServiceUnavailableResponse,
  ApiTags,
} from '@nestjs/swagger';
import { Authenticated, CurrentUser } from '../../common/auth/auth.guard';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { CurrentShopper, GuestOrSignedIn, type Shopper } from '../cart/shopper';
import { OrderIdParamDto } from '../orders/dto/order-request.dto';
import { OrderDto, SellerOrderDto } from '../orders/dto/order-response.dto';
import { AdminCancelOrderDto, CancelOrderDto } from './dto/cancel-order.dto';
import { OrderCancellationService } from './order-cancellation.service';

const REFUSALS =
  '`order.not_cancellable` (shipped, delivered or already cancelled) or ' +
  '`order.refund_required` (paid by card: refunded by the chamber instead); nothing changed';

/** `:id` is the id of the shop's part of an order (a sub-order). */
@ApiTags('seller orders')
@Controller('seller/orders')
@Authenticated('artisan', 'cooperative_admin')
export class SellerOrderCancellationController {
  constructor(private readonly cancellation: OrderCancellationService) {}

  @Post(':id/cancel')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: SellerOrderDto, description: 'Cancelled; the stock is back' })
  @ApiNotFoundResponse({ description: 'Your shop has no order with this id' })
  @ApiConflictResponse({ description: REFUSALS })
  cancel(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: OrderIdParamDto,
    @Body() dto: CancelOrderDto,
  ): Promise<SellerOrderDto> {
    return this.cancellation.cancelBySeller(user, params.id, dto.reason);
  }
}

@ApiTags('chamber orders')
@Controller('admin/orders')
@Authenticated('chamber_staff')
export class AdminOrderCancellationController {
  constructor(private readonly cancellation: OrderCancellationService) {}

  @Post(':id/cancel')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({
    type: OrderDto,
    description:
      'The part named by subOrderId, or every part of the order that has not shipped, is cancelled (an unpaid card order always whole)',
  })
  @ApiNotFoundResponse({ description: 'No such order, or no such part of it' })
  @ApiConflictResponse({ description: REFUSALS })
  @ApiServiceUnavailableResponse({ description: 'Stripe could not close the payment session' })
  cancel(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: OrderIdParamDto,
    @Body() dto: AdminCancelOrderDto,
  ): Promise<OrderDto> {
    return this.cancellation.cancelByStaff(user, params.id, dto.reason, dto.subOrderId);
  }
}

@ApiTags('orders')
@Controller('orders')
export class OrderCancellationController {
  constructor(private readonly cancellation: OrderCancellationService) {}

  /** A guest cancels the order placed from the cart of their `hirfa_cart` cookie. */
  @Post(':id/cancel')
  @GuestOrSignedIn()
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({
    type: OrderDto,
    description: 'Every part that has not shipped is cancelled, or none is (409)',
  })
  @ApiNotFoundResponse({ description: 'Not an order of this account or cart cookie' })
  @ApiConflictResponse({ description: REFUSALS })
  @ApiServiceUnavailableResponse({ description: 'Stripe could not close the payment session' })
  cancel(
    @CurrentShopper() shopper: Shopper,
    @Param() params: OrderIdParamDto,
    @Body() dto: CancelOrderDto,
  ): Promise<OrderDto> {
    return this.cancellation.cancelByShopper(shopper, params.id, dto.reason);
  }
}
