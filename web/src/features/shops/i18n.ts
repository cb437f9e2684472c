import { defineNamespace } from '@/lib/i18n';
import fr from './locales/fr.json';

/** The public shop page's texts, downloaded with its route. */
export const useShopTexts = defineNamespace(fr, {
  ar: () => import('./locales/ar.json'),
  en: () => import('./locales/en.json'),
});
