import { useSyncExternalStore } from 'react';
import { DEFAULT_LANGUAGE, isLanguage, type Language } from '@hirfa/shared';
import fr from '../locales/fr.json';

/** A locale file: nested groups of texts. */
export interface MessageTree {
  readonly [key: string]: string | MessageTree;
}

type Leaf<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaf<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

type PluralForm = 'zero' | 'one' | 'two' | 'few' | 'many';

/** `catalog.results_one` and `catalog.results_other` are both asked for as `catalog.results`. */
type WithoutPluralSuffix<Path extends string> = Path extends `${string}_${PluralForm}`
  ? never
  : Path extends `${infer Base}_other`
    ? Base
    : Path;

/** Every text French defines, as a dotted path; French is the reference locale. */
export type TranslationKey = WithoutPluralSuffix<Leaf<typeof fr>>;

/** Values for `{{name}}` placeholders; a numeric `count` also picks the plural form. */
export type TranslationValues = Readonly<Record<string, string | number>>;

export type Translate = (key: TranslationKey, values?: TranslationValues) => string;

/** The same, for any key: what `createTranslator` builds before keys are checked. */
export type TranslateAny = (key: string, values?: TranslationValues) => string;

export const LANGUAGE_STORAGE_KEY = 'hirfa.language';

const RTL_LANGUAGES: ReadonlySet<Language> = new Set(['ar']);

export function textDirection(language: Language): 'ltr' | 'rtl' {
  return RTL_LANGUAGES.has(language) ? 'rtl' : 'ltr';
}

// ---------------------------------------------------------------------------------------------
// Looking texts up

