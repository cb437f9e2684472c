export const LANGUAGES = ['fr', 'ar', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'fr';

/** Text written in each of the marketplace's languages; any may be missing. */
export type Translated = Partial<Record<Language, string>>;

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The order in which languages are tried when a text is missing in the reader's language. */
export function fallbackChain(language: Language): Language[] {
  return [language, ...LANGUAGES.filter((candidate) => candidate !== language)];
}

/** Picks the text in the wanted language, else the first present in the fallback chain. */
export function pickTranslation(
  texts: Translated,
  language: Language,
): { text: string; language: Language } | null {
  for (const candidate of fallbackChain(language)) {
    const text = texts[candidate];
    if (text && text.trim() !== '') return { text, language: candidate };
  }
  return null;
}
