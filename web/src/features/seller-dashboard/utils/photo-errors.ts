import { MAX_PRODUCT_IMAGE_BYTES, PRODUCT_IMAGE_TYPES } from '@hirfa/shared';
import { isApiError } from '@/lib/api-client';

export type PhotoProblem =
  | { code: 'errorTooLarge' | 'errorNotImage' | 'errorTooMany' | 'errorNetwork' }
  | { code: 'errorForbidden' }
  | { code: 'errorOther'; message: string };

/** What the API's answer to an upload means for the seller, by status. */
export function photoProblemOf(error: unknown): PhotoProblem {
  if (isApiError(error)) {
    if (error.kind === 'network') return { code: 'errorNetwork' };
    switch (error.status) {
      case 413:
        return { code: 'errorTooLarge' };
      case 415:
      case 422:
        return { code: 'errorNotImage' };
      case 409:
        return { code: 'errorTooMany' };
      case 403:
        return { code: 'errorForbidden' };
    }
    return { code: 'errorOther', message: error.message };
  }
  return { code: 'errorOther', message: error instanceof Error ? error.message : '' };
}

/**
 * Refuses at once what the API would refuse after the whole upload, saving a phone the data.
 * A file without a type (some Android galleries) is left for the API to judge.
 */
export function photoProblemBeforeUpload(file: File): PhotoProblem | null {
  if (file.type && !(PRODUCT_IMAGE_TYPES as readonly string[]).includes(file.type)) {
    return { code: 'errorNotImage' };
  }
  if (file.size > MAX_PRODUCT_IMAGE_BYTES) return { code: 'errorTooLarge' };
  return null;
}
