import { defineNamespace } from '@/lib/i18n';
import fr from './locales/fr.json';

/** The seller dashboard's texts, downloaded with its routes. */
export const useSellerTexts = defineNamespace(fr, {
  ar: () => import('./locales/ar.json'),
  en: () => import('./locales/en.json'),
});
