import { defineNamespace } from '@/lib/i18n';
import fr from './locales/fr.json';

/** The shopper's order pages' texts, loaded with those routes. */
export const useOrderTexts = defineNamespace(fr, {
  ar: () => import('./locales/ar.json'),
  en: () => import('./locales/en.json'),
});
