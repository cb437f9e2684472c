import { PROVINCES, type TaxonomyEntry } from '@hirfa/shared';

/** The region's provinces from @hirfa/shared, which the catalogue search needs anyway. */
export const REFERENCE_PROVINCES: TaxonomyEntry[] = PROVINCES.map((province) => ({
  slug: province.code,
  name: province.name,
}));
