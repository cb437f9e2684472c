import { USER_ROLES, type UserRole } from '@hirfa/shared';

/** The chamber's staff review applications; everyone else may apply. */
export const APPLICANT_ROLES: readonly UserRole[] = USER_ROLES.filter(
  (role) => role !== 'chamber_staff',
);
