import {
  applyDecorators,
  CallHandler,
  ExecutionContext,
  Injectable,
  NestInterceptor,
  PayloadTooLargeException,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import {
  ApiBody,
  ApiConsumes,
  ApiPayloadTooLargeResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { catchError, throwError, type Observable } from 'rxjs';
import { MAX_PRODUCT_IMAGE_BYTES } from '@hirfa/shared';
import { UploadProductImageBodyDto } from './dto/upload-product-image.dto';

const LIMIT_IN_MB = MAX_PRODUCT_IMAGE_BYTES / (1024 * 1024);

/** Says which limit an oversized photo broke, instead of multer's "File too large". */
@Injectable()
export class PhotoSizeLimitInterceptor implements NestInterceptor {
  intercept(_context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next
      .handle()
      .pipe(
        catchError((error: unknown) =>
          throwError(() =>
            error instanceof PayloadTooLargeException
              ? new PayloadTooLargeException(`A photo may weigh at most ${LIMIT_IN_MB} MB`)
              : error,
          ),
        ),
      );
  }
}

/**
 * One photo in the multipart field `file`, kept in memory (multer's default storage without
 * `dest`) since it is re-encoded before anything is written; multer stops reading past the
 * size limit.
 */
export function PhotoUpload() {
  return applyDecorators(
    UseInterceptors(
      PhotoSizeLimitInterceptor,
      FileInterceptor('file', {
        limits: { fileSize: MAX_PRODUCT_IMAGE_BYTES, files: 1, fields: 4, fieldSize: 4096 },
      }),
    ),
    ApiConsumes('multipart/form-data'),
    ApiBody({ type: UploadProductImageBodyDto }),
    ApiPayloadTooLargeResponse({ description: `Larger than ${LIMIT_IN_MB} MB` }),
    ApiUnprocessableEntityResponse({ description: 'Not a JPEG, PNG or WebP image' }),
  );
}
