import { pickTranslation, type Language, type SellerProductTexts } from '@hirfa/shared';

export interface ShownTitle {
  text: string;
  /** Set when the title is in another language than the reader's. */
  lang?: Language;
}

/** The title in the reader's language, else in another the seller wrote. */
export function productTitle(title: SellerProductTexts, language: Language): ShownTitle | null {
  const picked = pickTranslation(
    { fr: title.fr ?? undefined, ar: title.ar ?? undefined, en: title.en ?? undefined },
    language,
  );
  if (!picked) return null;
  return picked.language === language
    ? { text: picked.text }
    : { text: picked.text, lang: picked.language };
}
