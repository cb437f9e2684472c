import type { SellerStatus } from './accounts';
import type { SellerKind } from './catalog';
import type { Language, Translated } from './i18n';
import type { Page } from './pagination';
import type { ProvinceCode } from '../catalog/provinces';

/**
 * A seller row is its own application: it is drafted and submitted by its owner, then
 * approved or rejected by the chamber's staff, who can later suspend and reinstate it.
 * This table is the only statement of which moves exist.
 */
export const SELLER_STATUS_TRANSITIONS: Readonly<Record<SellerStatus, readonly SellerStatus[]>> = {
  draft: ['submitted'],
  submitted: ['approved', 'rejected'],
  approved: ['suspended'],
  rejected: ['submitted'],
  suspended: ['approved'],
};

/** The statuses an application can be created in. */
export const SELLER_INITIAL_STATUSES: readonly SellerStatus[] = ['draft', 'submitted'];

/** Statuses in which the applicant may still change the application. */
export const SELLER_EDITABLE_STATUSES: readonly SellerStatus[] = ['draft', 'rejected'];

export function canTransitionSeller(from: SellerStatus, to: SellerStatus): boolean {
  return SELLER_STATUS_TRANSITIONS[from].includes(to);
}

export const SELLER_ACTIONS = ['submit', 'approve', 'reject', 'suspend', 'reinstate'] as const;
export type SellerAction = (typeof SELLER_ACTIONS)[number];

export interface SellerActionRule {
  /** The statuses the action starts from; each move must also be in the transition table. */
  from: readonly SellerStatus[];
  to: SellerStatus;
  by: 'applicant' | 'chamber';
  reasonRequired: boolean;
}

/**
 * Named moves. Approving and reinstating both end in `approved` but start from different
 * statuses, so staff cannot reinstate an application that was never reviewed.
 */
export const SELLER_ACTION_RULES: Readonly<Record<SellerAction, SellerActionRule>> = {
  submit: { from: ['draft', 'rejected'], to: 'submitted', by: 'applicant', reasonRequired: false },
  approve: { from: ['submitted'], to: 'approved', by: 'chamber', reasonRequired: false },
  reject: { from: ['submitted'], to: 'rejected', by: 'chamber', reasonRequired: true },
  suspend: { from: ['approved'], to: 'suspended', by: 'chamber', reasonRequired: true },
  reinstate: { from: ['suspended'], to: 'approved', by: 'chamber', reasonRequired: false },
};

/** Whether `action` may be taken on a seller in status `from`. */
export function canApplySellerAction(action: SellerAction, from: SellerStatus): boolean {
  const rule = SELLER_ACTION_RULES[action];
  return rule.from.includes(from) && canTransitionSeller(from, rule.to);
}

export const SELLER_NAME_LENGTH = { min: 2, max: 120 } as const;
export const SELLER_BIO_MAX_LENGTH = 1000;
export const COOPERATIVE_MEMBERS_LIMIT = { min: 1, max: 100 } as const;
export const STATUS_REASON_LENGTH = { min: 5, max: 1000 } as const;
/** Moroccan landline or mobile number, once spaces are removed: 0XXXXXXXXX or +212XXXXXXXXX. */
export const MOROCCAN_PHONE_PATTERN = /^(\+212|0)[5-7]\d{8}$/;
/** A calendar date, YYYY-MM-DD. */
export const ISO_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

export interface CooperativeMemberInput {
  name: string;
  craft: string;
}

/** What an applicant fills in; the artisan card is for artisans, registration and members for cooperatives. */
export interface SellerApplicationContent {
  kind: SellerKind;
  name: string;
  province: ProvinceCode;
  craft: string;
  workshopAddress: string;
  phone: string;
  bio: Translated;
  artisanCardNumber?: string;
  /** YYYY-MM-DD */
  artisanCardExpiresOn?: string;
  registrationNumber?: string;
  members?: CooperativeMemberInput[];
}

export interface CreateSellerApplicationRequest extends SellerApplicationContent {
  /** True by default: the application goes straight to the chamber; false keeps a draft. */
  submit?: boolean;
}

/** Fields given replace the stored ones; `members` replaces the whole list. */
export type UpdateSellerApplicationRequest = Partial<SellerApplicationContent>;

export interface ApproveSellerRequest {
  note?: string;
}

export interface RejectSellerRequest {
  reason: string;
}

export interface SuspendSellerRequest {
  reason: string;
}

export interface CooperativeMember {
  id: string;
  name: string;
  craft: string;
}

/** One change of status as the applicant sees it: reasons yes, the staff member no. */
export interface SellerStatusChange {
  status: SellerStatus;
  at: string;
  reason: string | null;
}

/** One change of status as the chamber sees it. */
export interface SellerStatusChangeRecord extends SellerStatusChange {
  from: SellerStatus | null;
  by: { id: string; name: string } | null;
}

interface SellerApplicationFields {
  id: string;
  status: SellerStatus;
  kind: SellerKind;
  name: string;
  province: ProvinceCode;
  craft: string;
  workshopAddress: string | null;
  phone: string | null;
  bio: Translated;
  artisanCardNumber: string | null;
  artisanCardExpiresOn: string | null;
  registrationNumber: string | null;
  members: CooperativeMember[];
  submittedAt: string | null;
  approvedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

/** `GET /api/seller-applications/mine` */
export interface SellerApplication extends SellerApplicationFields {
  /** The public shop's slug, while the seller is approved. */
  shopSlug: string | null;
  /** Whether the applicant may still edit (draft or rejected). */
  editable: boolean;
  history: SellerStatusChange[];
}

export interface SellerApplicationOwner {
  id: string;
  name: string;
  email: string;
}

/** `GET /api/admin/seller-applications/:id` and the answer to every chamber action. */
export interface SellerApplicationDetail extends SellerApplicationFields {
  slug: string | null;
  owner: SellerApplicationOwner | null;
  history: SellerStatusChangeRecord[];
}

export interface SellerApplicationQueueItem {
  id: string;
  status: SellerStatus;
  kind: SellerKind;
  name: string;
  province: ProvinceCode;
  craft: string;
  owner: SellerApplicationOwner | null;
  submittedAt: string | null;
  createdAt: string;
}

export type SellerApplicationQueue = Page<SellerApplicationQueueItem>;

export interface SellerApplicationQueueQuery {
  status?: SellerStatus;
  province?: ProvinceCode;
  craft?: string;
  kind?: SellerKind;
  /** Matches the name, the card or registration number, and the owner's name or email. */
  q?: string;
  page?: number;
  limit?: number;
}

/** `GET /api/sellers/:slug` — an approved seller's public shop. */
export interface SellerShop {
  slug: string;
  name: string;
  kind: SellerKind;
  province: ProvinceCode;
  craft: string;
  bio: string | null;
  bioLanguage: Language | null;
  verified: { by: 'chamber-of-crafts'; since: string };
  members: CooperativeMemberInput[];
  productCount: number;
}

export interface ChamberStatsRow {
  approvedSellers: number;
  activeProducts: number;
}

/** `GET /api/admin/stats` */
export interface ChamberStats {
  sellersByStatus: Record<SellerStatus, number>;
  byProvince: (ChamberStatsRow & { province: ProvinceCode })[];
  byCraft: (ChamberStatsRow & { craft: string })[];
}
