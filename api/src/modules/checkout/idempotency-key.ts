import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import { IDEMPOTENCY_KEY_PATTERN } from '@hirfa/shared';
import { InvalidInputException } from '../../common/filters/api-exception.filter';

/** The optional `Idempotency-Key` header: 8 to 100 letters, digits or `_ . : -`; else 400. */
export const IdempotencyKey = createParamDecorator(
  (_: unknown, context: ExecutionContext): string | undefined => {
    const value = context.switchToHttp().getRequest<Request>().headers['idempotency-key'];
    if (value === undefined) return undefined;
    if (typeof value === 'string' && IDEMPOTENCY_KEY_PATTERN.test(value)) return value;
    const message = 'Idempotency-Key must be 8 to 100 letters, digits or _ . : -';
    throw new InvalidInputException(`Invalid request: ${message}`, [
      { field: 'Idempotency-Key', messages: [message] },
    ]);
  },
);
