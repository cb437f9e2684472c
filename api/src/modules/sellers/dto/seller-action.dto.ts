import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import {
  STATUS_REASON_LENGTH,
  type ApproveSellerRequest,
  type RejectSellerRequest,
  type SuspendSellerRequest,
} from '@hirfa/shared';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** For approving and reinstating: an optional note kept in the history for the chamber. */
export class SellerNoteDto implements ApproveSellerRequest {
  @ApiPropertyOptional({ maxLength: STATUS_REASON_LENGTH.max })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(STATUS_REASON_LENGTH.max)
  note?: string;
}

/** For rejecting and suspending: the applicant is shown the reason. */
export class SellerReasonDto implements RejectSellerRequest, SuspendSellerRequest {
  @ApiProperty({
    minLength: STATUS_REASON_LENGTH.min,
    maxLength: STATUS_REASON_LENGTH.max,
    example: 'La carte d’artisan jointe est illisible ; merci d’en envoyer une copie nette.',
  })
  @Transform(trim)
  @IsString()
  @MinLength(STATUS_REASON_LENGTH.min)
  @MaxLength(STATUS_REASON_LENGTH.max)
  reason: string;
}
