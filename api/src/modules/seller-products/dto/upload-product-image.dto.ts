import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { SELLER_PRODUCT_LIMITS } from '@hirfa/shared';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** The text fields of the multipart upload; the photo itself is the `file` part. */
export class UploadProductImageDto {
  @ApiPropertyOptional({
    maxLength: SELLER_PRODUCT_LIMITS.imageAltMaxLength,
    description: 'What the photo shows, for screen readers',
  })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(SELLER_PRODUCT_LIMITS.imageAltMaxLength)
  alt?: string;
}

/** For the API documentation of the multipart body. */
export class UploadProductImageBodyDto extends UploadProductImageDto {
  @ApiProperty({ type: 'string', format: 'binary', description: 'JPEG, PNG or WebP, up to 8 MB' })
  file: unknown;
}
