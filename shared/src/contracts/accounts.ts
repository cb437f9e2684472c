export const USER_ROLES = [
  'shopper',
  'artisan',
  'cooperative_admin',
  'cooperative_member',
  'chamber_staff',
] as const;
export type UserRole = (typeof USER_ROLES)[number];

export const SELLER_STATUSES = ['draft', 'submitted', 'approved', 'rejected', 'suspended'] as const;
export type SellerStatus = (typeof SELLER_STATUSES)[number];