function lookup(tree: MessageTree, path: string): string | undefined {
  let node: string | MessageTree | undefined = tree;
  for (const part of path.split('.')) {
    if (typeof node !== 'object' || !Object.hasOwn(node, part)) return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

const pluralRules = new Map<Language, Intl.PluralRules>();

function pluralForm(language: Language, count: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(language);
  if (!rules) {
    rules = new Intl.PluralRules(language);
    pluralRules.set(language, rules);
  }
  return rules.select(count);
}

/**
 * With a count, tries `key_zero` (for 0, in any language), then the language's own plural
 * form (`key_one`, `key_few`…), then `key_other`; always ends with the plain key.
 */
function resolve(
  tree: MessageTree,
  language: Language,
  key: string,
  count: unknown,
): string | undefined {
  if (typeof count === 'number') {
    const forms = count === 0 ? ['zero'] : [];
    forms.push(pluralForm(language, count), 'other');
    for (const form of forms) {
      const text = lookup(tree, `${key}_${form}`);
      if (text !== undefined) return text;
    }
  }
  return lookup(tree, key);
}

/** Replaces `{{name}}` with its value; a placeholder without a value is left as written. */
function interpolate(template: string, values: TranslationValues): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (placeholder, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : placeholder,
  );
}

/** A `t` for one language; a missing text is taken from French, and failing that is the key. */
export function createTranslator(
  language: Language,
  messages: MessageTree,
  fallback: MessageTree = fr,
): TranslateAny {
  return (key, values) => {
    const count = values?.count;
    const template =
      resolve(messages, language, key, count) ??
      (fallback === messages ? undefined : resolve(fallback, DEFAULT_LANGUAGE, key, count)) ??
      key;
    return values ? interpolate(template, values) : template;
  };
}

// ---------------------------------------------------------------------------------------------
// The reader's language

// French ships in the main bundle; the others are fetched only by readers who pick them.
const loaders: Record<Language, () => Promise<{ default: MessageTree }>> = {
  fr: () => Promise.resolve({ default: fr }),
  ar: () => import('../locales/ar.json'),
  en: () => import('../locales/en.json'),
};

const catalogs: Partial<Record<Language, MessageTree>> = { fr };
const translators = new Map<Language, Translate>();
const listeners = new Set<() => void>();
let current: Language = DEFAULT_LANGUAGE;
let latestRequest = 0;

function translatorFor(language: Language): Translate {
  let translator = translators.get(language);
  if (!translator) {
    translator = createTranslator(language, catalogs[language] ?? fr);
    translators.set(language, translator);
  }
  return translator;
}

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

function applyToDocument(language: Language): void {
  const root = document.documentElement;
  root.lang = language;
  root.dir = textDirection(language);
}

async function switchTo(language: Language, remember: boolean): Promise<void> {
  const request = ++latestRequest;
  if (!catalogs[language]) catalogs[language] = (await loaders[language]()).default;
  // When the reader picked again while these texts were downloading, the later choice wins.
  if (request !== latestRequest) return;
  if (remember) storeLanguage(language);
  applyToDocument(language);
  if (language === current) return;
  current = language;
  for (const listener of listeners) listener();
}

/**
 * Loads the language's texts if needed, switches to it, and remembers the choice. Rejects,
 * leaving the current language in place, when the texts cannot be downloaded.
 */
export function changeLanguage(language: Language): Promise<void> {
  return switchTo(language, true);
}

/** Starts in the stored language (French by default); resolves once its texts are ready. */
export async function initI18n(): Promise<void> {
  try {
    await switchTo(readStoredLanguage(), false);
  } catch {
    // A failed chunk download leaves the reader in French rather than with a blank page.
    applyToDocument(current);
  }
}

export function currentLanguage(): Language {
  return current;
}

/** Translates outside React, in the current language. */
export const t: Translate = (key, values) => translatorFor(current)(key, values);

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The reader's language, re-rendering the caller when it changes. */
export function useLanguage(): Language {
  return useSyncExternalStore(subscribe, currentLanguage, currentLanguage);
}

/** Texts in the reader's language, re-rendering the caller when it changes. */
export function useTranslation(): {
  t: Translate;
  language: Language;
  setLanguage: (language: Language) => Promise<void>;
} {
  const language = useLanguage();
  return { t: translatorFor(language), language, setLanguage: changeLanguage };
}

// ---------------------------------------------------------------------------------------------
// Namespaces: texts of one area (seller dashboard, chamber console…) that load with its
// routes instead of the home page.

type NamespaceLoaders = Record<Exclude<Language, 'fr'>, () => Promise<{ default: MessageTree }>>;

export type NamespaceTranslate<Messages> = (
  key: WithoutPluralSuffix<Leaf<Messages>>,
  values?: TranslationValues,
) => string;

/**
 * Declares an area's texts: French given directly (the module declaring it belongs to the
 * area's lazy chunk), the other languages loaded on first use. The returned hook suspends
 * until the reader's language is ready, so wrap the area's routes in `<Suspense>`.
 */
export function defineNamespace<Messages extends MessageTree>(
  french: Messages,
  loaders: NamespaceLoaders,
): () => { t: NamespaceTranslate<Messages>; language: Language } {
  const catalogs: Partial<Record<Language, MessageTree>> = { fr: french };
  const loading = new Map<Language, Promise<void>>();
  const translators = new Map<Language, TranslateAny>();

  function load(language: Exclude<Language, 'fr'>): Promise<void> {
    let promise = loading.get(language);
    if (!promise) {
      promise = loaders[language]().then(
        (module) => {
          catalogs[language] = module.default;
        },
        () => {
          // Without the download the area reads in French rather than failing.
          catalogs[language] = french;
        },
      );
      loading.set(language, promise);
    }
    return promise;
  }

  return function useNamespace() {
    const language = useLanguage();
    const messages = catalogs[language];
    if (!messages) throw load(language as Exclude<Language, 'fr'>);
    let translate = translators.get(language);
    if (!translate) {
      translate = createTranslator(language, messages, french);
      translators.set(language, translate);
    }
    return { t: translate as NamespaceTranslate<Messages>, language };
  };
}
