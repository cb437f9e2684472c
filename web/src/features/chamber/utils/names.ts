import { CRAFTS, PROVINCES, type Language } from '@hirfa/shared';

export function provinceName(code: string, language: Language): string {
  return PROVINCES.find((province) => province.code === code)?.name[language] ?? code;
}

export function craftName(slug: string, language: Language): string {
  return CRAFTS.find((craft) => craft.slug === slug)?.name[language] ?? slug;
}

const LOCALES: Record<Language, string> = { fr: 'fr-MA', ar: 'ar-MA', en: 'en-GB' };
const regionNames = new Map<Language, Intl.DisplayNames>();

/** A country's name from its ISO 3166-1 alpha-2 code, in the reader's language. */
export function countryName(code: string, language: Language): string {
  let names = regionNames.get(language);
  if (!names) {
    names = new Intl.DisplayNames([LOCALES[language]], { type: 'region', fallback: 'code' });
    regionNames.set(language, names);
  }
  try {
    return names.of(code.toUpperCase()) ?? code;
  } catch {
    // Not a well-formed code: show it as the buyer wrote it.
    return code;
  }
}
