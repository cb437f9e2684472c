import type { Language } from '@hirfa/shared';

const LOCALES: Record<Language, string> = { fr: 'fr-MA', ar: 'ar-MA', en: 'en-GB' };
const formatters = new Map<Language, Intl.DateTimeFormat>();

/** A moment (ISO 8601), on Moroccan time, where the sellers and the chamber work. */
export function formatMoment(iso: string, language: Language): string {
  let format = formatters.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALES[language], {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: 'Africa/Casablanca',
    });
    formatters.set(language, format);
  }
  return format.format(new Date(iso));
}

const regionNames = new Map<Language, Intl.DisplayNames>();

/** A country's name in the reader's language, from its ISO code. */
export function countryName(code: string, language: Language): string {
  let names = regionNames.get(language);
  if (!names) {
    names = new Intl.DisplayNames([LOCALES[language]], { type: 'region' });
    regionNames.set(language, names);
  }
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}
