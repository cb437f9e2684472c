import type { Translated } from '../contracts/i18n';

/** The eight provinces and prefectures of the Marrakech-Safi region. */
export const PROVINCES = [
  { code: 'marrakech', name: { fr: 'Marrakech', ar: 'مراكش', en: 'Marrakech' } },
  { code: 'al-haouz', name: { fr: 'Al Haouz', ar: 'الحوز', en: 'Al Haouz' } },
  { code: 'chichaoua', name: { fr: 'Chichaoua', ar: 'شيشاوة', en: 'Chichaoua' } },
  {
    code: 'el-kelaa-des-sraghna',
    name: { fr: 'El Kelaâ des Sraghna', ar: 'قلعة السراغنة', en: 'El Kelaa des Sraghna' },
  },
  { code: 'essaouira', name: { fr: 'Essaouira', ar: 'الصويرة', en: 'Essaouira' } },
  { code: 'rehamna', name: { fr: 'Rehamna', ar: 'الرحامنة', en: 'Rehamna' } },
  { code: 'safi', name: { fr: 'Safi', ar: 'آسفي', en: 'Safi' } },
  { code: 'youssoufia', name: { fr: 'Youssoufia', ar: 'اليوسفية', en: 'Youssoufia' } },
] as const satisfies readonly { code: string; name: Required<Translated> }[];

export type ProvinceCode = (typeof PROVINCES)[number]['code'];
export const PROVINCE_CODES: readonly ProvinceCode[] = PROVINCES.map((p) => p.code);

export function isProvinceCode(value: unknown): value is ProvinceCode {
  return typeof value === 'string' && (PROVINCE_CODES as readonly string[]).includes(value);
}
