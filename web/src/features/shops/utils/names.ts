import { pickTranslation, type Language, type TaxonomyEntry } from '@hirfa/shared';

export interface LocalizedName {
  text: string;
  /** Set when the name is in another language than the reader's. */
  lang?: Language;
}

export function entryName(
  entries: readonly TaxonomyEntry[],
  slug: string,
  language: Language,
): LocalizedName {
  const entry = entries.find((candidate) => candidate.slug === slug);
  const picked = entry ? pickTranslation(entry.name, language) : null;
  if (!picked) return { text: slug };
  return picked.language === language
    ? { text: picked.text }
    : { text: picked.text, lang: picked.language };
}

// Moroccan conventions, with Western digits in Arabic as prices use.
const LOCALES: Record<Language, string> = { fr: 'fr-MA', ar: 'ar-MA', en: 'en-GB' };

/** "mars 2021": how long a shop has been verified. */
export function formatMonth(iso: string, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], { month: 'long', year: 'numeric' }).format(
    new Date(iso),
  );
}
