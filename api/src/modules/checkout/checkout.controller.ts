import { Body, Controller, Get, Ip, Param, Post, Query, Res } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiServiceUnavailableResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { Response } from 'express';
import type { Language } from '@hirfa/shared';
import { RequestLanguage } from '../../common/i18n/request-language';
import { RateLimit } from '../../common/rate-limit/rate-limit.guard';
import { CurrentShopper, GuestOrSignedIn, type Shopper } from '../cart/shopper';
import { LanguageQueryDto } from '../catalog/dto/list-products-query.dto';
import { PaymentFulfilmentService } from '../payments/payment-fulfilment.service';
import { CheckoutService } from './checkout.service';
import {
  CheckoutDto,
  CheckoutResponseDto,
  CheckoutSessionParamDto,
  CheckoutSessionResultDto,
} from './dto/checkout.dto';
import { IdempotencyKey } from './idempotency-key';

@ApiTags('checkout')
@Controller('checkout')
export class CheckoutController {
  constructor(
    private readonly checkoutService: CheckoutService,
    private readonly fulfilment: PaymentFulfilmentService,
  ) {}

  @Post()
  // Above @GuestOrSignedIn() so that the session is known to the guest limit.
  @RateLimit('checkout-ip', 'guest-checkout-ip', 'checkout-email')
  @GuestOrSignedIn()
  @ApiHeader({
    name: 'Idempotency-Key',
    required: false,
    description: 'Sending the same key again returns the same order instead of a second one',
  })
  @ApiCreatedResponse({ type: CheckoutResponseDto, description: 'The order is placed' })
  @ApiOkResponse({ type: CheckoutResponseDto, description: 'This cart or key already ordered' })
  @ApiNotFoundResponse({ description: 'No cart with this id for this cookie or account' })
  @ApiConflictResponse({
    description:
      'checkout.total_changed: a price, a shipping rate or the stock changed since the shopper ' +
      'saw expectedTotal (the body has the cart now and the changes); checkout.quantity_limit: ' +
      'more of one product than one buyer may hold unpaid or unconfirmed',
  })
  @ApiTooManyRequestsResponse({
    description:
      'checkout.too_many_open_orders: too many unpaid or unconfirmed orders; Retry-After',
  })
  @ApiUnprocessableEntityResponse({ description: 'Empty cart, or cash on delivery abroad' })
  @ApiServiceUnavailableResponse({
    description: 'The order is saved but the card payment page could not be opened; retry',
  })
  async checkout(
    @CurrentShopper() shopper: Shopper,
    @Body() dto: CheckoutDto,
    @IdempotencyKey() idempotencyKey: string | undefined,
    @Query() _query: LanguageQueryDto,
    @RequestLanguage() language: Language,
    @Ip() ip: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CheckoutResponseDto> {
    const outcome = await this.checkoutService.checkout(shopper, dto, language, idempotencyKey, ip);
    response.status(outcome.status);
    return outcome.body;
  }

  /** The success page: settles the payment from Stripe's session, like the webhook would. */
  @Get('sessions/:sessionId')
  @ApiOkResponse({ type: CheckoutSessionResultDto })
  @ApiNotFoundResponse({ description: 'No order is paid with this session' })
  session(@Param() params: CheckoutSessionParamDto): Promise<CheckoutSessionResultDto> {
    return this.fulfilment.confirmSession(params.sessionId);
  }
}
