import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  LANGUAGES,
  PROVINCE_CODES,
  SELLER_KINDS,
  SELLER_STATUSES,
  type ChamberStats,
  type CooperativeMember,
  type CooperativeMemberInput,
  type Language,
  type ProvinceCode,
  type SellerApplication,
  type SellerApplicationDetail,
  type SellerApplicationOwner,
  type SellerApplicationQueue,
  type SellerApplicationQueueItem,
  type SellerKind,
  type SellerShop,
  type SellerStatus,
  type SellerStatusChange,
  type SellerStatusChangeRecord,
  type Translated,
} from '@hirfa/shared';

export class TranslatedTextDto implements Translated {
  @ApiPropertyOptional() fr?: string;
  @ApiPropertyOptional() ar?: string;
  @ApiPropertyOptional() en?: string;
}

export class CooperativeMemberDto implements CooperativeMember {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty() craft: string;
}

export class SellerStatusChangeDto implements SellerStatusChange {
  @ApiProperty({ enum: SELLER_STATUSES }) status: SellerStatus;
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Why it was rejected or suspended',
  })
  reason: string | null;
}

export class StaffMemberRefDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
}

export class SellerStatusChangeRecordDto
  extends SellerStatusChangeDto
  implements SellerStatusChangeRecord
{
  @ApiProperty({ enum: SELLER_STATUSES, nullable: true, description: 'Null at creation' })
  from: SellerStatus | null;
  @ApiProperty({ type: StaffMemberRefDto, nullable: true, description: 'Who made the change' })
  by: StaffMemberRefDto | null;
}

export class SellerApplicationOwnerDto implements SellerApplicationOwner {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty() email: string;
}

class SellerApplicationFieldsDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: SELLER_STATUSES }) status: SellerStatus;
  @ApiProperty({ enum: SELLER_KINDS }) kind: SellerKind;
  @ApiProperty() name: string;
  @ApiProperty({ enum: PROVINCE_CODES }) province: ProvinceCode;
  @ApiProperty() craft: string;
  @ApiProperty({ type: String, nullable: true }) workshopAddress: string | null;
  @ApiProperty({ type: String, nullable: true }) phone: string | null;
  @ApiProperty({ type: TranslatedTextDto }) bio: TranslatedTextDto;
  @ApiProperty({ type: String, nullable: true }) artisanCardNumber: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date' })
  artisanCardExpiresOn: string | null;
  @ApiProperty({ type: String, nullable: true }) registrationNumber: string | null;
  @ApiProperty({ type: [CooperativeMemberDto] }) members: CooperativeMemberDto[];
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) submittedAt: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) approvedAt: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export class SellerApplicationDto extends SellerApplicationFieldsDto implements SellerApplication {
  @ApiProperty({ type: String, nullable: true, description: 'The shop’s slug while approved' })
  shopSlug: string | null;
  @ApiProperty({ description: 'Whether the application can still be edited' })
  editable: boolean;
  @ApiProperty({ type: [SellerStatusChangeDto] }) history: SellerStatusChangeDto[];
}

export class SellerApplicationDetailDto
  extends SellerApplicationFieldsDto
  implements SellerApplicationDetail
{
  @ApiProperty({ type: String, nullable: true }) slug: string | null;
  @ApiProperty({ type: SellerApplicationOwnerDto, nullable: true })
  owner: SellerApplicationOwnerDto | null;
  @ApiProperty({ type: [SellerStatusChangeRecordDto] }) history: SellerStatusChangeRecordDto[];
}

export class SellerApplicationQueueItemDto implements SellerApplicationQueueItem {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: SELLER_STATUSES }) status: SellerStatus;
  @ApiProperty({ enum: SELLER_KINDS }) kind: SellerKind;
  @ApiProperty() name: string;
  @ApiProperty({ enum: PROVINCE_CODES }) province: ProvinceCode;
  @ApiProperty() craft: string;
  @ApiProperty({ type: SellerApplicationOwnerDto, nullable: true })
  owner: SellerApplicationOwnerDto | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) submittedAt: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class SellerApplicationQueueDto implements SellerApplicationQueue {
  @ApiProperty({ type: [SellerApplicationQueueItemDto] }) items: SellerApplicationQueueItemDto[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() limit: number;
}

export class ShopMemberDto implements CooperativeMemberInput {
  @ApiProperty() name: string;
  @ApiProperty() craft: string;
}

export class ShopVerificationDto {
  @ApiProperty({ enum: ['chamber-of-crafts'] }) by: 'chamber-of-crafts';
  @ApiProperty({ format: 'date-time', description: 'When the chamber approved the seller' })
  since: string;
}

export class SellerShopDto implements SellerShop {
  @ApiProperty() slug: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: SELLER_KINDS }) kind: SellerKind;
  @ApiProperty({ enum: PROVINCE_CODES }) province: ProvinceCode;
  @ApiProperty() craft: string;
  @ApiProperty({ type: String, nullable: true }) bio: string | null;
  @ApiProperty({ enum: LANGUAGES, nullable: true, description: 'Language the bio is written in' })
  bioLanguage: Language | null;
  @ApiProperty({ type: ShopVerificationDto }) verified: ShopVerificationDto;
  @ApiProperty({ type: [ShopMemberDto], description: 'Empty for artisans' })
  members: ShopMemberDto[];
  @ApiProperty({ description: 'Active products on sale' }) productCount: number;
}

export class SellerStatusCountsDto implements Record<SellerStatus, number> {
  @ApiProperty() draft: number;
  @ApiProperty() submitted: number;
  @ApiProperty() approved: number;
  @ApiProperty() rejected: number;
  @ApiProperty() suspended: number;
}

export class ProvinceStatsDto {
  @ApiProperty({ enum: PROVINCE_CODES }) province: ProvinceCode;
  @ApiProperty() approvedSellers: number;
  @ApiProperty() activeProducts: number;
}

export class CraftStatsDto {
  @ApiProperty() craft: string;
  @ApiProperty() approvedSellers: number;
  @ApiProperty() activeProducts: number;
}

export class ChamberStatsDto implements ChamberStats {
  @ApiProperty({ type: SellerStatusCountsDto }) sellersByStatus: SellerStatusCountsDto;
  @ApiProperty({ type: [ProvinceStatsDto] }) byProvince: ProvinceStatsDto[];
  @ApiProperty({ type: [CraftStatsDto] }) byCraft: CraftStatsDto[];
}
