import { pickTranslation, type Language, type SellerStatus, type Translated } from '@hirfa/shared';
import type { UserEntity } from '../accounts/entities/user.entity';
import type { CooperativeMemberEntity } from './entities/cooperative-member.entity';
import type { SellerStatusChangeEntity } from './entities/seller-status-change.entity';
import type { SellerEntity } from './entities/seller.entity';
import { cleanBio, type ApplicationContent } from './seller-application.rules';
import type {
  SellerApplicationDetailDto,
  SellerApplicationDto,
  SellerApplicationOwnerDto,
  SellerApplicationQueueItemDto,
  SellerShopDto,
} from './dto/seller-response.dto';

/** Reasons the applicant is shown; an approval note is for the chamber only. */
const REASONS_SHOWN_TO_APPLICANT: readonly SellerStatus[] = ['rejected', 'suspended'];

type SellerColumns = Pick<
  SellerEntity,
  | 'kind'
  | 'name'
  | 'provinceCode'
  | 'craftSlug'
  | 'workshopAddress'
  | 'phone'
  | 'bioFr'
  | 'bioAr'
  | 'bioEn'
  | 'artisanCardNumber'
  | 'artisanCardExpiresOn'
  | 'registrationNumber'
>;

function bioOf(seller: SellerEntity): Translated {
  return (
    cleanBio({
      fr: seller.bioFr ?? undefined,
      ar: seller.bioAr ?? undefined,
      en: seller.bioEn ?? undefined,
    }) ?? {}
  );
}

export function contentOfSeller(
  seller: SellerEntity,
  members: CooperativeMemberEntity[],
): ApplicationContent {
  const bio = bioOf(seller);
  return {
    kind: seller.kind,
    name: seller.name,
    province: seller.provinceCode,
    craft: seller.craftSlug,
    workshopAddress: seller.workshopAddress,
    phone: seller.phone,
    bio: Object.keys(bio).length > 0 ? bio : null,
    artisanCardNumber: seller.artisanCardNumber,
    artisanCardExpiresOn: seller.artisanCardExpiresOn,
    registrationNumber: seller.registrationNumber,
    members: members.length > 0 ? members.map((m) => ({ name: m.name, craft: m.craftSlug })) : null,
  };
}

/** The columns of a checked application (applicationProblems returned nothing). */
export function sellerColumnsOf(content: ApplicationContent): SellerColumns {
  const { kind, name, province, craft } = content;
  if (!kind || !name || !province || !craft) {
    throw new Error('sellerColumnsOf needs a checked application');
  }
  return {
    kind,
    name,
    provinceCode: province,
    craftSlug: craft,
    workshopAddress: content.workshopAddress,
    phone: content.phone,
    bioFr: content.bio?.fr ?? null,
    bioAr: content.bio?.ar ?? null,
    bioEn: content.bio?.en ?? null,
    artisanCardNumber: content.artisanCardNumber,
    artisanCardExpiresOn: content.artisanCardExpiresOn,
    registrationNumber: content.registrationNumber,
  };
}

function applicationFields(seller: SellerEntity, members: CooperativeMemberEntity[]) {
  return {
    id: seller.id,
    status: seller.status,
    kind: seller.kind,
    name: seller.name,
    province: seller.provinceCode,
    craft: seller.craftSlug,
    workshopAddress: seller.workshopAddress,
    phone: seller.phone,
    bio: bioOf(seller),
    artisanCardNumber: seller.artisanCardNumber,
    artisanCardExpiresOn: seller.artisanCardExpiresOn,
    registrationNumber: seller.registrationNumber,
    members: members.map((member) => ({
      id: member.id,
      name: member.name,
      craft: member.craftSlug,
    })),
    submittedAt: seller.submittedAt?.toISOString() ?? null,
    approvedAt: seller.approvedAt?.toISOString() ?? null,
    createdAt: seller.createdAt.toISOString(),
    updatedAt: seller.updatedAt.toISOString(),
  };
}

/** The applicant's own view: the staff members who decided are not named. */
export function toSellerApplication(
  seller: SellerEntity,
  members: CooperativeMemberEntity[],
  history: SellerStatusChangeEntity[],
  editable: boolean,
): SellerApplicationDto {
  return {
    ...applicationFields(seller, members),
    shopSlug: seller.status === 'approved' ? seller.slug : null,
    editable,
    history: history.map((change) => ({
      status: change.toStatus,
      at: change.createdAt.toISOString(),
      reason: REASONS_SHOWN_TO_APPLICANT.includes(change.toStatus) ? change.reason : null,
    })),
  };
}

function ownerOf(owner: UserEntity | null | undefined): SellerApplicationOwnerDto | null {
  return owner ? { id: owner.id, name: owner.name, email: owner.email } : null;
}

/** The chamber's view; expects `seller.owner` and each change's `actor` loaded. */
export function toSellerApplicationDetail(
  seller: SellerEntity,
  members: CooperativeMemberEntity[],
  history: SellerStatusChangeEntity[],
): SellerApplicationDetailDto {
  return {
    ...applicationFields(seller, members),
    slug: seller.slug,
    owner: ownerOf(seller.owner),
    history: history.map((change) => ({
      from: change.fromStatus,
      status: change.toStatus,
      at: change.createdAt.toISOString(),
      reason: change.reason,
      by: change.actor ? { id: change.actor.id, name: change.actor.name } : null,
    })),
  };
}

export function toQueueItem(seller: SellerEntity): SellerApplicationQueueItemDto {
  return {
    id: seller.id,
    status: seller.status,
    kind: seller.kind,
    name: seller.name,
    province: seller.provinceCode,
    craft: seller.craftSlug,
    owner: ownerOf(seller.owner),
    submittedAt: seller.submittedAt?.toISOString() ?? null,
    createdAt: seller.createdAt.toISOString(),
  };
}

/** Only for approved sellers, which always have a slug and an approval date. */
export function toSellerShop(
  seller: SellerEntity & { slug: string; approvedAt: Date },
  members: CooperativeMemberEntity[],
  productCount: number,
  language: Language,
): SellerShopDto {
  const bio = pickTranslation(bioOf(seller), language);
  return {
    slug: seller.slug,
    name: seller.name,
    kind: seller.kind,
    province: seller.provinceCode,
    craft: seller.craftSlug,
    bio: bio?.text ?? null,
    bioLanguage: bio?.language ?? null,
    verified: { by: 'chamber-of-crafts', since: seller.approvedAt.toISOString() },
    members: members.map((member) => ({ name: member.name, craft: member.craftSlug })),
    productCount,
  };
}
