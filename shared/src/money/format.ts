import type { Money } from './money';
import { toDecimalString } from './money';
import type { Language } from '../contracts/i18n';

const LOCALE_BY_LANGUAGE: Record<Language, string> = {
  fr: 'fr-MA',
  ar: 'ar-MA',
  en: 'en',
};

const formatters = new Map<string, Intl.NumberFormat>();

function formatterFor(language: Language, currency: string): Intl.NumberFormat {
  const key = `${language}:${currency}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(LOCALE_BY_LANGUAGE[language], {
      style: 'currency',
      currency,
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
    });
    formatters.set(key, formatter);
  }
  return formatter;
}

/** Formats money for a reader of the given language, from its exact decimal string. */
export function formatMoney(m: Money, language: Language = 'fr'): string {
  // Intl accepts decimal strings and formats them exactly, so no float is ever made.
  return formatterFor(language, m.currency).format(toDecimalString(m) as unknown as number);
}
