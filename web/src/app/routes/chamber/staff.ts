import type { UserRole } from '@hirfa/shared';

export const STAFF_ROLES: readonly UserRole[] = ['chamber_staff'];
