import i18n from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import { DEFAULT_LANGUAGE, LANGUAGES, isLanguage, type Language } from '@hirfa/shared';
import fr from '../locales/fr.json';

export type TranslationResources = typeof fr;

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: TranslationResources };
  }
}

export const LANGUAGE_STORAGE_KEY = 'hirfa.language';

// French ships in the main bundle; the others are fetched only by readers who pick them.
const loaders: Record<Exclude<Language, 'fr'>, () => Promise<{ default: TranslationResources }>> =
  {
    ar: () => import('../locales/ar.json'),
    en: () => import('../locales/en.json'),
  };

export function readStoredLanguage(): Language {
  try {
    const stored = window.localStorage.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguage(stored) ? stored : DEFAULT_LANGUAGE;
  } catch {
    // Storage can be blocked (private modes, strict settings); the default is then fine.
    return DEFAULT_LANGUAGE;
  }
}

function storeLanguage(language: Language): void {
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Not being able to remember the choice must not stop the switch itself.
  }
}

function applyToDocument(language: string): void {
  const root = document.documentElement;
  root.lang = language;
  root.dir = i18n.dir(language);
}

async function ensureResources(language: Language): Promise<void> {
  if (language === 'fr' || i18n.hasResourceBundle(language, 'translation')) return;
  const module = await loaders[language]();
  i18n.addResourceBundle(language, 'translation', module.default, true, true);
}

/** Loads the language's texts if needed, switches to it, and remembers the choice. */
export async function changeLanguage(language: Language): Promise<void> {
  await ensureResources(language);
  await i18n.changeLanguage(language);
  storeLanguage(language);
}

/** Starts i18next in the stored language (French by default); resolves once texts are ready. */
export async function initI18n(): Promise<typeof i18n> {
  if (!i18n.isInitialized) {
    i18n.on('languageChanged', applyToDocument);
    await i18n.use(initReactI18next).init({
      resources: { fr: { translation: fr } },
      lng: DEFAULT_LANGUAGE,
      fallbackLng: DEFAULT_LANGUAGE,
      supportedLngs: [...LANGUAGES],
      interpolation: { escapeValue: false },
      returnNull: false,
      initAsync: false,
    });
  }
  const wanted = readStoredLanguage();
  if (wanted !== currentLanguage()) {
    try {
      await ensureResources(wanted);
      await i18n.changeLanguage(wanted);
    } catch {
      // A failed chunk download leaves the reader in French rather than with a blank page.
    }
  }
  applyToDocument(i18n.language);
  return i18n;
}

export function currentLanguage(): Language {
  const language = i18n.resolvedLanguage ?? i18n.language;
  return isLanguage(language) ? language : DEFAULT_LANGUAGE;
}

/** The reader's language, re-rendering the caller when it changes. */
export function useLanguage(): Language {
  const { i18n: instance } = useTranslation();
  const language = instance.resolvedLanguage ?? instance.language;
  return isLanguage(language) ? language : DEFAULT_LANGUAGE;
}

export { i18n };
