import type { Provider } from '@nestjs/common';
import Stripe from 'stripe';
import { APP_CONFIG, type AppConfig } from '../../config/configuration';

/** The Stripe SDK, injected by this token. */
export const STRIPE = Symbol('STRIPE');

/**
 * The real SDK either way: against api.stripe.com with a secret key, or against the local
 * payment server (infra/stripe-local) over plain HTTP on this machine.
 */
export function createStripe(config: AppConfig): Stripe {
  const options = { maxNetworkRetries: 1, timeout: 20_000, telemetry: false };
  if (config.stripe.mode === 'local') {
    return new Stripe(config.stripe.secretKey, {
      ...options,
      host: '127.0.0.1',
      port: config.stripe.localPort,
      protocol: 'http',
    });
  }
  return new Stripe(config.stripe.secretKey, options);
}

export const stripeProvider: Provider = {
  provide: STRIPE,
  inject: [APP_CONFIG],
  useFactory: createStripe,
};

/** Stripe's currency codes are lower case. */
export const STRIPE_CURRENCY = 'mad';
