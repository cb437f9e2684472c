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
