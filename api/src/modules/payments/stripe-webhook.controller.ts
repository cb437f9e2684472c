import {
  BadRequestException,
  Controller,
  Headers,
  HttpCode,
  HttpStatus,
  Inject,
  Post,
  Req,
  type RawBodyRequest,
} from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import type Stripe from 'stripe';
import { APP_CONFIG, type AppConfig } from '../../config/configuration';
import { PaymentFulfilmentService } from './payment-fulfilment.service';
import { STRIPE } from './stripe.client';

/** Stripe's own limit: a signature older than this is refused, so a captured call cannot be replayed. */
const SIGNATURE_TOLERANCE_SECONDS = 300;

@ApiTags('payments')
@Controller('payments/stripe')
export class StripeWebhookController {
  constructor(
    private readonly fulfilment: PaymentFulfilmentService,
    @Inject(STRIPE) private readonly stripe: Stripe,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Verified on the exact bytes Stripe signed; anything else is refused before it is read. */
  @Post('webhook')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ description: 'Handled, or already handled before' })
  @ApiBadRequestResponse({ description: 'Missing, wrong or expired signature' })
  async webhook(
    @Req() request: RawBodyRequest<Request>,
    @Headers('stripe-signature') signature: string | undefined,
  ): Promise<{ received: true }> {
    if (!signature || !request.rawBody) {
      throw new BadRequestException('A signed Stripe event is expected');
    }
    let event: Stripe.Event;
    try {
      event = this.stripe.webhooks.constructEvent(
        request.rawBody,
        signature,
        this.config.stripe.webhookSecret,
        SIGNATURE_TOLERANCE_SECONDS,
      );
    } catch {
      throw new BadRequestException('The Stripe signature is not valid or is too old');
    }
    await this.fulfilment.handleEvent(event);
    return { received: true };
  }
}
