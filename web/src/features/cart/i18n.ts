import { defineNamespace } from '@/lib/i18n';
import fr from './locales/fr.json';

/** The cart's texts (its page and the product page's "add to cart"), loaded with those routes. */
export const useCartTexts = defineNamespace(fr, {
  ar: () => import('./locales/ar.json'),
  en: () => import('./locales/en.json'),
});
