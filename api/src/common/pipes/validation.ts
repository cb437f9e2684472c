import { ValidationError, ValidationPipe } from '@nestjs/common';
import type { ApiErrorDetail } from '@hirfa/shared';
import { InvalidInputException } from '../filters/api-exception.filter';

function flatten(errors: ValidationError[], parent = ''): ApiErrorDetail[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own: ApiErrorDetail[] = error.constraints
      ? [{ field, messages: Object.values(error.constraints) }]
      : [];
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** Strict input: unknown fields are refused, values are converted to their declared types. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => {
      const details = flatten(errors);
      const summary = details.map((detail) => detail.messages.join(', ')).join('; ');
      return new InvalidInputException(`Invalid request: ${summary}`, details);
    },
  });
}
