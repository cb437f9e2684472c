import { defineNamespace } from '@/lib/i18n';
import fr from './locales/fr.json';

/** Texts of the chamber console; they load with its routes. */
export const useChamberTexts = defineNamespace(fr, {
  ar: () => import('./locales/ar.json'),
  en: () => import('./locales/en.json'),
});
