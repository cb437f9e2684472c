import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsISO8601,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import {
  COOPERATIVE_MEMBERS_LIMIT,
  CRAFTS,
  ISO_DATE_PATTERN,
  MOROCCAN_PHONE_PATTERN,
  PROVINCE_CODES,
  SELLER_BIO_MAX_LENGTH,
  SELLER_KINDS,
  SELLER_NAME_LENGTH,
  type CooperativeMemberInput,
  type CreateSellerApplicationRequest,
  type ProvinceCode,
  type SellerKind,
  type Translated,
  type UpdateSellerApplicationRequest,
} from '@hirfa/shared';

const CRAFT_SLUGS = CRAFTS.map((craft) => craft.slug);
const NO_MARKUP = /^[^<>]*$/;

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** People type numbers as "06 12 34 56 78" or "06.12.34.56.78"; we keep +212XXXXXXXXX. */
export function normalisePhone(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const compact = value.replace(/[\s.-]/g, '');
  if (!MOROCCAN_PHONE_PATTERN.test(compact)) return compact;
  return compact.startsWith('0') ? `+212${compact.slice(1)}` : compact;
}

export class SellerBioDto implements Translated {
  @ApiPropertyOptional({ maxLength: SELLER_BIO_MAX_LENGTH })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(SELLER_BIO_MAX_LENGTH)
  fr?: string;

  @ApiPropertyOptional({ maxLength: SELLER_BIO_MAX_LENGTH })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(SELLER_BIO_MAX_LENGTH)
  ar?: string;

  @ApiPropertyOptional({ maxLength: SELLER_BIO_MAX_LENGTH })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(SELLER_BIO_MAX_LENGTH)
  en?: string;
}

export class CooperativeMemberInputDto implements CooperativeMemberInput {
  @ApiProperty({ example: 'Aicha Ait Baha' })
  @Transform(trim)
  @IsString()
  @MinLength(SELLER_NAME_LENGTH.min)
  @MaxLength(SELLER_NAME_LENGTH.max)
  @Matches(NO_MARKUP, { message: 'name must not contain < or >' })
  name: string;

  @ApiProperty({ enum: CRAFT_SLUGS })
  @IsIn(CRAFT_SLUGS, { message: 'craft must be one of the crafts of the catalogue' })
  craft: string;
}

/**
 * The application as the applicant writes it. Which of the card, registration and
 * members are required depends on `kind`; that is checked on the whole application
 * (see seller-application.rules.ts) so that edits are checked the same way.
 */
export class SellerApplicationContentDto {
  @ApiProperty({ enum: SELLER_KINDS })
  @IsIn(SELLER_KINDS)
  kind: SellerKind;

  @ApiProperty({ minLength: SELLER_NAME_LENGTH.min, maxLength: SELLER_NAME_LENGTH.max })
  @Transform(trim)
  @IsString()
  @MinLength(SELLER_NAME_LENGTH.min)
  @MaxLength(SELLER_NAME_LENGTH.max)
  @Matches(NO_MARKUP, { message: 'name must not contain < or >' })
  name: string;

  @ApiProperty({ enum: PROVINCE_CODES })
  @IsIn(PROVINCE_CODES, { message: 'province must be one of the region’s province codes' })
  province: ProvinceCode;

  @ApiProperty({ enum: CRAFT_SLUGS })
  @IsIn(CRAFT_SLUGS, { message: 'craft must be one of the crafts of the catalogue' })
  craft: string;

  @ApiProperty({ example: 'Derb Sidi Bouloukat 12, Médina, Marrakech' })
  @Transform(trim)
  @IsString()
  @MinLength(5)
  @MaxLength(300)
  workshopAddress: string;

  @ApiProperty({ example: '+212612345678', description: 'Moroccan number; spaces are ignored' })
  @Transform(({ value }) => normalisePhone(value))
  @IsString()
  @Matches(MOROCCAN_PHONE_PATTERN, {
    message: 'phone must be a Moroccan number such as 0612345678 or +212612345678',
  })
  phone: string;

  @ApiProperty({ type: SellerBioDto, description: 'At least one language' })
  @IsObject()
  @ValidateNested()
  @Type(() => SellerBioDto)
  bio: SellerBioDto;

  @ApiPropertyOptional({ description: 'Artisans only: the carte d’artisan number' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(3)
  @MaxLength(40)
  @Matches(/^[A-Za-z0-9][A-Za-z0-9 /-]*$/, {
    message: 'artisanCardNumber must be letters, digits, spaces, / or -',
  })
  artisanCardNumber?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Artisans only: YYYY-MM-DD' })
  @IsOptional()
  @IsString()
  @Matches(ISO_DATE_PATTERN, { message: 'artisanCardExpiresOn must be a date as YYYY-MM-DD' })
  @IsISO8601({ strict: true }, { message: 'artisanCardExpiresOn must be a real date' })
  artisanCardExpiresOn?: string;

  @ApiPropertyOptional({ description: 'Cooperatives only: the registration number' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(3)
  @MaxLength(60)
  @Matches(/^[A-Za-z0-9][A-Za-z0-9 /.-]*$/, {
    message: 'registrationNumber must be letters, digits, spaces, /, . or -',
  })
  registrationNumber?: string;

  @ApiPropertyOptional({
    type: [CooperativeMemberInputDto],
    description: `Cooperatives only: ${COOPERATIVE_MEMBERS_LIMIT.min} to ${COOPERATIVE_MEMBERS_LIMIT.max} members`,
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(COOPERATIVE_MEMBERS_LIMIT.max)
  @ValidateNested({ each: true })
  @Type(() => CooperativeMemberInputDto)
  members?: CooperativeMemberInputDto[];
}

export class CreateSellerApplicationDto
  extends SellerApplicationContentDto
  implements CreateSellerApplicationRequest
{
  @ApiPropertyOptional({
    default: true,
    description: 'false keeps the application as a draft instead of sending it to the chamber',
  })
  @IsOptional()
  @IsBoolean()
  submit?: boolean;
}

/** Fields given replace the stored ones; `members` replaces the whole list. */
export class UpdateSellerApplicationDto
  extends PartialType(SellerApplicationContentDto)
  implements UpdateSellerApplicationRequest {}
