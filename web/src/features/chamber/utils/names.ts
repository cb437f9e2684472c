import { CRAFTS, PROVINCES, type Language } from '@hirfa/shared';

export function provinceName(code: string, language: Language): string {
  return PROVINCES.find((province) => province.code === code)?.name[language] ?? code;
}

export function craftName(slug: string, language: Language): string {
  return CRAFTS.find((craft) => craft.slug === slug)?.name[language] ?? slug;
}
