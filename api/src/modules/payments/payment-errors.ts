import { ServiceUnavailableException } from '@nestjs/common';

/** Stripe could not be reached or refused the call; the caller may try again. */
export class PaymentProviderUnavailableException extends ServiceUnavailableException {}

export function describeStripeError(error: unknown): string {
  if (error && typeof error === 'object' && 'message' in error) {
    const { message, type } = error as { message: unknown; type?: unknown };
    return `${typeof type === 'string' ? `${type}: ` : ''}${String(message)}`;
  }
  return String(error);
}
