import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsString, MaxLength, MinLength } from 'class-validator';
import {
  MODERATION_REASON_MAX_LENGTH,
  MODERATION_REASON_MIN_LENGTH,
  type HideProductRequest,
  type ModeratedProduct,
} from '@hirfa/shared';
import { ProductModerationDto } from './seller-product-response.dto';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class HideProductDto implements HideProductRequest {
  @ApiProperty({
    minLength: MODERATION_REASON_MIN_LENGTH,
    maxLength: MODERATION_REASON_MAX_LENGTH,
    description: 'Shown to the seller',
    example: 'Les photos montrent un article importé, pas une pièce faite main.',
  })
  @Transform(trim)
  @IsString()
  @MinLength(MODERATION_REASON_MIN_LENGTH)
  @MaxLength(MODERATION_REASON_MAX_LENGTH)
  reason: string;
}

export class ModeratedProductDto implements ModeratedProduct {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() slug: string;
  @ApiProperty({ format: 'uuid' }) sellerId: string;
  @ApiProperty({ description: 'The seller’s own choice to show it' }) visible: boolean;
  @ApiProperty({ type: ProductModerationDto }) moderation: ProductModerationDto;
}
