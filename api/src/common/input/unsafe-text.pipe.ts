import { HttpStatus, Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { ApiException } from '../filters/api-exception.filter';
import { findUnsafeText, type UnsafeTextProblem } from './unsafe-text';

const MESSAGES: Record<UnsafeTextProblem, string> = {
  control_character: 'must not contain control characters (such as NUL)',
  lone_surrogate: 'must be valid Unicode text (it holds a lone surrogate)',
};

/**
 * Refuses control characters and broken Unicode in every body, query and path parameter
 * before validation and before any handler runs (multipart text fields included, since
 * pipes run once the upload is read). PostgreSQL cannot store NUL in text, and no field of
 * this API is meant to hold the other control characters.
 */
@Injectable()
export class UnsafeTextPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type === 'custom') return value;
    const finding = findUnsafeText(value, metadata.data ?? '');
    if (!finding) return value;
    const message = `${finding.field} ${MESSAGES[finding.problem]}`;
    throw new ApiException(HttpStatus.BAD_REQUEST, 'input.control_characters', message, {
      details: [{ field: finding.field, messages: [message] }],
    });
  }
}
