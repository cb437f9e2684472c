import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentUser } from '../../common/auth/auth.guard';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { AdminOrdersService } from './admin-orders.service';
import {
  ListAdminOrdersQueryDto,
  OrderIdParamDto,
  SubOrderActionDto,
} from './dto/order-request.dto';
import { AdminOrderPageDto, OrderDto } from './dto/order-response.dto';

@ApiTags('chamber orders')
@Controller('admin/orders')
@Authenticated('chamber_staff')
export class AdminOrdersController {
  constructor(private readonly orders: AdminOrdersService) {}

  @Get()
  @ApiOkResponse({ type: AdminOrderPageDto })
  list(@Query() query: ListAdminOrdersQueryDto): Promise<AdminOrderPageDto> {
    return this.orders.list(query);
  }

  @Get(':id')
  @ApiOkResponse({ type: OrderDto })
  @ApiNotFoundResponse({ description: 'No order has this id' })
  get(@Param() params: OrderIdParamDto): Promise<OrderDto> {
    return this.orders.get(params.id);
  }

  @Post(':id/confirm')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: OrderDto, description: 'Staff called the buyer of a cash order' })
  @ApiConflictResponse({ description: 'Not a move the order status table allows' })
  confirm(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: OrderIdParamDto,
    @Body() dto: SubOrderActionDto,
  ): Promise<OrderDto> {
    return this.orders.move(user, params.id, dto.subOrderId, 'confirmed');
  }

  @Post(':id/remit')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: OrderDto, description: 'The cash collected reached the platform' })
  @ApiConflictResponse({ description: 'Not a move the order status table allows' })
  remit(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: OrderIdParamDto,
    @Body() dto: SubOrderActionDto,
  ): Promise<OrderDto> {
    return this.orders.move(user, params.id, dto.subOrderId, 'remitted');
  }
}
