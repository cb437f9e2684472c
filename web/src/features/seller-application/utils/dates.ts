import type { Language } from '@hirfa/shared';

const LOCALES: Record<Language, string> = { fr: 'fr-MA', ar: 'ar-MA', en: 'en-GB' };
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(language: Language, kind: 'moment' | 'day'): Intl.DateTimeFormat {
  const key = `${language}:${kind}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(
      LOCALES[language],
      kind === 'moment'
        ? { dateStyle: 'long', timeStyle: 'short', timeZone: 'Africa/Casablanca' }
        : { dateStyle: 'long', timeZone: 'UTC' },
    );
    formatters.set(key, format);
  }
  return format;
}

/** A moment (ISO 8601), on Moroccan time. */
export function formatMoment(iso: string, language: Language): string {
  return formatter(language, 'moment').format(new Date(iso));
}

/** A calendar day (YYYY-MM-DD), whatever the reader's time zone. */
export function formatDay(day: string, language: Language): string {
  return formatter(language, 'day').format(new Date(`${day}T00:00:00Z`));
}
