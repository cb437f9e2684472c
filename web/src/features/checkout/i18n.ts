import { defineNamespace } from '@/lib/i18n';
import fr from './locales/fr.json';

/** The checkout's texts (the form, the payment's return pages), loaded with those routes. */
export const useCheckoutTexts = defineNamespace(fr, {
  ar: () => import('./locales/ar.json'),
  en: () => import('./locales/en.json'),
});
