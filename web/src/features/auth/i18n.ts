import { defineNamespace } from '@/lib/i18n';
import fr from './locales/fr.json';

/** Texts of the sign-in, registration and account pages; they load with those routes. */
export const useAuthTexts = defineNamespace(fr, {
  ar: () => import('./locales/ar.json'),
  en: () => import('./locales/en.json'),
});
