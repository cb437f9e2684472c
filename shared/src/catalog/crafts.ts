import type { Translated } from '../contracts/i18n';

type Entry = { slug: string; name: Required<Translated> };

/** Crafts practised in the region; the catalogue's reference list. */
export const CRAFTS = [
  { slug: 'pottery', name: { fr: 'Poterie', ar: 'الفخار', en: 'Pottery' } },
  { slug: 'zellige', name: { fr: 'Zellige', ar: 'الزليج', en: 'Zellige' } },
  { slug: 'leather', name: { fr: 'Maroquinerie', ar: 'الجلد', en: 'Leatherwork' } },
  { slug: 'dinanderie', name: { fr: 'Dinanderie', ar: 'النحاسيات', en: 'Brass and copper' } },
  { slug: 'wrought-iron', name: { fr: 'Ferronnerie', ar: 'الحدادة الفنية', en: 'Wrought iron' } },
  { slug: 'tadelakt', name: { fr: 'Tadelakt', ar: 'تادلاكت', en: 'Tadelakt' } },
  { slug: 'painted-wood', name: { fr: 'Bois peint', ar: 'الخشب المصبوغ', en: 'Painted wood' } },
  {
    slug: 'thuya-marquetry',
    name: { fr: 'Marqueterie de thuya', ar: 'ترصيع العرعار', en: 'Thuya marquetry' },
  },
  { slug: 'jewellery', name: { fr: 'Bijouterie', ar: 'الحلي', en: 'Jewellery' } },
  { slug: 'weaving', name: { fr: 'Tissage', ar: 'النسيج', en: 'Weaving' } },
  { slug: 'carpets', name: { fr: 'Tapis', ar: 'الزرابي', en: 'Carpets' } },
  { slug: 'basketry', name: { fr: 'Vannerie', ar: 'صناعة السلال', en: 'Basketry' } },
  { slug: 'argan', name: { fr: 'Argan', ar: 'الأركان', en: 'Argan' } },
  {
    slug: 'traditional-clothing',
    name: { fr: 'Habit traditionnel', ar: 'اللباس التقليدي', en: 'Traditional clothing' },
  },
] as const satisfies readonly Entry[];

export type CraftSlug = (typeof CRAFTS)[number]['slug'];

/** What a product is, whatever craft made it. */
export const CATEGORIES = [
  { slug: 'tableware', name: { fr: 'Arts de la table', ar: 'أواني المائدة', en: 'Tableware' } },
  { slug: 'lighting', name: { fr: 'Luminaires', ar: 'الإنارة', en: 'Lighting' } },
  { slug: 'rugs', name: { fr: 'Tapis et kilims', ar: 'زرابي وحنابل', en: 'Rugs and kilims' } },
  { slug: 'bags', name: { fr: 'Sacs', ar: 'الحقائب', en: 'Bags' } },
  { slug: 'footwear', name: { fr: 'Babouches', ar: 'البلاغي', en: 'Slippers' } },
  { slug: 'home-decor', name: { fr: 'Décoration', ar: 'الديكور', en: 'Home decor' } },
  { slug: 'furniture', name: { fr: 'Mobilier', ar: 'الأثاث', en: 'Furniture' } },
  { slug: 'boxes', name: { fr: 'Coffrets', ar: 'العلب', en: 'Boxes' } },
  { slug: 'jewellery', name: { fr: 'Bijoux', ar: 'المجوهرات', en: 'Jewellery' } },
  { slug: 'clothing', name: { fr: 'Vêtements', ar: 'الملابس', en: 'Clothing' } },
  { slug: 'beauty', name: { fr: 'Beauté et bien-être', ar: 'التجميل', en: 'Beauty' } },
  { slug: 'baskets', name: { fr: 'Paniers', ar: 'السلال', en: 'Baskets' } },
] as const satisfies readonly Entry[];

export type CategorySlug = (typeof CATEGORIES)[number]['slug'];
