import { CATEGORIES, CRAFTS, PROVINCES, type Taxonomy } from '@hirfa/shared';

export const REFERENCE_TAXONOMY: Taxonomy = {
  provinces: PROVINCES.map((province) => ({ slug: province.code, name: province.name })),
  crafts: CRAFTS.map((craft) => ({ slug: craft.slug, name: craft.name })),
  categories: CATEGORIES.map((category) => ({ slug: category.slug, name: category.name })),
};
