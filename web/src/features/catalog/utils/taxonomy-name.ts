import { pickTranslation, type Language, type TaxonomyEntry } from '@hirfa/shared';

export interface LocalizedName {
  text: string;
  /** Set when the name is shown in another language than the reader's. */
  lang?: Language;
}

/** The entry's name in the reader's language, a fallback language, or the slug itself. */
export function taxonomyName(
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
