import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, MaxLength, MinLength, Matches } from 'class-validator';
import { LANGUAGES, USER_ROLES, type Language, type UserRole } from '@hirfa/shared';
import { IsDeliverableEmail } from '../../../common/input/deliverable-email';

const normaliseEmail = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim().toLowerCase() : value;
const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export const PASSWORD_MIN_LENGTH = 8;

export class RegisterDto {
  @ApiProperty({ example: 'salma@example.ma' })
  @Transform(normaliseEmail)
  @IsDeliverableEmail()
  email: string;

  @ApiProperty({ minLength: PASSWORD_MIN_LENGTH, maxLength: 128 })
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH)
  @MaxLength(128)
  password: string;

  @ApiProperty({ example: 'Salma Idrissi' })
  @Transform(trim)
  @IsString()
  @MinLength(2)
  @MaxLength(100)
  @Matches(/^[^<>]*$/, { message: 'name must not contain < or >' })
  name: string;

  @ApiPropertyOptional({ enum: LANGUAGES, default: 'fr' })
  @IsOptional()
  @IsIn(LANGUAGES)
  preferredLanguage?: Language;
}

export class LoginDto {
  @ApiProperty()
  @Transform(normaliseEmail)
  @IsString()
  @MaxLength(254)
  email: string;

  @ApiProperty()
  @IsString()
  @MaxLength(128)
  password: string;
}

export class UpdateProfileDto {
  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(2)
  @MaxLength(100)
  @Matches(/^[^<>]*$/, { message: 'name must not contain < or >' })
  name?: string;

  @ApiPropertyOptional({ enum: LANGUAGES })
  @IsOptional()
  @IsIn(LANGUAGES)
  preferredLanguage?: Language;
}

export class ChangePasswordDto {
  @ApiProperty()
  @IsString()
  @MaxLength(128)
  currentPassword: string;

  @ApiProperty({ minLength: PASSWORD_MIN_LENGTH, maxLength: 128 })
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH)
  @MaxLength(128)
  newPassword: string;
}

export class UserResponseDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() email: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: USER_ROLES }) role: UserRole;
  @ApiProperty({ enum: LANGUAGES }) preferredLanguage: Language;
}

export class SessionResponseDto {
  @ApiProperty({ type: UserResponseDto }) user: UserResponseDto;
  @ApiPropertyOptional({
    description:
      'The session token, for `Authorization: Bearer`; only when the request carries the header ' +
      '`X-Session-Transport: bearer`. Browsers get it as the httpOnly `hirfa_session` cookie only.',
  })
  token?: string;
  @ApiProperty({ format: 'date-time' }) expiresAt: string;
}
