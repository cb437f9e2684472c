import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import {
  CHECKOUT_LIMITS,
  LEDGER_ENTRY_KINDS,
  PAYOUT_STATUSES,
  type LedgerEntry,
  type LedgerEntryKind,
  type MarkPayoutPaidRequest,
  type Payout,
  type PayoutBatch,
  type PayoutPage,
  type PayoutStatus,
  type SellerLedger,
} from '@hirfa/shared';
import { PaginationQueryDto } from '../../../common/dto/pagination-query.dto';
import { MoneyDto } from '../../catalog/dto/product-response.dto';
import { AdminSellerRefDto } from '../../orders/dto/order-response.dto';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class LedgerEntryDto implements LedgerEntry {
  @ApiProperty() id: string;
  @ApiProperty({ enum: LEDGER_ENTRY_KINDS }) kind: LedgerEntryKind;
  @ApiProperty({ type: MoneyDto, description: 'Positive for credits, negative for debits' })
  amount: MoneyDto;
  @ApiProperty() description: string;
  @ApiProperty({ type: String, nullable: true }) orderNumber: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) subOrderId: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) payoutId: string | null;
  @ApiProperty({ type: String, nullable: true }) memberName: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class SellerLedgerDto implements SellerLedger {
  @ApiProperty({ type: MoneyDto, description: 'Credits minus debits' }) balance: MoneyDto;
  @ApiProperty({
    type: MoneyDto,
    description:
      'What the next payout can include: sales delivered (card) or remitted (cash) more than holdDays ago, their refunds, minus payouts made',
  })
  available: MoneyDto;
  @ApiProperty({
    type: MoneyDto,
    description: 'The rest of the balance: not yet delivered or remitted, or within holdDays',
  })
  pending: MoneyDto;
  @ApiProperty({ description: 'PAYOUT_HOLD_DAYS: days after delivery or remittance' })
  holdDays: number;
  @ApiProperty({ type: [LedgerEntryDto] }) items: LedgerEntryDto[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() limit: number;
}

export class PayoutDto implements Payout {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) batchId: string;
  @ApiProperty({ type: AdminSellerRefDto }) seller: AdminSellerRefDto;
  @ApiProperty({ type: MoneyDto }) amount: MoneyDto;
  @ApiProperty({ enum: PAYOUT_STATUSES }) status: PayoutStatus;
  @ApiProperty({ type: String, nullable: true }) bankReference: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) paidAt: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class PayoutPageDto implements PayoutPage {
  @ApiProperty({ type: [PayoutDto] }) items: PayoutDto[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() limit: number;
}

export class PayoutBatchDto implements PayoutBatch {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: MoneyDto }) minimumAmount: MoneyDto;
  @ApiProperty({ type: [PayoutDto] }) payouts: PayoutDto[];
}

export class ListPayoutsQueryDto extends PaginationQueryDto {
  @ApiPropertyOptional({ enum: PAYOUT_STATUSES })
  @IsOptional()
  @IsIn(PAYOUT_STATUSES)
  status?: PayoutStatus;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  batchId?: string;
}

export class PayoutIdParamDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  id: string;
}

export class MarkPayoutPaidDto implements MarkPayoutPaidRequest {
  @ApiProperty({ maxLength: CHECKOUT_LIMITS.bankReferenceMaxLength, example: 'VIR-2025-11-000123' })
  @Transform(trim)
  @IsString()
  @Matches(/^[A-Za-z0-9][A-Za-z0-9 ./_:-]*$/, {
    message: 'bankReference must be the bank transfer’s reference (letters, digits, - . / _ :)',
  })
  @MaxLength(CHECKOUT_LIMITS.bankReferenceMaxLength)
  bankReference: string;
}
