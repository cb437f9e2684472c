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
        ? { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Africa/Casablanca' }
        : { dateStyle: 'medium', timeZone: 'UTC' },
    );
    formatters.set(key, format);
  }
  return format;
}

/** A moment (ISO 8601), on Moroccan time, where the chamber works. */
export function formatMoment(iso: string, language: Language): string {
  return formatter(language, 'moment').format(new Date(iso));
}

/** A calendar day (YYYY-MM-DD), whatever the reader's time zone. */
export function formatDay(day: string, language: Language): string {
  return formatter(language, 'day').format(new Date(`${day}T00:00:00Z`));
}

let moroccanDay: Intl.DateTimeFormat | undefined;

/** Today's date in Morocco, YYYY-MM-DD: the chamber judges a card's expiry on Moroccan time. */
export function todayInMorocco(now: Date = new Date()): string {
  moroccanDay ??= new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Africa/Casablanca',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  return moroccanDay.format(now);
}
