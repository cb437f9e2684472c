import type { SellerApplicationDetail } from '@hirfa/shared';

export function applicationDetail(
  overrides: Partial<SellerApplicationDetail> = {},
): SellerApplicationDetail {
  return {
    id: '7f1c2d3e-0000-4000-8000-000000000007',
    status: 'submitted',
    kind: 'artisan',
    name: 'Atelier Lahcen',
    province: 'safi',
    craft: 'pottery',
    workshopAddress: 'Colline des potiers, Safi',
    phone: '+212612345678',
    bio: { fr: 'Tajines émaillés.', ar: 'طواجين مزججة.' },
    artisanCardNumber: 'SAF-2021-0042',
    artisanCardExpiresOn: '2030-06-30',
    registrationNumber: null,
    members: [],
    submittedAt: '2026-02-01T09:00:00.000Z',
    approvedAt: null,
    createdAt: '2026-02-01T09:00:00.000Z',
    updatedAt: '2026-02-01T09:00:00.000Z',
    slug: null,
    owner: { id: 'u-9', name: 'Lahcen Ouali', email: 'lahcen@example.ma' },
    history: [
      {
        status: 'submitted',
        from: null,
        at: '2026-02-01T09:00:00.000Z',
        reason: null,
        by: { id: 'u-9', name: 'Lahcen Ouali' },
      },
    ],
    ...overrides,
  };
}
