import { IsString, Matches, MaxLength } from 'class-validator';
import { SLUG_PATTERN } from '@hirfa/shared';

export class SlugParamDto {
  @IsString()
  @MaxLength(160)
  @Matches(SLUG_PATTERN, { message: 'slug must be lowercase words joined by hyphens' })
  slug: string;
}
