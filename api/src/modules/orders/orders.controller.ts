import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentUser } from '../../common/auth/auth.guard';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { CurrentShopper, GuestOrSignedIn, type Shopper } from '../cart/shopper';
import { ListOrdersQueryDto, OrderIdParamDto } from './dto/order-request.dto';
import { OrderDto, OrderPageDto } from './dto/order-response.dto';
import { OrdersService } from './orders.service';

@ApiTags('orders')
@Controller('orders')
export class OrdersController {
  constructor(private readonly orders: OrdersService) {}

  @Get()
  @Authenticated()
  @ApiOkResponse({ type: OrderPageDto })
  list(
    @CurrentUser() user: AuthenticatedUser,
    @Query() query: ListOrdersQueryDto,
  ): Promise<OrderPageDto> {
    return this.orders.list(user, query);
  }

  /** A guest reads the order placed from the cart of their `hirfa_cart` cookie. */
  @Get(':id')
  @GuestOrSignedIn()
  @ApiOkResponse({ type: OrderDto })
  @ApiNotFoundResponse({ description: 'Not an order of this account or cart cookie' })
  get(@CurrentShopper() shopper: Shopper, @Param() params: OrderIdParamDto): Promise<OrderDto> {
    return this.orders.get(shopper, params.id);
  }
}
