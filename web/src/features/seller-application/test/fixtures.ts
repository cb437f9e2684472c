import type { SellerApplication } from '@hirfa/shared';

export function sellerApplication(overrides: Partial<SellerApplication> = {}): SellerApplication {
  return {
    id: 'a1b2c3d4-0000-4000-8000-000000000001',
    status: 'submitted',
    kind: 'artisan',
    name: 'Atelier Lahcen',
    province: 'safi',
    craft: 'pottery',
    workshopAddress: 'Colline des potiers, Safi',
    phone: '+212612345678',
    bio: { fr: 'Tajines émaillés tournés à la main.' },
    artisanCardNumber: 'SAF-2021-0042',
    artisanCardExpiresOn: '2030-06-30',
    registrationNumber: null,
    members: [],
    submittedAt: '2026-02-01T09:00:00.000Z',
    approvedAt: null,
    createdAt: '2026-02-01T09:00:00.000Z',
    updatedAt: '2026-02-01T09:00:00.000Z',
    shopSlug: null,
    editable: false,
    history: [{ status: 'submitted', at: '2026-02-01T09:00:00.000Z', reason: null }],
    ...overrides,
  };
}
