import {
  Body,
  Controller,
  Delete,
  Get,
  HttpStatus,
  Inject,
  Param,
  Patch,
  Post,
  Query,
  Res,
} from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { CART_COOKIE, type Language } from '@hirfa/shared';
import { APP_CONFIG, type AppConfig } from '../../config/configuration';
import { RequestLanguage } from '../../common/i18n/request-language';
import { RateLimit } from '../../common/rate-limit/rate-limit.guard';
import { LanguageQueryDto } from '../catalog/dto/list-products-query.dto';
import { CartService } from './cart.service';
import {
  AddCartItemDto,
  CartIdParamDto,
  CartItemParamsDto,
  UpdateCartItemDto,
} from './dto/cart-request.dto';
import { CartDto } from './dto/cart-response.dto';
import { CurrentShopper, GuestOrSignedIn, type Shopper } from './shopper';

const CART_COOKIE_DAYS = 90;

@ApiTags('cart')
@Controller('carts')
@GuestOrSignedIn()
@ApiNotFoundResponse({ description: 'No open cart with this id for this cookie or account' })
export class CartController {
  constructor(
    private readonly carts: CartService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post()
  @RateLimit('cart-ip')
  @ApiOkResponse({ type: CartDto, description: 'The open cart already there' })
  @ApiCreatedResponse({ type: CartDto, description: 'A new cart; a guest gets its cookie' })
  async open(
    @CurrentShopper() shopper: Shopper,
    @Query() _query: LanguageQueryDto,
    @RequestLanguage() language: Language,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CartDto> {
    const opened = await this.carts.open(shopper, language);
    if (opened.newToken) {
      response.cookie(CART_COOKIE, opened.newToken, {
        httpOnly: true,
        sameSite: 'lax',
        secure: this.config.cookieSecure,
        path: '/',
        maxAge: CART_COOKIE_DAYS * 86_400_000,
      });
    }
    response.status(opened.created ? HttpStatus.CREATED : HttpStatus.OK);
    return opened.cart;
  }

  @Get(':id')
  @ApiOkResponse({ type: CartDto })
  get(
    @CurrentShopper() shopper: Shopper,
    @Param() params: CartIdParamDto,
    @Query() _query: LanguageQueryDto,
    @RequestLanguage() language: Language,
  ): Promise<CartDto> {
    return this.carts.get(shopper, params.id, language);
  }

  @Post(':id/items')
  @ApiCreatedResponse({ type: CartDto })
  @ApiConflictResponse({ description: 'More than the stock' })
  addItem(
    @CurrentShopper() shopper: Shopper,
    @Param() params: CartIdParamDto,
    @Body() dto: AddCartItemDto,
    @Query() _query: LanguageQueryDto,
    @RequestLanguage() language: Language,
  ): Promise<CartDto> {
    return this.carts.addItem(shopper, params.id, dto, language);
  }

  @Patch(':id/items/:itemId')
  @ApiOkResponse({ type: CartDto })
  @ApiConflictResponse({ description: 'More than the stock, or no longer for sale' })
  updateItem(
    @CurrentShopper() shopper: Shopper,
    @Param() params: CartItemParamsDto,
    @Body() dto: UpdateCartItemDto,
    @Query() _query: LanguageQueryDto,
    @RequestLanguage() language: Language,
  ): Promise<CartDto> {
    return this.carts.updateItem(shopper, params.id, params.itemId, dto, language);
  }

  @Delete(':id/items/:itemId')
  @ApiOkResponse({ type: CartDto })
  removeItem(
    @CurrentShopper() shopper: Shopper,
    @Param() params: CartItemParamsDto,
    @Query() _query: LanguageQueryDto,
    @RequestLanguage() language: Language,
  ): Promise<CartDto> {
    return this.carts.removeItem(shopper, params.id, params.itemId, language);
  }
}
