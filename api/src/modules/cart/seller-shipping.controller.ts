import { Body, Controller, Get, Patch } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentUser } from '../../common/auth/auth.guard';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { UpdateSellerShippingDto } from './dto/cart-request.dto';
import { SellerShippingResponseDto } from './dto/cart-response.dto';
import { SellerShippingService } from './seller-shipping.service';

@ApiTags('seller shop')
@Controller('seller/shop/shipping')
@Authenticated('artisan', 'cooperative_admin')
export class SellerShippingController {
  constructor(private readonly shipping: SellerShippingService) {}

  @Get()
  @ApiOkResponse({ type: SellerShippingResponseDto })
  get(@CurrentUser() user: AuthenticatedUser): Promise<SellerShippingResponseDto> {
    return this.shipping.get(user);
  }

  @Patch()
  @ApiOkResponse({ type: SellerShippingResponseDto })
  update(
    @CurrentUser() user: AuthenticatedUser,
    @Body() dto: UpdateSellerShippingDto,
  ): Promise<SellerShippingResponseDto> {
    return this.shipping.update(user, dto);
  }
}
