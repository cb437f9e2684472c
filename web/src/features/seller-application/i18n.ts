import { defineNamespace } from '@/lib/i18n';
import fr from './locales/fr.json';

/** Texts of the seller application pages; they load with those routes. */
export const useApplyTexts = defineNamespace(fr, {
  ar: () => import('./locales/ar.json'),
  en: () => import('./locales/en.json'),
});
