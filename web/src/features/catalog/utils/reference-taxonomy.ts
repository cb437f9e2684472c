import { CATEGORIES, CRAFTS, type Taxonomy } from '@hirfa/shared';
import { REFERENCE_PROVINCES } from './reference-provinces';

export const REFERENCE_TAXONOMY: Taxonomy = {
  provinces: REFERENCE_PROVINCES,
  crafts: CRAFTS.map((craft) => ({ slug: craft.slug, name: craft.name })),
  categories: CATEGORIES.map((category) => ({ slug: category.slug, name: category.name })),
};
