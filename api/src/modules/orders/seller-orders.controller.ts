import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentUser } from '../../common/auth/auth.guard';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import {
  ListSellerOrdersQueryDto,
  OrderIdParamDto,
  ShipSubOrderDto,
} from './dto/order-request.dto';
import { SellerOrderDto, SellerOrderPageDto } from './dto/order-response.dto';
import { SellerOrdersService } from './seller-orders.service';

/** `:id` is the id of the shop's part of an order (a sub-order). */
@ApiTags('seller orders')
@Controller('seller/orders')
@Authenticated('artisan', 'cooperative_admin')
@ApiNotFoundResponse({ description: 'Your shop has no order with this id' })
export class SellerOrdersController {
  constructor(private readonly orders: SellerOrdersService) {}

  @Get()
  @ApiOkResponse({ type: SellerOrderPageDto })
  list(
    @CurrentUser() user: AuthenticatedUser,
    @Query() query: ListSellerOrdersQueryDto,
  ): Promise<SellerOrderPageDto> {
    return this.orders.list(user, query);
  }

  @Get(':id')
  @ApiOkResponse({ type: SellerOrderDto })
  get(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: OrderIdParamDto,
  ): Promise<SellerOrderDto> {
    return this.orders.get(user, params.id);
  }

  @Post(':id/accept')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: SellerOrderDto, description: 'A paid card order is accepted' })
  @ApiConflictResponse({ description: 'Not a move the order status table allows' })
  accept(@CurrentUser() user: AuthenticatedUser, @Param() params: OrderIdParamDto) {
    return this.orders.move(user, params.id, 'accepted');
  }

  @Post(':id/confirm')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: SellerOrderDto, description: 'The buyer of a cash order was called' })
  @ApiConflictResponse({ description: 'Not a move the order status table allows' })
  confirm(@CurrentUser() user: AuthenticatedUser, @Param() params: OrderIdParamDto) {
    return this.orders.move(user, params.id, 'confirmed');
  }

  @Post(':id/ship')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: SellerOrderDto })
  @ApiConflictResponse({ description: 'Not a move the order status table allows' })
  ship(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: OrderIdParamDto,
    @Body() dto: ShipSubOrderDto,
  ) {
    return this.orders.move(user, params.id, 'shipped', { trackingNumber: dto.trackingNumber });
  }

  @Post(':id/deliver')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({
    type: SellerOrderDto,
    description: 'Delivered; for cash orders, cash collected',
  })
  @ApiConflictResponse({ description: 'Not a move the order status table allows' })
  deliver(@CurrentUser() user: AuthenticatedUser, @Param() params: OrderIdParamDto) {
    return this.orders.move(user, params.id, 'delivered');
  }

  @Post(':id/refuse')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: SellerOrderDto, description: 'The buyer refused the cash parcel' })
  @ApiConflictResponse({ description: 'Not a move the order status table allows' })
  refuse(@CurrentUser() user: AuthenticatedUser, @Param() params: OrderIdParamDto) {
    return this.orders.move(user, params.id, 'refused');
  }

  @Post(':id/return')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: SellerOrderDto, description: 'The refused parcel is back; stock too' })
  @ApiConflictResponse({ description: 'Not a move the order status table allows' })
  returned(@CurrentUser() user: AuthenticatedUser, @Param() params: OrderIdParamDto) {
    return this.orders.move(user, params.id, 'returned');
  }
}
