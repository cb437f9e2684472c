import { CRAFTS, PROVINCES } from '@hirfa/shared';
import { slugify } from '../../common/text/slugify';
import type { CategorySlug, CraftSlug, ProvinceCode, Translated } from '@hirfa/shared';

export interface DemoMember {
  name: string;
  craft: CraftSlug;
}

export interface DemoSeller {
  slug: string;
  kind: 'artisan' | 'cooperative';
  name: string;
  province: ProvinceCode;
  craft: CraftSlug;
  bio: Required<Translated>;
  phone: string;
  workshopAddress: string;
  artisanCardNumber: string | null;
  artisanCardExpiresOn: string | null;
  registrationNumber: string | null;
  members: DemoMember[];
  ownerEmail: string | null;
}

export interface DemoProduct {
  slug: string;
  sellerSlug: string;
  title: Required<Translated>;
  description: Required<Translated>;
  priceCentimes: number;
  stock: number;
  category: CategorySlug;
  craft: CraftSlug;
  province: ProvinceCode;
  materials: string[];
  madeByMemberName: string | null;
  imageKeys: string[];
  createdMinutesAgo: number;
}

export const DEMO_SELLER_COUNT_MIN = 25;
export const DEMO_SELLER_COUNT_DEFAULT = 30;
export const DEMO_PRODUCT_COUNT_DEFAULT = 150;
export const DEMO_IMAGES_PER_CRAFT = 4;

export const DEMO_IMAGE_KEYS: readonly string[] = CRAFTS.flatMap((craft) =>
  Array.from({ length: DEMO_IMAGES_PER_CRAFT }, (_, index) => `${craft.slug}-${index + 1}`),
);

const ARTISAN_OWNER_EMAIL = 'artisan@demo.hirfa.ma';
const COOPERATIVE_OWNER_EMAIL = 'coop@demo.hirfa.ma';
const SPREAD_MINUTES = 90 * 24 * 60;
const MAX_SLUG_LENGTH = 120;

type Text = Required<Translated>;
type Gender = 'f' | 'm';
type ImageIndex = 1 | 2 | 3 | 4;

function t(fr: string, ar: string, en: string): Text {
  return { fr, ar, en };
}

// ---------------------------------------------------------------------------------------------
// Deterministic randomness: every entity draws from its own stream, keyed by a stable string,
// so adding products or sellers never changes the ones that already exist.

type Rng = () => number;

function hashString(value: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    hash ^= value.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  // FNV alone leaves keys that differ in one character close together; mix before seeding.
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}

function mulberry32(seed: number): Rng {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let x = state;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

function rngFor(key: string): Rng {
  return mulberry32(hashString(`hirfa-demo:${key}`));
}

function intBetween(rng: Rng, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1));
}

function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)];
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

// ---------------------------------------------------------------------------------------------
// Places: real towns of the region, each in its province.

interface Town {
  province: ProvinceCode;
  name: Text;
}

const TOWNS = {
  marrakech: { province: 'marrakech', name: t('Marrakech', 'مراكش', 'Marrakech') },
  tameslouht: { province: 'al-haouz', name: t('Tameslouht', 'تامصلوحت', 'Tameslouht') },
  asni: { province: 'al-haouz', name: t('Asni', 'أسني', 'Asni') },
  ourika: { province: 'al-haouz', name: t('Tnine Ourika', 'تنين أوريكة', 'Tnine Ourika') },
  aitOurir: { province: 'al-haouz', name: t('Aït Ourir', 'أيت أورير', 'Ait Ourir') },
  chichaoua: { province: 'chichaoua', name: t('Chichaoua', 'شيشاوة', 'Chichaoua') },
  imintanoute: { province: 'chichaoua', name: t('Imintanoute', 'إمنتانوت', 'Imintanoute') },
  kelaa: {
    province: 'el-kelaa-des-sraghna',
    name: t('El Kelaâ des Sraghna', 'قلعة السراغنة', 'El Kelaa des Sraghna'),
  },
  tamelelt: { province: 'el-kelaa-des-sraghna', name: t('Tamelelt', 'تملالت', 'Tamelelt') },
  essaouira: { province: 'essaouira', name: t('Essaouira', 'الصويرة', 'Essaouira') },
  tamanar: { province: 'essaouira', name: t('Tamanar', 'تمنار', 'Tamanar') },
  smimou: { province: 'essaouira', name: t('Smimou', 'سميمو', 'Smimou') },
  benGuerir: { province: 'rehamna', name: t('Ben Guerir', 'ابن جرير', 'Ben Guerir') },
  sidiBouOthmane: {
    province: 'rehamna',
    name: t('Sidi Bou Othmane', 'سيدي بوعثمان', 'Sidi Bou Othmane'),
  },
  safi: { province: 'safi', name: t('Safi', 'آسفي', 'Safi') },
  youssoufia: { province: 'youssoufia', name: t('Youssoufia', 'اليوسفية', 'Youssoufia') },
  chemaia: { province: 'youssoufia', name: t('Chemaïa', 'الشماعية', 'Chemaia') },
} as const satisfies Record<string, Town>;

type TownKey = keyof typeof TOWNS;

const PROVINCE_ABBREVIATION: Record<ProvinceCode, string> = {
  marrakech: 'MAR',
  'al-haouz': 'HAO',
  chichaoua: 'CHI',
  'el-kelaa-des-sraghna': 'KES',
  essaouira: 'ESS',
  rehamna: 'REH',
  safi: 'SAF',
  youssoufia: 'YOU',
};

function provinceName(code: ProvinceCode): Text {
  const province = PROVINCES.find((candidate) => candidate.code === code);
  if (!province) throw new Error(`Unknown province ${code}`);
  return province.name;
}

/** French elides "de" before a vowel: "province d'Essaouira", "province de Safi". */
function deFr(name: string): string {
  return /^[aeiouâéèêîôû]/i.test(name) ? `d'${name}` : `de ${name}`;
}

/** "Tamanar (province d'Essaouira)", or just the town when it gives the province its name. */
function placeText(town: Town): Text {
  const province = provinceName(town.province);
  if (province.fr === town.name.fr) return town.name;
  const prefecture = town.province === 'marrakech';
  return {
    fr: `${town.name.fr} (${prefecture ? 'préfecture' : 'province'} ${deFr(province.fr)})`,
    ar: `${town.name.ar} (${prefecture ? 'عمالة' : 'إقليم'} ${province.ar})`,
    en: `${town.name.en} (${province.en} ${prefecture ? 'prefecture' : 'province'})`,
  };
}

// ---------------------------------------------------------------------------------------------
// People: invented names built from common Moroccan first names and family names, kept with
// their Arabic spelling so Arabic texts never show a name in Latin script.

const FIRST_NAMES: Record<string, { ar: string; gender: Gender }> = {
  Fatima: { ar: 'فاطمة', gender: 'f' },
  Aicha: { ar: 'عائشة', gender: 'f' },
  Khadija: { ar: 'خديجة', gender: 'f' },
  Zahra: { ar: 'زهرة', gender: 'f' },
  Malika: { ar: 'مليكة', gender: 'f' },
  Naima: { ar: 'نعيمة', gender: 'f' },
  Rachida: { ar: 'رشيدة', gender: 'f' },
  Saida: { ar: 'سعيدة', gender: 'f' },
  Hafida: { ar: 'حفيظة', gender: 'f' },
  Latifa: { ar: 'لطيفة', gender: 'f' },
  Itto: { ar: 'إيطو', gender: 'f' },
  Touda: { ar: 'تودة', gender: 'f' },
  Mina: { ar: 'مينة', gender: 'f' },
  Fadma: { ar: 'فاضمة', gender: 'f' },
  Zineb: { ar: 'زينب', gender: 'f' },
  Hasna: { ar: 'حسناء', gender: 'f' },
  Keltoum: { ar: 'كلثوم', gender: 'f' },
  Yamna: { ar: 'يامنة', gender: 'f' },
  Rkia: { ar: 'رقية', gender: 'f' },
  Hadda: { ar: 'حادة', gender: 'f' },
  Ijja: { ar: 'إيجة', gender: 'f' },
  Meryem: { ar: 'مريم', gender: 'f' },
  Souad: { ar: 'سعاد', gender: 'f' },
  Hayat: { ar: 'حياة', gender: 'f' },
  Nezha: { ar: 'نزهة', gender: 'f' },
  Kenza: { ar: 'كنزة', gender: 'f' },
  Amina: { ar: 'أمينة', gender: 'f' },
  Hassan: { ar: 'حسن', gender: 'm' },
  Mohamed: { ar: 'محمد', gender: 'm' },
  Abdellah: { ar: 'عبد الله', gender: 'm' },
  Youssef: { ar: 'يوسف', gender: 'm' },
  Rachid: { ar: 'رشيد', gender: 'm' },
  Said: { ar: 'سعيد', gender: 'm' },
  Mustapha: { ar: 'مصطفى', gender: 'm' },
  Abdelkader: { ar: 'عبد القادر', gender: 'm' },
  Lahcen: { ar: 'لحسن', gender: 'm' },
  Brahim: { ar: 'إبراهيم', gender: 'm' },
  Hamid: { ar: 'حميد', gender: 'm' },
  Omar: { ar: 'عمر', gender: 'm' },
  Abderrahim: { ar: 'عبد الرحيم', gender: 'm' },
  Khalid: { ar: 'خالد', gender: 'm' },
  Driss: { ar: 'إدريس', gender: 'm' },
  Aziz: { ar: 'عزيز', gender: 'm' },
  Jamal: { ar: 'جمال', gender: 'm' },
  Hicham: { ar: 'هشام', gender: 'm' },
  Noureddine: { ar: 'نور الدين', gender: 'm' },
  Larbi: { ar: 'العربي', gender: 'm' },
  Mbarek: { ar: 'مبارك', gender: 'm' },
  Ahmed: { ar: 'أحمد', gender: 'm' },
  Yassine: { ar: 'ياسين', gender: 'm' },
};

const FAMILY_NAMES: Record<string, string> = {
  Benali: 'بنعلي',
  Lahlou: 'لحلو',
  Tazi: 'التازي',
  Chraibi: 'الشرايبي',
  Amrani: 'العمراني',
  Bouhlal: 'بوهلال',
  Kabbaj: 'القباج',
  Ennaji: 'الناجي',
  Zemmouri: 'الزموري',
  'Ait Ouaziz': 'آيت واعزيز',
  Oubaha: 'أوباها',
  'Id Brahim': 'إد إبراهيم',
  Boutaleb: 'بوطالب',
  'Ait Lhaj': 'آيت الحاج',
  Akhiat: 'أخيات',
  Ouhammou: 'أوحمو',
  Bouzid: 'بوزيد',
  Amzil: 'أمزيل',
  Aharchi: 'أحرشي',
  Outaleb: 'أوطالب',
  'El Hamri': 'الحمري',
  Oukhouya: 'أوخويا',
  Idrissi: 'الإدريسي',
  Slaoui: 'السلاوي',
  Ouazzani: 'الوزاني',
  Alaoui: 'العلوي',
  Bennani: 'بناني',
  Fassi: 'الفاسي',
  Belkadi: 'بلقاضي',
  Rahmouni: 'الرحموني',
  Jebbari: 'الجباري',
  'Ait Ouakrim': 'آيت واكريم',
  Naciri: 'الناصري',
  Bakkali: 'البقالي',
  Laaroussi: 'العروسي',
  Mansouri: 'المنصوري',
  Talbi: 'الطالبي',
  Ouchen: 'أوشن',
  'Ait Baha': 'آيت باها',
};

const FEMALE_FIRST_NAMES = Object.keys(FIRST_NAMES).filter((n) => FIRST_NAMES[n].gender === 'f');
const MALE_FIRST_NAMES = Object.keys(FIRST_NAMES).filter((n) => FIRST_NAMES[n].gender === 'm');
const FAMILY_NAME_LIST = Object.keys(FAMILY_NAMES);

interface Person {
  name: string;
  ar: string;
  gender: Gender;
}

function person(name: string): Person {
  const space = name.indexOf(' ');
  const first = FIRST_NAMES[name.slice(0, space)];
  const family = FAMILY_NAMES[name.slice(space + 1)];
  if (space < 0 || !first || !family) throw new Error(`No Arabic spelling for ${name}`);
  return { name, ar: `${first.ar} ${family}`, gender: first.gender };
}

// ---------------------------------------------------------------------------------------------
// Sellers written by hand. The first 25 alone already cover every province, more than eight
// cooperatives and both demo owners, because the seller count may be lowered to 25.

interface SellerSeed {
  slug: string;
  kind: 'artisan' | 'cooperative';
  name: string;
  town: TownKey;
  craft: CraftSlug;
  address: string;
  bio: Text;
  /** Artisans: the maker; cooperatives: the members. */
  people: string[];
  ownerEmail?: string;
}

const SELLER_SEEDS: readonly SellerSeed[] = [
  {
    slug: 'atelier-fakhar-benali',
    kind: 'artisan',
    name: 'Atelier Fakhar Benali',
    town: 'safi',
    craft: 'pottery',
    address: '12 Derb Sidi Abderrahmane, Colline des potiers, Safi',
    people: ['Abdelkader Benali'],
    ownerEmail: ARTISAN_OWNER_EMAIL,
    bio: t(
      "Abdelkader Benali tourne tajines et plats sur la colline des potiers de Safi, dans l'atelier ouvert par son grand-père. Ses émaux bleus et verts sont cuits au four à bois.",
      'يصنع عبد القادر بنعلي الطواجن والأطباق في تل الخزف بآسفي، داخل الورشة التي أسسها جده. وتُطهى طلاءاته الزرقاء والخضراء في فرن تقليدي يُوقد بالحطب.',
      "Abdelkader Benali throws tajines and dishes on Safi's potters' hill, in the workshop his grandfather opened. His blue and green glazes are fired in a wood kiln.",
    ),
  },
  {
    slug: 'cooperative-tifaout',
    kind: 'cooperative',
    name: 'Coopérative Tifaout',
    town: 'tamanar',
    craft: 'argan',
    address: "Douar Tighanimine, route d'Agadir, Tamanar",
    people: [
      'Fatima Ait Ouaziz',
      'Aicha Oubaha',
      'Khadija Id Brahim',
      'Zahra Boutaleb',
      'Malika Ait Lhaj',
      'Naima Akhiat',
    ],
    ownerEmail: COOPERATIVE_OWNER_EMAIL,
    bio: t(
      "Fondée par des femmes de Tamanar, la coopérative produit une huile d'argan concassée à la main et pressée à froid. Les revenus financent des cours d'alphabétisation pour ses membres.",
      'أسستها نساء من تمنار، وتنتج التعاونية زيت أركان تُكسَّر نواته يدويًا ويُعصر على البارد. وتموّل عائداتها دروس محو الأمية لفائدة عضواتها.',
      'Founded by women from Tamanar, the cooperative makes argan oil from kernels cracked by hand and cold-pressed. Its income pays for literacy classes for its members.',
    ),
  },
  {
    slug: 'atelier-jeld-ouazzani',
    kind: 'artisan',
    name: 'Atelier Jeld Ouazzani',
    town: 'marrakech',
    craft: 'leather',
    address: '27 Derb Ben Saleh, Bab Debbagh, Marrakech',
    people: ['Rachid Ouazzani'],
    bio: t(
      'Près des tanneries de Bab Debbagh, Rachid Ouazzani coud babouches et poufs dans un cuir tanné à Marrakech. Il forme chaque année deux apprentis.',
      'قرب دباغة باب الدباغ، يخيط رشيد الوزاني البلاغي والمقاعد الجلدية من جلد مدبوغ في مراكش. ويُكوّن كل سنة متعلّمَين جديدين.',
      'Near the Bab Debbagh tanneries, Rachid Ouazzani stitches babouches and poufs from leather tanned in Marrakech. He trains two apprentices every year.',
    ),
  },
  {
    slug: 'dinanderie-nour-amrani',
    kind: 'artisan',
    name: 'Dinanderie Nour Amrani',
    town: 'marrakech',
    craft: 'dinanderie',
    address: '8 Place des Ferblantiers, Berrima, Marrakech',
    people: ['Mohamed Amrani'],
    bio: t(
      'Sur la place des Ferblantiers, Mohamed Amrani découpe et cisèle le laiton et le cuivre depuis trente ans. Ses lanternes sont ajourées au poinçon, motif par motif.',
      'في ورشته بالمدينة العتيقة لمراكش، يقطع محمد العمراني النحاس الأصفر والأحمر وينقشه منذ ثلاثين سنة. وتُخرَّم فوانيسه بالمخرز نقشةً نقشة.',
      'On the Place des Ferblantiers, Mohamed Amrani has been cutting and chasing brass and copper for thirty years. His lanterns are pierced with a punch, one motif at a time.',
    ),
  },
  {
    slug: 'cooperative-azetta-asni',
    kind: 'cooperative',
    name: 'Coopérative Azetta Asni',
    town: 'asni',
    craft: 'carpets',
    address: 'Douar Tadrart, route de Ouirgane, Asni',
    people: ['Itto Ait Baha', 'Touda Ouchen', 'Fadma Amzil', 'Ijja Outaleb', 'Hadda Ouhammou'],
    bio: t(
      'À Asni, au pied du Haut Atlas, les tisserandes de la coopérative nouent des tapis amazighs en laine de pays teinte aux plantes. Azetta, en tamazight, désigne le métier à tisser.',
      'في أسني، عند سفح الأطلس الكبير، تعقد نساجات التعاونية زرابي أمازيغية من صوف محلي مصبوغ بالنباتات. وتعني كلمة «أزطّا» بالأمازيغية المنسج.',
      "In Asni, at the foot of the High Atlas, the cooperative's weavers knot Amazigh rugs in local wool dyed with plants. Azetta is the Tamazight word for the loom.",
    ),
  },
  {
    slug: 'cooperative-nour-chichaoua',
    kind: 'cooperative',
    name: 'Coopérative Nour Chichaoua',
    town: 'chichaoua',
    craft: 'carpets',
    address: 'Hay Al Massira, rue 7 n° 15, Chichaoua',
    people: [
      'Rkia El Hamri',
      'Yamna Jebbari',
      'Keltoum Rahmouni',
      'Mina Talbi',
      'Saida Mansouri',
      'Latifa Belkadi',
      'Hasna Laaroussi',
    ],
    bio: t(
      "Les tisserandes de la coopérative perpétuent le tapis de Chichaoua, à fond rouge et aux motifs libres. Chaque tapis porte le prénom de celle qui l'a noué.",
      'تحافظ نساجات التعاونية على زربية شيشاوة ذات الخلفية الحمراء والزخارف الحرة. وتحمل كل زربية اسم المرأة التي عقدتها.',
      "The cooperative's weavers keep the Chichaoua rug alive, with its red ground and free-drawn motifs. Every rug carries the name of the woman who knotted it.",
    ),
  },
  {
    slug: 'atelier-thuya-bouhlal',
    kind: 'artisan',
    name: 'Atelier Thuya Bouhlal',
    town: 'essaouira',
    craft: 'thuya-marquetry',
    address: 'Atelier 5, Skala de la Ville, Médina, Essaouira',
    people: ['Youssef Bouhlal'],
    bio: t(
      "Sous les remparts de la Skala, Youssef Bouhlal marquette la loupe de thuya avec du citronnier, de l'ébène et de la nacre. Il ne travaille que du bois issu de coupes autorisées.",
      'تحت أسوار السقالة بالصويرة، يرصّع يوسف بوهلال عُقد العرعار بخشب الليمون والأبنوس والصدف. ولا يستعمل إلا خشبًا من عمليات قطع مرخّصة.',
      'Beneath the Skala ramparts, Youssef Bouhlal inlays thuya burl with lemonwood, ebony and mother-of-pearl. He only works wood from licensed cuttings.',
    ),
  },
  {
    slug: 'cooperative-nakhla-rehamna',
    kind: 'cooperative',
    name: 'Coopérative Nakhla Rehamna',
    town: 'sidiBouOthmane',
    craft: 'basketry',
    address: 'Douar Laghnimiyine, Sidi Bou Othmane',
    people: ['Mbarek Jebbari', 'Rkia Talbi', 'Hadda Rahmouni', 'Ahmed Mansouri'],
    bio: t(
      'Dans la plaine des Rehamna, la coopérative tresse le palmier doum en paniers, couffins et corbeilles à pain. Les feuilles sont cueillies à la main puis séchées au soleil.',
      'في سهل الرحامنة، تضفر التعاونية سعف الدوم سلالًا وقففًا وأطباقًا للخبز. وتُقطف الأوراق يدويًا ثم تُجفف تحت الشمس.',
      'On the Rehamna plain, the cooperative plaits doum palm into baskets, market bags and bread baskets. The leaves are picked by hand and dried in the sun.',
    ),
  },
  {
    slug: 'poterie-lahlou',
    kind: 'artisan',
    name: 'Poterie Lahlou',
    town: 'kelaa',
    craft: 'pottery',
    address: 'Lot Al Amal n° 41, quartier Laayoune, El Kelaâ des Sraghna',
    people: ['Mustapha Lahlou'],
    bio: t(
      'Mustapha Lahlou façonne à El Kelaâ des Sraghna une poterie de tous les jours : jarres, tajines et bols. Il prépare lui-même son argile, qui décante plusieurs semaines.',
      'يشكّل مصطفى لحلو في قلعة السراغنة فخارًا للاستعمال اليومي من جرار وطواجن وأوعية. ويحضّر طينه بنفسه، إذ يتركه يترسّب عدة أسابيع.',
      'In El Kelaa des Sraghna, Mustapha Lahlou makes everyday pottery: jars, tajines and bowls. He prepares his own clay, letting it settle for several weeks.',
    ),
  },
  {
    slug: 'cooperative-lalla-khadouj',
    kind: 'cooperative',
    name: 'Coopérative Lalla Khadouj',
    town: 'youssoufia',
    craft: 'traditional-clothing',
    address: 'Hay Al Qods, rue 14 n° 9, Youssoufia',
    people: ['Souad Bennani', 'Nezha Alaoui', 'Hayat Naciri', 'Amina Fassi', 'Kenza Idrissi'],
    bio: t(
      'Couturières et brodeuses de Youssoufia, les membres de la coopérative confectionnent djellabas, caftans et gandouras. Les finitions en sfifa sont faites entièrement à la main.',
      'عضوات التعاونية خياطات وطرّازات من اليوسفية، يصنعن الجلابيب والقفاطين والقنادير. وتُنجز تشطيبات السفيفة يدويًا بالكامل.',
      "Seamstresses and embroiderers from Youssoufia, the cooperative's members make djellabas, kaftans and gandouras. The sfifa trims are finished entirely by hand.",
    ),
  },
  {
    slug: 'zellige-tazi',
    kind: 'artisan',
    name: 'Zellige Tazi',
    town: 'marrakech',
    craft: 'zellige',
    address: 'Lot 112, quartier industriel Sidi Ghanem, Marrakech',
    people: ['Driss Tazi'],
    bio: t(
      'Driss Tazi et ses maâlems taillent le zellige au marteau dans leur atelier de Sidi Ghanem. Ils composent tables, vasques et panneaux sur mesure.',
      'يقطع إدريس التازي ومعلّموه الزليج بالمنقاش في ورشتهم بالحي الصناعي سيدي غانم. ويصنعون طاولات وأحواضًا ولوحات حسب الطلب.',
      'Driss Tazi and his master craftsmen cut zellige with the chisel hammer in their Sidi Ghanem workshop. They make tables, basins and panels to order.',
    ),
  },
  {
    slug: 'atelier-tadelakt-ait-ouakrim',
    kind: 'artisan',
    name: 'Atelier Tadelakt Aït Ouakrim',
    town: 'marrakech',
    craft: 'tadelakt',
    address: '19 Derb Tizougarine, Kasbah, Marrakech',
    people: ['Lahcen Ait Ouakrim'],
    bio: t(
      "Lahcen Aït Ouakrim a appris le tadelakt sur les chantiers des riads de la médina. Il en fait aujourd'hui des objets, lissés au galet et nourris au savon noir.",
      'تعلّم لحسن آيت واكريم التادلاكت في أوراش ترميم رياضات المدينة العتيقة. وهو يصنع منه اليوم تحفًا تُصقل بالحصى وتُعالج بالصابون البلدي.',
      'Lahcen Ait Ouakrim learned tadelakt restoring riads in the medina. Today he turns it into objects, polished with a river stone and fed with black soap.',
    ),
  },
  {
    slug: 'ferronnerie-slaoui',
    kind: 'artisan',
    name: 'Ferronnerie Slaoui',
    town: 'marrakech',
    craft: 'wrought-iron',
    address: '6 Souk Haddadine, Médina, Marrakech',
    people: ['Hamid Slaoui'],
    bio: t(
      'Au souk des forgerons, Hamid Slaoui chauffe, cintre et soude le fer pour en faire miroirs, lanternes et tables. Ses pièces sont finies à la cire noire.',
      'في سوق الحدادين، يسخّن حميد السلاوي الحديد ويلويه ويلحمه ليصنع منه مرايا وفوانيس وطاولات. وتُشطَّب قطعه بالشمع الأسود.',
      "In the blacksmiths' souk, Hamid Slaoui heats, bends and welds iron into mirrors, lanterns and tables. His pieces are finished with black wax.",
    ),
  },
  {
    slug: 'atelier-fidda-amzil',
    kind: 'artisan',
    name: 'Atelier Fidda Amzil',
    town: 'marrakech',
    craft: 'jewellery',
    address: '22 Derb Sekkaya, Mouassine, Marrakech',
    people: ['Brahim Amzil'],
    bio: t(
      "Brahim Amzil travaille l'argent selon les formes amazighes du Haut Atlas : fibules, colliers et bracelets. Chaque bijou porte son poinçon.",
      'يشتغل إبراهيم أمزيل الفضة على الأشكال الأمازيغية للأطلس الكبير: خلالات وقلائد وأساور. وتحمل كل قطعة ختمه الخاص.',
      "Brahim Amzil works silver in the Amazigh forms of the High Atlas: fibulae, necklaces and bracelets. Every piece carries his maker's mark.",
    ),
  },
  {
    slug: 'atelier-zouak-kabbaj',
    kind: 'artisan',
    name: 'Atelier Zouak Kabbaj',
    town: 'marrakech',
    craft: 'painted-wood',
    address: '5 Derb Jdid, Riad Zitoun Lakdim, Marrakech',
    people: ['Omar Kabbaj'],
    bio: t(
      "Omar Kabbaj peint le bois de cèdre selon l'art du zouak, appris en restaurant les plafonds des palais. Miroirs, coffres et tables sortent de son atelier de Riad Zitoun.",
      'يزوّق عمر القباج خشب الأرز وفق فن الزواق الذي تعلّمه أثناء ترميم سقوف القصور. ومن ورشته في رياض الزيتون تخرج المرايا والصناديق والطاولات.',
      'Omar Kabbaj paints cedar in the zouak tradition, learned restoring palace ceilings. Mirrors, chests and tables leave his Riad Zitoun workshop.',
    ),
  },
  {
    slug: 'cooperative-tafyoucht',
    kind: 'cooperative',
    name: 'Coopérative Tafyoucht',
    town: 'smimou',
    craft: 'argan',
    address: 'Douar Ait Zelten, Smimou',
    people: [
      'Fadma Oukhouya',
      'Zahra Ait Ouakrim',
      'Rachida Aharchi',
      'Mina Bouzid',
      'Hafida Outaleb',
    ],
    bio: t(
      "À Smimou, la coopérative réunit des femmes des douars voisins autour de l'huile d'argan et des cosmétiques. Les fruits sont récoltés dans l'arganeraie, réserve de biosphère de l'UNESCO.",
      'في سميمو، تجمع التعاونية نساء الدواوير المجاورة حول زيت الأركان ومستحضرات التجميل. وتُجنى الثمار من غابة الأركان المصنفة محمية للمحيط الحيوي من طرف اليونسكو.',
      'In Smimou, the cooperative brings together women from nearby villages around argan oil and cosmetics. The fruit is gathered in the argan forest, a UNESCO biosphere reserve.',
    ),
  },
  {
    slug: 'cooperative-tagmat-ourika',
    kind: 'cooperative',
    name: 'Coopérative Tagmat Ourika',
    town: 'ourika',
    craft: 'weaving',
    address: 'Rue de la Poste n° 3, centre, Tnine Ourika',
    people: ['Ijja Ait Lhaj', 'Itto Oubaha', 'Touda Akhiat', 'Fatima Ouchen'],
    bio: t(
      "Dans la vallée de l'Ourika, les femmes de la coopérative tissent kilims, couvertures et coussins sur des métiers verticaux. Elles filent et teignent elles-mêmes la laine.",
      'في وادي أوريكة، تنسج نساء التعاونية الحنابل والأغطية والوسائد على مناسج عمودية. ويغزلن الصوف ويصبغنه بأنفسهن.',
      "In the Ourika valley, the cooperative's women weave kilims, blankets and cushions on upright looms. They spin and dye the wool themselves.",
    ),
  },
  {
    slug: 'poterie-ouchen',
    kind: 'artisan',
    name: 'Poterie Ouchen',
    town: 'tameslouht',
    craft: 'pottery',
    address: 'Derb Zaouia n° 11, Tameslouht',
    people: ['Said Ouchen'],
    bio: t(
      "À Tameslouht, village potier aux portes de Marrakech, Saïd Ouchen façonne des tajines de cuisson en terre rouge. Il cuit encore au four traditionnel, alimenté de branches d'olivier.",
      'في تامصلوحت، قرية الفخارين على أبواب مراكش، يشكّل سعيد أوشن طواجن الطبخ من الطين الأحمر. وما زال يطهوها في فرن تقليدي يُوقد بأغصان الزيتون.',
      "In Tameslouht, a potters' village on the edge of Marrakech, Said Ouchen makes cooking tajines in red clay. He still fires in a traditional kiln fed with olive branches.",
    ),
  },
  {
    slug: 'cooperative-al-amal-rehamna',
    kind: 'cooperative',
    name: 'Coopérative Al Amal Rehamna',
    town: 'benGuerir',
    craft: 'carpets',
    address: 'Hay Al Fath, rue 3 n° 27, Ben Guerir',
    people: [
      'Saida Jebbari',
      'Yamna Talbi',
      'Khadija Mansouri',
      'Naima Rahmouni',
      'Malika Laaroussi',
      'Rachida Belkadi',
    ],
    bio: t(
      'Créée à Ben Guerir par des tisserandes des tribus rehamna, la coopérative fait revivre leurs tapis aux larges bandes colorées. Elle accueille aussi de jeunes apprenties.',
      'أسستها في ابن جرير نساجات من قبائل الرحامنة، وتُحيي التعاونية زرابيهن ذات الأشرطة الملونة العريضة. كما تستقبل متعلمات شابات.',
      'Set up in Ben Guerir by weavers from the Rehamna tribes, the cooperative revives their rugs with broad coloured bands. It also takes in young apprentices.',
    ),
  },
  {
    slug: 'atelier-nassij-el-hamri',
    kind: 'artisan',
    name: 'Atelier Nassij El Hamri',
    town: 'chemaia',
    craft: 'weaving',
    address: 'Hay Essalam n° 58, Chemaïa',
    people: ['Hafida El Hamri'],
    bio: t(
      "Hafida El Hamri tisse à Chemaïa des kilims et des étoles sur le métier hérité de sa mère. Elle teint sa laine au henné et à l'écorce de grenade.",
      'تنسج حفيظة الحمري في الشماعية حنابل وشالات على المنسج الذي ورثته عن أمها. وتصبغ صوفها بالحناء وقشر الرمان.',
      'Hafida El Hamri weaves kilims and shawls in Chemaia on the loom she inherited from her mother. She dyes her wool with henna and pomegranate rind.',
    ),
  },
  {
    slug: 'maison-jellaba-naciri',
    kind: 'artisan',
    name: 'Maison Jellaba Naciri',
    town: 'kelaa',
    craft: 'traditional-clothing',
    address: '14 rue Moulay Ismaïl, centre, El Kelaâ des Sraghna',
    people: ['Abderrahim Naciri'],
    bio: t(
      'Maître tailleur à El Kelaâ des Sraghna, Abderrahim Naciri coupe djellabas et jabadors sur mesure. Les boutons et la sfifa sont faits main par des brodeuses du quartier.',
      'يفصّل المعلم عبد الرحيم الناصري في قلعة السراغنة الجلابيب والجابادورات حسب المقاس. وتصنع طرّازات الحي الأزرار والسفيفة يدويًا.',
      'A master tailor in El Kelaa des Sraghna, Abderrahim Naciri cuts made-to-measure djellabas and jabadors. Buttons and sfifa are made by hand by embroiderers from his neighbourhood.',
    ),
  },
  {
    slug: 'cooperative-tiwizi-imintanoute',
    kind: 'cooperative',
    name: 'Coopérative Tiwizi Imintanoute',
    town: 'imintanoute',
    craft: 'basketry',
    address: 'Hay Tiwizi n° 4, Imintanoute',
    people: ['Fadma Id Brahim', 'Aicha Amzil', 'Hadda Oukhouya'],
    bio: t(
      "À Imintanoute, les femmes de la coopérative tressent le doum en paniers, corbeilles et chapeaux. Tiwizi, en tamazight, désigne l'entraide entre voisins.",
      'في إمنتانوت، تضفر نساء التعاونية الدوم سلالًا وأطباقًا وقبعات. وتعني «تويزي» بالأمازيغية التعاون بين الجيران.',
      "In Imintanoute, the cooperative's women plait doum palm into baskets, trays and hats. Tiwizi is the Tamazight word for neighbours helping one another.",
    ),
  },
  {
    slug: 'faiencerie-zemmouri',
    kind: 'artisan',
    name: 'Faïencerie Zemmouri',
    town: 'safi',
    craft: 'pottery',
    address: '31 rue des Potiers, Rbat, Safi',
    people: ['Noureddine Zemmouri'],
    bio: t(
      'Noureddine Zemmouri peint à Safi des plats et des carreaux aux motifs de la faïence safiote, bleu cobalt et reflets métalliques. Son atelier emploie six artisans.',
      'يرسم نور الدين الزموري في آسفي أطباقًا وبلاطات بزخارف الخزف الآسفي، بالأزرق الكوبالتي والبريق المعدني. وتشغّل ورشته ستة حرفيين.',
      'In Safi, Noureddine Zemmouri paints dishes and tiles with the patterns of Safi faience, cobalt blue and metallic lustre. His workshop employs six craftspeople.',
    ),
  },
  {
    slug: 'cooperative-dar-lfekhar',
    kind: 'cooperative',
    name: 'Coopérative Dar Lfekhar',
    town: 'safi',
    craft: 'pottery',
    address: 'Impasse des Fours n° 2, Colline des potiers, Safi',
    people: ['Omar Belkadi', 'Yassine Naciri', 'Hicham Talbi', 'Amina Rahmouni'],
    bio: t(
      'Réunissant tourneurs et décoratrices de la colline des potiers, la coopérative partage un grand four et vend en commun. Elle produit tajines, bols et jarres émaillés.',
      'تجمع التعاونية خزّافين ومزخرفات من تل الخزف، يتقاسمون فرنًا كبيرًا ويبيعون بشكل جماعي. وتنتج الطواجن والأوعية والجرار المزججة.',
      "Bringing together throwers and decorators from the potters' hill, the cooperative shares a large kiln and sells as one. It makes glazed tajines, bowls and jars.",
    ),
  },
  {
    slug: 'bijouterie-bakkali',
    kind: 'artisan',
    name: 'Bijouterie Bakkali',
    town: 'essaouira',
    craft: 'jewellery',
    address: '16 Derb Laâlouj, Médina, Essaouira',
    people: ['Jamal Bakkali'],
    bio: t(
      "Héritier de la tradition des orfèvres d'Essaouira, Jamal Bakkali façonne bracelets, boucles d'oreilles et colliers en argent filigrané.",
      'يواصل جمال البقالي تقاليد صاغة الفضة في الصويرة، فيصنع أساور وأقراطًا وقلائد من الفضة المخرّمة.',
      "Heir to Essaouira's silversmithing tradition, Jamal Bakkali makes bracelets, earrings and necklaces in filigree silver.",
    ),
  },
  {
    slug: 'maroquinerie-chraibi',
    kind: 'artisan',
    name: 'Maroquinerie Chraibi',
    town: 'marrakech',
    craft: 'leather',
    address: '33 Derb Dabachi, Médina, Marrakech',
    people: ['Khadija Chraibi'],
    bio: t(
      "Khadija Chraibi dessine et coud des sacs en cuir tanné végétal dans un petit atelier de la médina. Elle travaille avec des tanneurs de Bab Debbagh qu'elle connaît depuis l'enfance.",
      'تصمم خديجة الشرايبي وتخيط حقائب من جلد مدبوغ نباتيًا في ورشة صغيرة بالمدينة العتيقة. وتتعامل مع دباغين من باب الدباغ تعرفهم منذ طفولتها.',
      'Khadija Chraibi designs and sews bags in vegetable-tanned leather in a small medina workshop. She works with Bab Debbagh tanners she has known since childhood.',
    ),
  },
  {
    slug: 'cooperative-al-wafa-tamelelt',
    kind: 'cooperative',
    name: 'Coopérative Al Wafa Tamelelt',
    town: 'tamelelt',
    craft: 'weaving',
    address: 'Hay Al Wahda n° 12, Tamelelt',
    people: ['Zineb Bennani', 'Hasna Fassi', 'Keltoum Idrissi', 'Meryem Ennaji'],
    bio: t(
      'À Tamelelt, la coopérative tisse couvertures, kilims et étoles avec la laine des troupeaux de la plaine. Les membres se partagent les métiers du local commun.',
      'في تملالت، تنسج التعاونية الأغطية والحنابل والشالات من صوف قطعان السهل. وتتقاسم العضوات المناسج في المقر المشترك.',
      "In Tamelelt, the cooperative weaves blankets, kilims and shawls from the wool of the plain's flocks. Members share the looms in their common workshop.",
    ),
  },
  {
    slug: 'poterie-idrissi',
    kind: 'artisan',
    name: 'Poterie Idrissi',
    town: 'youssoufia',
    craft: 'pottery',
    address: 'Hay Mohammadi, rue 9 n° 21, Youssoufia',
    people: ['Larbi Idrissi'],
    bio: t(
      'Larbi Idrissi perpétue à Youssoufia une poterie rurale aux formes simples : jarres à eau, tajines et bols. Ses décors sont tracés au pinceau en poil de chèvre.',
      'يواصل العربي الإدريسي في اليوسفية صناعة فخار قروي بسيط الأشكال: جرار الماء والطواجن والأوعية. ويرسم زخارفه بفرشاة من شعر الماعز.',
      'In Youssoufia, Larbi Idrissi keeps up a rural pottery of simple shapes: water jars, tajines and bowls. He paints his patterns with a goat-hair brush.',
    ),
  },
  {
    slug: 'marqueterie-ennaji',
    kind: 'artisan',
    name: 'Marqueterie Ennaji',
    town: 'essaouira',
    craft: 'thuya-marquetry',
    address: 'Souk Jdid, atelier 18, Médina, Essaouira',
    people: ['Mbarek Ennaji'],
    bio: t(
      "Mbarek Ennaji tourne et marquette le thuya dans la médina d'Essaouira : coffrets, échiquiers et plateaux. Il finit ses pièces à l'huile et à la cire d'abeille.",
      'يخرط مبارك الناجي العرعار ويرصّعه في المدينة العتيقة بالصويرة: علبًا ورقع شطرنج وصوانيَ. ويُنهي قطعه بالزيت وشمع النحل.',
      'Mbarek Ennaji turns and inlays thuya in the Essaouira medina: boxes, chessboards and trays. He finishes his pieces with oil and beeswax.',
    ),
  },
  {
    slug: 'tapis-ouhammou',
    kind: 'artisan',
    name: 'Tapis Ouhammou',
    town: 'aitOurir',
    craft: 'carpets',
    address: 'Douar Tamsoult, Aït Ourir',
    people: ['Itto Ouhammou'],
    bio: t(
      'Itto Ouhammou noue ses tapis chez elle, à Aït Ourir, sur le métier vertical de la maison familiale. Elle dessine ses motifs de mémoire, comme sa grand-mère.',
      'تعقد إيطو أوحمو زرابيها في بيتها بأيت أورير، على المنسج العمودي لبيت العائلة. وترسم زخارفها من الذاكرة كما كانت تفعل جدتها.',
      'Itto Ouhammou knots her rugs at home in Ait Ourir, on the upright loom of the family house. She draws her motifs from memory, as her grandmother did.',
    ),
  },
];

// ---------------------------------------------------------------------------------------------
// Sellers generated beyond the hand-written ones (benchmarks): same crafts and towns, new names.

const CRAFT_SHOP_WORD: Record<CraftSlug, string> = {
  pottery: 'Poterie',
  zellige: 'Zellige',
  leather: 'Maroquinerie',
  dinanderie: 'Dinanderie',
  'wrought-iron': 'Ferronnerie',
  tadelakt: 'Tadelakt',
  'painted-wood': 'Atelier Zouak',
  'thuya-marquetry': 'Marqueterie',
  jewellery: 'Bijouterie',
  weaving: 'Tissage',
  carpets: 'Tapis',
  basketry: 'Vannerie',
  argan: 'Argan',
  'traditional-clothing': 'Couture',
};

const CRAFT_WORK: Record<CraftSlug, Text> = {
  pottery: t(
    'des tajines et de la vaisselle émaillée',
    'الطواجن والأواني المزججة',
    'tajines and glazed tableware',
  ),
  zellige: t(
    'des tables et des panneaux de zellige',
    'الطاولات واللوحات من الزليج',
    'zellige tables and panels',
  ),
  leather: t(
    'des babouches, des sacs et des poufs en cuir',
    'البلاغي والحقائب والمقاعد الجلدية',
    'leather babouches, bags and poufs',
  ),
  dinanderie: t(
    'des lanternes et des plateaux en laiton et en cuivre',
    'الفوانيس والصواني من النحاس',
    'brass and copper lanterns and trays',
  ),
  'wrought-iron': t(
    'des miroirs, des lanternes et des tables en fer forgé',
    'المرايا والفوانيس والطاولات من الحديد المطروق',
    'wrought-iron mirrors, lanterns and tables',
  ),
  tadelakt: t(
    'des vases, des lampes et des vasques en tadelakt',
    'المزهريات والمصابيح والأحواض من التادلاكت',
    'tadelakt vases, lamps and basins',
  ),
  'painted-wood': t(
    'des miroirs, des coffres et des tables en bois peint',
    'المرايا والصناديق والطاولات من الخشب المصبوغ',
    'painted wood mirrors, chests and tables',
  ),
  'thuya-marquetry': t(
    'des coffrets et des échiquiers en thuya marqueté',
    'العلب ورقع الشطرنج من العرعار المرصّع',
    'inlaid thuya boxes and chessboards',
  ),
  jewellery: t('des bijoux en argent', 'الحلي الفضية', 'silver jewellery'),
  weaving: t(
    'des kilims, des couvertures et des étoles',
    'الحنابل والأغطية والشالات',
    'kilims, blankets and shawls',
  ),
  carpets: t('des tapis noués à la main', 'الزرابي المعقودة يدويًا', 'hand-knotted rugs'),
  basketry: t(
    'des paniers et des couffins en doum',
    'السلال والقفف من الدوم',
    'doum palm baskets and market bags',
  ),
  argan: t(
    "de l'huile d'argan et des cosmétiques",
    'زيت الأركان ومستحضرات التجميل',
    'argan oil and cosmetics',
  ),
  'traditional-clothing': t(
    'des djellabas, des caftans et des gandouras',
    'الجلابيب والقفاطين والقنادير',
    'djellabas, kaftans and gandouras',
  ),
};

/** Crafts whose cooperatives in the region are mostly women's cooperatives. */
const WOMEN_CRAFTS: ReadonlySet<CraftSlug> = new Set<CraftSlug>([
  'argan',
  'weaving',
  'carpets',
  'basketry',
  'traditional-clothing',
]);

const COOPERATIVE_WORDS = [
  'Tilelli',
  'Tanmirt',
  'Assafou',
  'Tifawin',
  'Al Baraka',
  'Ennahda',
  'Al Khair',
  'Tawada',
  'Ajddig',
  'Izourane',
  'Afoulki',
  'Tamount',
  'Al Inaya',
  'Tafrawt',
];

const STREET_WORDS = [
  'Derb Sidi Bouloukat',
  'Hay Al Massira',
  'Hay Ennahda',
  'Derb Lakhdar',
  'Hay Al Wifaq',
  'Rue Ibn Toumert',
  'Hay Essaada',
  'Derb Moulay Ali',
];

function randomPerson(rng: Rng, gender: Gender, taken: ReadonlySet<string>): Person {
  for (;;) {
    const first = pick(rng, gender === 'f' ? FEMALE_FIRST_NAMES : MALE_FIRST_NAMES);
    const name = `${first} ${pick(rng, FAMILY_NAME_LIST)}`;
    if (!taken.has(name)) return person(name);
  }
}

function generatedSeed(index: number, base: SellerSeed, takenNames: Set<string>): SellerSeed {
  const rng = rngFor(`seller-seed:${index}`);
  const town = TOWNS[base.town];
  const women = WOMEN_CRAFTS.has(base.craft);
  const address = `${pick(rng, STREET_WORDS)} n° ${intBetween(rng, 2, 140)}, ${town.name.fr}`;
  if (base.kind === 'artisan') {
    const maker = randomPerson(rng, rng() < (women ? 0.8 : 0.2) ? 'f' : 'm', new Set());
    let name = `${CRAFT_SHOP_WORD[base.craft]} ${maker.name.slice(maker.name.indexOf(' ') + 1)}`;
    if (takenNames.has(name)) name = `${name} ${town.name.fr}`;
    const what = CRAFT_WORK[base.craft];
    const she = maker.gender === 'f';
    return {
      ...base,
      slug: '',
      name,
      address,
      people: [maker.name],
      ownerEmail: undefined,
      bio: t(
        `${maker.name} réalise ${what.fr} à ${town.name.fr}, selon un savoir-faire transmis en famille. ${she ? 'Elle' : 'Il'} vend désormais en ligne sur Hirfa.`,
        `${she ? 'تصنع' : 'يصنع'} ${maker.ar} ${what.ar} في ${town.name.ar}، وفق حرفة متوارثة في العائلة. ${she ? 'وهي تبيع منتجاتها' : 'وهو يبيع منتجاته'} اليوم عبر الإنترنت على منصة حرفة.`,
        `${maker.name} makes ${what.en} in ${town.name.en}, a craft handed down in the family. ${she ? 'She' : 'He'} now sells online on Hirfa.`,
      ),
    };
  }
  const members: string[] = [];
  const count = intBetween(rng, 3, 8);
  while (members.length < count) {
    const gender: Gender = women || rng() < 0.5 ? 'f' : 'm';
    members.push(randomPerson(rng, gender, new Set(members)).name);
  }
  const what = CRAFT_WORK[base.craft];
  let name = `Coopérative ${pick(rng, COOPERATIVE_WORDS)} ${town.name.fr}`;
  if (takenNames.has(name)) name = `${name} ${index}`;
  return {
    ...base,
    slug: '',
    name,
    address,
    people: members,
    ownerEmail: undefined,
    bio: women
      ? t(
          `Les ${count} artisanes de la coopérative réalisent ${what.fr} à ${town.name.fr} et se partagent les revenus des ventes.`,
          `تصنع عضوات التعاونية ${what.ar} في ${town.name.ar}، ويتقاسمن عائدات المبيعات فيما بينهن.`,
          `The cooperative's ${count} women members make ${what.en} in ${town.name.en} and share the income from sales.`,
        )
      : t(
          `Les ${count} membres de la coopérative réalisent ${what.fr} à ${town.name.fr} et se partagent les revenus des ventes.`,
          `يصنع أعضاء التعاونية ${what.ar} في ${town.name.ar}، ويتقاسمون عائدات المبيعات فيما بينهم.`,
          `The cooperative's ${count} members make ${what.en} in ${town.name.en} and share the income from sales.`,
        ),
  };
}

// ---------------------------------------------------------------------------------------------
// Product templates: per craft, product types with their own variations, written so that
// "type + variation" reads correctly in each language (gender and number agree).

interface Variation {
  key: string;
  text: Text;
  /** Biases the price towards the low or the high end of the type's range. */
  size?: 'small' | 'large';
  /** Replaces the type's price range in MAD (e.g. a different bottle size). */
  price?: [number, number];
  materials?: string[];
  /** Only offered in these provinces (a town's named colour or style). */
  only?: ProvinceCode[];
}

interface ProductType {
  key: string;
  category: CategorySlug;
  name: Text;
  how: Text;
  price: [number, number];
  materials: string[];
  image: ImageIndex;
  /** One of a kind: stock 1 (or sold out). */
  unique?: boolean;
  maxStock?: number;
  /** A consumable ("product") rather than a made object ("piece"). */
  consumable?: boolean;
  /** Only made in these provinces (named regional styles). */
  only?: ProvinceCode[];
  variations: Variation[];
}

function v(key: string, fr: string, ar: string, en: string, extra: Partial<Variation> = {}) {
  return { key, text: t(fr, ar, en), ...extra } satisfies Variation;
}

const PRODUCT_TYPES: Record<CraftSlug, ProductType[]> = {
  pottery: [
    {
      key: 'serving-tajine',
      category: 'tableware',
      name: t('Tajine de service', 'طاجين للتقديم', 'Serving tajine'),
      how: t(
        'Tourné à la main dans une argile locale, il est émaillé sans plomb puis cuit deux fois au four traditionnel.',
        'شُكّل يدويًا على الدولاب من طين محلي، ثم طُلي بطلاء زجاجي خالٍ من الرصاص وطُهي مرتين في فرن تقليدي.',
        'Thrown by hand from local clay, it is coated in a lead-free glaze and fired twice in a traditional kiln.',
      ),
      price: [120, 600],
      materials: ['clay', 'lead-free glaze'],
      image: 1,
      maxStock: 12,
      variations: [
        v('safi-blue', 'bleu de Safi', 'بالأزرق الآسفي', 'in Safi blue', { only: ['safi'] }),
        v('emerald', 'vert émeraude', 'بالأخضر الزمردي', 'in emerald green'),
        v('floral', 'à décor floral', 'بزخارف نباتية', 'with floral decoration'),
        v('small', 'petit modèle (20 cm)', 'بحجم صغير (20 سم)', 'in small size (20 cm)', {
          size: 'small',
        }),
        v('large', 'grand modèle (35 cm)', 'بحجم كبير (35 سم)', 'in large size (35 cm)', {
          size: 'large',
        }),
        v('honey', 'brun miel', 'بلون العسل', 'in honey brown'),
        v('turquoise', 'turquoise', 'بلون فيروزي', 'in turquoise'),
      ],
    },
    {
      key: 'cooking-tajine',
      category: 'tableware',
      name: t(
        'Tajine de cuisson en terre cuite',
        'طاجين طبخ من الطين',
        'Terracotta cooking tajine',
      ),
      how: t(
        "Modelé dans une terre rouge non émaillée qui supporte le feu doux, il est culotté à l'huile d'olive avant la vente.",
        'شُكّل من طين أحمر غير مزجج يتحمّل النار الهادئة، ويُعالَج بزيت الزيتون قبل بيعه.',
        'Shaped from unglazed red clay that takes a gentle flame, it is seasoned with olive oil before sale.',
      ),
      price: [120, 300],
      materials: ['terracotta'],
      image: 1,
      maxStock: 30,
      variations: [
        v('two', 'pour deux personnes', 'لشخصين', 'for two', { size: 'small' }),
        v('four', 'pour quatre personnes', 'لأربعة أشخاص', 'for four'),
        v('six', 'pour six personnes', 'لستة أشخاص', 'for six', { size: 'large' }),
        v('tall-lid', 'à couvercle haut', 'بغطاء عالٍ', 'with a tall lid'),
      ],
    },
    {
      key: 'serving-dish',
      category: 'tableware',
      name: t('Plat de service', 'طبق للتقديم', 'Serving dish'),
      how: t(
        "Il est décoré au pinceau, à main levée, d'entrelacs et d'arabesques, puis recouvert d'un émail brillant.",
        'زُيّن بالفرشاة يدويًا بتشابكات وزخارف عربية، ثم غُطّي بطلاء زجاجي لامع.',
        'It is painted freehand with interlacing and arabesques, then covered in a glossy glaze.',
      ),
      price: [150, 450],
      materials: ['clay', 'lead-free glaze', 'mineral pigments'],
      image: 2,
      maxStock: 15,
      variations: [
        v('blue-white', 'bleu et blanc', 'بالأزرق والأبيض', 'in blue and white'),
        v('fish', 'au motif de poisson', 'بزخرفة السمكة', 'with fish motif'),
        v('polychrome', 'polychrome', 'متعدد الألوان', 'in many colours'),
        v('green-yellow', 'vert et jaune', 'بالأخضر والأصفر', 'in green and yellow'),
        v('d30', 'de 30 cm de diamètre', 'بقطر 30 سم', '30 cm across', { size: 'small' }),
        v('d40', 'de 40 cm de diamètre', 'بقطر 40 سم', '40 cm across', { size: 'large' }),
      ],
    },
    {
      key: 'bowls',
      category: 'tableware',
      name: t('Lot de six bols', 'طقم من ستة أوعية', 'Set of six bowls'),
      how: t(
        "Chaque bol est tourné séparément, si bien que les tailles et les coulures d'émail varient légèrement.",
        'يُشكَّل كل وعاء على حدة، لذلك تختلف الأحجام وسيلان الطلاء قليلًا من وعاء لآخر.',
        'Each bowl is thrown separately, so sizes and glaze runs vary slightly from one to the next.',
      ),
      price: [180, 420],
      materials: ['clay', 'lead-free glaze'],
      image: 2,
      maxStock: 20,
      variations: [
        v('turquoise', 'turquoise', 'بلون فيروزي', 'in turquoise'),
        v('cream', 'crème à liseré bleu', 'بلون كريمي وحافة زرقاء', 'in cream with a blue rim'),
        v('crackle', 'à émail craquelé', 'بطلاء متشقق', 'with crackle glaze'),
        v('black', 'noirs mats', 'بالأسود غير اللامع', 'in matt black'),
        v('ochre', 'ocre', 'بلون المغرة', 'in ochre'),
      ],
    },
    {
      key: 'jar',
      category: 'home-decor',
      name: t('Jarre décorative', 'جرة للزينة', 'Decorative jar'),
      how: t(
        "Montée au colombin puis finie au tour, elle est gravée à la pointe avant l'émaillage.",
        'بُنيت بطريقة الحبال الطينية ثم أُتمّت على الدولاب، ونُقشت بالمخرز قبل طلائها.',
        'Coil-built and then finished on the wheel, it is incised with a point before glazing.',
      ),
      price: [250, 1200],
      materials: ['clay', 'glaze'],
      image: 3,
      unique: true,
      variations: [
        v('lustre', 'à reflets cuivrés', 'ببريق نحاسي', 'with copper lustre'),
        v('cobalt', 'gravée, bleu cobalt', 'منقوشة بالأزرق الكوبالتي', 'incised, in cobalt blue'),
        v('ochre', 'ocre et brun', 'بالمغرة والبني', 'in ochre and brown'),
        v('tall', 'haute (50 cm)', 'طويلة (50 سم)', 'in tall size (50 cm)', { size: 'large' }),
        v('olive', 'vert olive', 'بالأخضر الزيتوني', 'in olive green'),
      ],
    },
    {
      key: 'tiles',
      category: 'home-decor',
      name: t('Lot de 12 carreaux émaillés', 'مجموعة من 12 بلاطة مزججة', 'Set of 12 glazed tiles'),
      how: t(
        'Carreaux de 10 cm moulés à la main, peints au pochoir et cuits à haute température, pour une crédence ou un plateau de table.',
        'بلاطات من 10 سم مقولبة يدويًا، مرسومة بالاستنسل ومطهوة في حرارة عالية، تصلح لواجهة المطبخ أو لسطح طاولة.',
        'Hand-moulded 10 cm tiles, stencil-painted and fired at high temperature, for a splashback or a table top.',
      ),
      price: [240, 600],
      materials: ['clay', 'enamel glaze'],
      image: 4,
      maxStock: 25,
      variations: [
        v('star', 'à motif étoilé', 'بزخرفة نجمية', 'with star pattern'),
        v('pomegranate', 'à fleur de grenade', 'بزهرة الرمان', 'with pomegranate flower'),
        v('blue-green', 'en bleu et vert', 'بالأزرق والأخضر', 'in blue and green'),
        v('earth', 'en terre et blanc', 'بلون الطين والأبيض', 'in earth and white'),
      ],
    },
  ],
  zellige: [
    {
      key: 'coffee-table',
      category: 'furniture',
      name: t('Table basse en zellige', 'طاولة منخفضة من الزليج', 'Zellige coffee table'),
      how: t(
        'Chaque tesselle est taillée au marteau (menqach), posée face contre le sol puis prise dans le mortier, sur un piètement en fer forgé.',
        'تُنحت كل قطعة بالمنقاش، ثم تُرصّ مقلوبة وتُثبّت بالملاط فوق قاعدة من الحديد المطروق.',
        'Each tessera is cut with a chisel hammer (menqach), laid face down and set in mortar, on a wrought-iron base.',
      ),
      price: [2500, 9000],
      materials: ['glazed terracotta', 'mortar', 'wrought iron'],
      image: 1,
      unique: true,
      variations: [
        v(
          'green-white',
          'vert et blanc (60 cm)',
          'بالأخضر والأبيض (60 سم)',
          'in green and white (60 cm)',
        ),
        v(
          'star',
          'à étoile à huit branches (80 cm)',
          'بنجمة ثمانية الرؤوس (80 سم)',
          'with an eight-pointed star (80 cm)',
          { size: 'large' },
        ),
        v('midnight', 'bleu nuit', 'بالأزرق الليلي', 'in midnight blue'),
      ],
    },
    {
      key: 'tray',
      category: 'home-decor',
      name: t('Plateau en zellige', 'صينية من الزليج', 'Zellige tray'),
      how: t(
        'Les tesselles émaillées sont assemblées à la main selon un tracé géométrique, dans un cadre en fer forgé.',
        'تُجمع القطع المزججة يدويًا وفق رسم هندسي داخل إطار من الحديد المطروق.',
        'Glazed tesserae are assembled by hand to a geometric layout inside a wrought-iron frame.',
      ),
      price: [450, 1200],
      materials: ['glazed terracotta', 'wrought iron'],
      image: 2,
      maxStock: 6,
      variations: [
        v('honey', 'miel et noir', 'بلون العسل والأسود', 'in honey and black'),
        v('turquoise', 'turquoise et blanc', 'بالفيروزي والأبيض', 'in turquoise and white'),
        v('round', 'rond (45 cm)', 'دائرية (45 سم)', 'in round shape (45 cm)'),
      ],
    },
    {
      key: 'mirror',
      category: 'home-decor',
      name: t('Miroir encadré de zellige', 'مرآة بإطار من الزليج', 'Zellige-framed mirror'),
      how: t(
        'Le cadre est habillé de zellige taillé à la main et scellé au mortier de chaux.',
        'يُكسى الإطار بزليج مقطوع يدويًا ومثبّت بملاط الجير.',
        'The frame is clad in hand-cut zellige set in lime mortar.',
      ),
      price: [900, 2800],
      materials: ['glazed terracotta', 'lime mortar', 'mirror glass'],
      image: 3,
      unique: true,
      variations: [
        v('arch', 'en arc', 'على شكل قوس', 'in arch shape'),
        v('bottle-green', 'vert bouteille', 'بالأخضر الداكن', 'in bottle green'),
        v('multicolour', 'multicolore', 'متعدد الألوان', 'in many colours'),
      ],
    },
    {
      key: 'tiles',
      category: 'home-decor',
      name: t('Carreaux de zellige', 'بلاطات زليج', 'Zellige tiles'),
      how: t(
        'Les carreaux sont émaillés puis taillés à la main en formes géométriques, et livrés montés sur trame, prêts à poser.',
        'تُزجَّج البلاطات ثم تُقطع يدويًا إلى أشكال هندسية، وتُسلّم مثبّتة على شبكة وجاهزة للتركيب.',
        'The tiles are glazed, hand-cut into geometric shapes and delivered mounted on mesh, ready to lay.',
      ),
      price: [900, 1600],
      materials: ['glazed terracotta'],
      image: 4,
      maxStock: 40,
      variations: [
        v('white', 'blancs (1 m²)', 'بيضاء (1 م²)', 'in white (1 m²)'),
        v('cobalt', 'bleu cobalt (1 m²)', 'بالأزرق الكوبالتي (1 م²)', 'in cobalt blue (1 m²)'),
        v('star', 'à motif étoilé (1 m²)', 'بزخرفة نجمية (1 م²)', 'with star pattern (1 m²)'),
      ],
    },
  ],
  leather: [
    {
      key: 'babouches',
      category: 'footwear',
      name: t('Babouches', 'بلغة', 'Babouches'),
      how: t(
        'Elles sont cousues à la main sur une forme en bois, en cuir de chèvre tanné à Marrakech, avec une semelle en cuir de vache.',
        'خيطت يدويًا على قالب خشبي من جلد الماعز المدبوغ في مراكش، بنعل من جلد البقر.',
        'They are hand-stitched on a wooden last from goatskin tanned in Marrakech, with a cowhide sole.',
      ),
      price: [150, 400],
      materials: ['goatskin', 'cowhide', 'cotton thread'],
      image: 1,
      maxStock: 25,
      variations: [
        v(
          'saffron',
          'en cuir jaune safran',
          'من الجلد الأصفر الزعفراني',
          'in saffron-yellow leather',
        ),
        v('gold', 'brodées de fil doré', 'مطرزة بالخيط الذهبي', 'embroidered with gold thread'),
        v('natural', 'en cuir naturel', 'من الجلد الطبيعي', 'in natural leather'),
        v('pomegranate', 'rouge grenade', 'بلون الرمان الأحمر', 'in pomegranate red'),
        v('black', 'noires à bout rond', 'سوداء بمقدمة مستديرة', 'in black with a round toe'),
      ],
    },
    {
      key: 'tote',
      category: 'bags',
      name: t('Sac cabas en cuir', 'حقيبة تسوق من الجلد', 'Leather tote bag'),
      how: t(
        'Il est coupé et cousu à la main dans un cuir de vache tanné végétal, puis doublé de coton.',
        'قُصّت وخيطت يدويًا من جلد بقر مدبوغ نباتيًا، ثم بُطّنت بالقطن.',
        'It is cut and stitched by hand from vegetable-tanned cowhide, then lined with cotton.',
      ),
      price: [450, 1500],
      materials: ['vegetable-tanned leather', 'cotton lining'],
      image: 2,
      maxStock: 8,
      variations: [
        v('cognac', 'cognac', 'بلون الكونياك', 'in cognac'),
        v('black', 'noir', 'باللون الأسود', 'in black'),
        v('fringes', 'à franges', 'بأهداب', 'with fringes'),
        v('camel-large', 'camel (grand format)', 'بلون الجمل (حجم كبير)', 'in camel (large size)', {
          size: 'large',
        }),
      ],
    },
    {
      key: 'shoulder-bag',
      category: 'bags',
      name: t('Sacoche brodée', 'حقيبة كتف مطرزة', 'Embroidered shoulder bag'),
      how: t(
        'Le rabat est brodé à la main au fil de soie avant que le cuir ne soit assemblé et cousu au point sellier.',
        'يُطرَّز الغطاء يدويًا بخيط الحرير قبل تجميع الجلد وخياطته بغرزة السراجة.',
        'The flap is hand-embroidered in silk thread before the leather is assembled and saddle-stitched.',
      ),
      price: [350, 900],
      materials: ['leather', 'silk thread'],
      image: 4,
      maxStock: 10,
      variations: [
        v('majorelle', 'bleu Majorelle', 'بالأزرق الماجوريلي', 'in Majorelle blue'),
        v('amazigh', 'à motif amazigh', 'بزخرفة أمازيغية', 'with Amazigh motif'),
        v('tobacco', 'tabac', 'بلون التبغ', 'in tobacco brown'),
      ],
    },
    {
      key: 'pouf',
      category: 'home-decor',
      name: t('Pouf en cuir', 'بوف جلدي', 'Leather pouf'),
      how: t(
        'Les panneaux de cuir sont assemblés et brodés au fil de soie ; il est livré vide, à garnir de tissus.',
        'تُجمع ألواح الجلد وتُطرز بخيط الحرير، ويُسلَّم فارغًا ليُحشى بالأقمشة.',
        'The leather panels are joined and embroidered in silk thread; it ships unstuffed, to fill with fabric.',
      ),
      price: [600, 1600],
      materials: ['goatskin', 'silk thread'],
      image: 3,
      maxStock: 10,
      variations: [
        v('brown', 'marron brodé', 'بني مطرز', 'in embroidered brown'),
        v('off-white', 'blanc cassé', 'بلون أبيض عاجي', 'in off-white'),
        v('olive', 'vert olive', 'بالأخضر الزيتوني', 'in olive green'),
        v('large', 'grand modèle (60 cm)', 'كبير الحجم (60 سم)', 'in large size (60 cm)', {
          size: 'large',
        }),
      ],
    },
  ],
  dinanderie: [
    {
      key: 'hanging-lantern',
      category: 'lighting',
      name: t(
        'Lanterne suspendue en laiton',
        'فانوس معلق من النحاس الأصفر',
        'Hanging brass lantern',
      ),
      how: t(
        'Le laiton est découpé puis ajouré au poinçon, motif par motif, pour que la lumière dessine des étoiles sur les murs.',
        'يُقطع النحاس الأصفر ثم يُخرَّم بالمخرز نقشةً نقشة، لترسم أضواؤه نجومًا على الجدران.',
        'The brass is cut and pierced with a punch, motif by motif, so the light casts stars on the walls.',
      ),
      price: [600, 2500],
      materials: ['brass', 'glass'],
      image: 1,
      maxStock: 5,
      variations: [
        v('stars', "ajourée d'étoiles", 'مخرّم بالنجوم', 'with star piercing'),
        v('coloured-glass', 'à verres colorés', 'بزجاج ملون', 'with coloured glass'),
        v('large', 'grand modèle (60 cm)', 'كبير الحجم (60 سم)', 'in large size (60 cm)', {
          size: 'large',
        }),
        v('antique', 'à patine vieillie', 'بلمسة عتيقة', 'with antique patina'),
      ],
    },
    {
      key: 'table-lantern',
      category: 'lighting',
      name: t(
        'Lanterne de table en cuivre',
        'فانوس طاولة من النحاس الأحمر',
        'Copper table lantern',
      ),
      how: t(
        'Le cuivre est martelé et ajouré à la main, puis verni pour garder son éclat ; elle est livrée avec douille et câble.',
        'يُطرق النحاس ويُخرَّم يدويًا ثم يُطلى بالورنيش للحفاظ على لمعانه، ويُسلَّم مع مقبس وسلك كهربائي.',
        'The copper is hammered and pierced by hand, then varnished to keep its shine; it comes with a socket and cable.',
      ),
      price: [300, 900],
      materials: ['copper'],
      image: 2,
      maxStock: 12,
      variations: [
        v('hammered', 'au fini martelé', 'بسطح مطروق', 'with hammered finish'),
        v('rosette', 'à motif de rosace', 'بزخرفة وردية', 'with rosette pattern'),
        v('small', 'petit modèle (25 cm)', 'صغير الحجم (25 سم)', 'in small size (25 cm)', {
          size: 'small',
        }),
      ],
    },
    {
      key: 'tea-tray',
      category: 'tableware',
      name: t(
        'Plateau à thé en laiton ciselé',
        'صينية شاي من النحاس المنقوش',
        'Engraved brass tea tray',
      ),
      how: t(
        'Le motif est ciselé au burin à main levée, puis le plateau est poli pour faire ressortir les reliefs.',
        'تُنقش الزخرفة بالإزميل يدويًا، ثم تُصقل الصينية لإبراز النقوش.',
        'The pattern is chased freehand with a burin, then the tray is polished to bring out the relief.',
      ),
      price: [350, 1200],
      materials: ['brass'],
      image: 3,
      maxStock: 8,
      variations: [
        v('d40', 'de 40 cm de diamètre', 'بقطر 40 سم', '40 cm across', { size: 'small' }),
        v('d60', 'de 60 cm de diamètre', 'بقطر 60 سم', '60 cm across', { size: 'large' }),
        v('geometric', 'à motif géométrique', 'بزخرفة هندسية', 'with geometric pattern'),
      ],
    },
    {
      key: 'teapot',
      category: 'tableware',
      name: t('Théière ciselée', 'إبريق شاي منقوش', 'Engraved teapot'),
      how: t(
        'Le corps en maillechort est martelé puis ciselé à la main, et chaque théière est testée contre les fuites.',
        'يُطرق جسم الإبريق المصنوع من الفضة الألمانية ثم يُنقش يدويًا، ويُختبر كل إبريق لضمان عدم تسرّبه.',
        'The nickel-silver body is hammered and hand-engraved, and every teapot is tested for leaks.',
      ),
      price: [250, 700],
      materials: ['nickel silver'],
      image: 4,
      maxStock: 15,
      variations: [
        v('six', 'pour six verres', 'يتسع لستة كؤوس', 'for six glasses', { size: 'small' }),
        v('long-spout', 'à long bec', 'بصنبور طويل', 'with a long spout'),
        v('twelve', 'pour douze verres', 'يتسع لاثني عشر كأسًا', 'for twelve glasses', {
          size: 'large',
        }),
      ],
    },
  ],
  'wrought-iron': [
    {
      key: 'mirror',
      category: 'home-decor',
      name: t('Miroir en fer forgé', 'مرآة بإطار من الحديد المطروق', 'Wrought-iron mirror'),
      how: t(
        'Les volutes sont chauffées à la forge, cintrées à la main, soudées puis protégées par une cire noire.',
        'تُسخَّن اللفائف في الكور ثم تُلوى يدويًا وتُلحم وتُحمى بشمع أسود.',
        'The scrolls are heated in the forge, bent by hand, welded and protected with black wax.',
      ),
      price: [500, 1800],
      materials: ['wrought iron', 'mirror glass'],
      image: 1,
      maxStock: 4,
      variations: [
        v('scrolls', 'rond à volutes', 'بشكل دائري ولفائف', 'in round shape with scrolls'),
        v('horseshoe', 'en arc outrepassé', 'على شكل قوس حدوة الفرس', 'in horseshoe-arch shape'),
        v('large', 'grand modèle (90 cm)', 'كبيرة الحجم (90 سم)', 'in large size (90 cm)', {
          size: 'large',
        }),
      ],
    },
    {
      key: 'candle-holder',
      category: 'lighting',
      name: t(
        'Photophore en fer forgé',
        'حامل شموع من الحديد المطروق',
        'Wrought-iron candle holder',
      ),
      how: t(
        'Le fer est forgé et martelé à chaud, puis les bras sont soudés un à un et noircis à la cire.',
        'يُطرق الحديد وهو ساخن، ثم تُلحم الأذرع واحدًا واحدًا وتُسوَّد بالشمع.',
        'The iron is hot-forged and hammered, then the arms are welded one by one and blackened with wax.',
      ),
      price: [150, 450],
      materials: ['wrought iron'],
      image: 2,
      maxStock: 20,
      variations: [
        v('three-arms', 'à trois branches', 'بثلاثة أذرع', 'with three arms'),
        v('pierced', 'ajouré', 'مخرّم', 'with pierced panels'),
        v('standing', 'sur pied (120 cm)', 'بقائم (120 سم)', 'on a stand (120 cm)', {
          size: 'large',
        }),
      ],
    },
    {
      key: 'side-table',
      category: 'furniture',
      name: t(
        "Table d'appoint en fer forgé",
        'طاولة جانبية من الحديد المطروق',
        'Wrought-iron side table',
      ),
      how: t(
        'Les pieds sont forgés et cintrés à la main, assemblés par rivets et soudures, puis protégés contre la rouille.',
        'تُطرق الأرجل وتُلوى يدويًا، وتُجمع بالمسامير واللحام، ثم تُحمى من الصدأ.',
        'The legs are forged and bent by hand, joined with rivets and welds, then protected against rust.',
      ),
      price: [700, 2200],
      materials: ['wrought iron'],
      image: 3,
      maxStock: 4,
      variations: [
        v('zellige-top', 'à plateau en zellige', 'بسطح من الزليج', 'with zellige top', {
          materials: ['zellige'],
        }),
        v('copper-top', 'à plateau en cuivre', 'بسطح من النحاس', 'with copper top', {
          materials: ['copper'],
        }),
        v('folding', 'pliante', 'قابلة للطي', 'with folding legs'),
      ],
    },
    {
      key: 'lantern',
      category: 'lighting',
      name: t('Lanterne en fer forgé', 'فانوس من الحديد المطروق', 'Wrought-iron lantern'),
      how: t(
        "Chaque barreau est forgé puis soudé à la main ; les vitres sont posées et jointoyées à l'atelier.",
        'يُطرق كل قضيب ثم يُلحم يدويًا، ويُركَّب الزجاج ويُثبَّت في الورشة.',
        'Every bar is forged and welded by hand; the panes are fitted and sealed in the workshop.',
      ),
      price: [400, 1500],
      materials: ['wrought iron', 'glass'],
      image: 4,
      maxStock: 6,
      variations: [
        v('frosted', 'à vitres givrées', 'بزجاج مصنفر', 'with frosted glass'),
        v('mashrabiya', 'à motif de moucharabieh', 'بزخرفة المشربية', 'with mashrabiya pattern'),
        v('garden', 'de jardin (70 cm)', 'للحديقة (70 سم)', 'for the garden (70 cm)', {
          size: 'large',
        }),
      ],
    },
  ],
  tadelakt: [
    {
      key: 'soap-dish',
      category: 'home-decor',
      name: t('Porte-savon en tadelakt', 'صحن صابون من التادلاكت', 'Tadelakt soap dish'),
      how: t(
        "L'enduit de chaux de la région de Marrakech est lissé au galet puis imperméabilisé au savon noir.",
        'يُصقل طلاء الجير من منطقة مراكش بحصاة ملساء، ثم يُعزل ضد الماء بالصابون البلدي الأسود.',
        'Lime plaster from the Marrakech area is smoothed with a river stone and waterproofed with black soap.',
      ),
      price: [120, 250],
      materials: ['lime plaster', 'black soap'],
      image: 1,
      maxStock: 30,
      variations: [
        v('red-ochre', 'ocre rouge', 'بلون المغرة الحمراء', 'in red ochre'),
        v('lime-white', 'blanc chaux', 'بلون الجير الأبيض', 'in lime white'),
        v('charcoal', 'gris anthracite', 'بالرمادي الفحمي', 'in charcoal grey'),
        v('sand', 'couleur sable', 'بلون الرمل', 'in sand colour'),
      ],
    },
    {
      key: 'vase',
      category: 'home-decor',
      name: t('Vase en tadelakt', 'مزهرية من التادلاكت', 'Tadelakt vase'),
      how: t(
        "Le tadelakt est appliqué en plusieurs couches sur une forme en terre, puis serré au galet jusqu'à devenir lisse et brillant.",
        'يُطبَّق التادلاكت طبقات متتالية على قالب من الطين، ثم يُضغط بالحصاة حتى يصير أملس ولامعًا.',
        'Tadelakt is applied in several coats over a clay form, then pressed with a stone until smooth and glossy.',
      ),
      price: [250, 700],
      materials: ['lime plaster', 'clay', 'black soap'],
      image: 2,
      maxStock: 10,
      variations: [
        v('terracotta', 'terre cuite', 'بلون الطين المشوي', 'in terracotta'),
        v('midnight', 'bleu nuit', 'بالأزرق الليلي', 'in midnight blue'),
        v('tall', 'haut (40 cm)', 'طويلة (40 سم)', 'in tall size (40 cm)', { size: 'large' }),
      ],
    },
    {
      key: 'lamp',
      category: 'lighting',
      name: t('Lampe à poser en tadelakt', 'مصباح طاولة من التادلاكت', 'Tadelakt table lamp'),
      how: t(
        'Un pied en terre cuite est enduit de tadelakt, poli au galet et nourri au savon noir ; abat-jour en coton.',
        'تُكسى قاعدة من الطين المشوي بالتادلاكت، وتُصقل بالحصاة وتُعالج بالصابون البلدي، مع غطاء مصباح من القطن.',
        'A terracotta base is coated in tadelakt, stone-polished and fed with black soap; cotton shade.',
      ),
      price: [450, 1200],
      materials: ['lime plaster', 'terracotta', 'cotton'],
      image: 3,
      maxStock: 6,
      variations: [
        v('sand', 'couleur sable', 'بلون الرمل', 'in sand colour'),
        v('red', 'rouge de Marrakech', 'بالأحمر المراكشي', 'in Marrakech red'),
        v('grey', 'gris perle', 'بالرمادي اللؤلؤي', 'in pearl grey'),
      ],
    },
    {
      key: 'washbasin',
      category: 'home-decor',
      name: t('Vasque en tadelakt', 'حوض غسيل من التادلاكت', 'Tadelakt washbasin'),
      how: t(
        "La vasque est montée sur un noyau maçonné, enduite de tadelakt en trois passes puis lustrée au savon noir pour l'eau.",
        'يُبنى الحوض على قاعدة من البناء، ويُكسى بالتادلاكت على ثلاث طبقات ثم يُلمَّع بالصابون البلدي ليقاوم الماء.',
        'The basin is built on a masonry core, coated in three passes of tadelakt and burnished with black soap against water.',
      ),
      price: [1200, 3500],
      materials: ['lime plaster', 'black soap'],
      image: 4,
      unique: true,
      variations: [
        v('lime-white', 'blanc chaux', 'بلون الجير الأبيض', 'in lime white'),
        v('ochre', 'ocre', 'بلون المغرة', 'in ochre'),
        v('oval', 'ovale (60 cm)', 'بيضوي (60 سم)', 'in oval shape (60 cm)', { size: 'large' }),
      ],
    },
  ],
  'painted-wood': [
    {
      key: 'mirror',
      category: 'home-decor',
      name: t('Miroir en bois peint', 'مرآة بإطار من الخشب المصبوغ', 'Painted wood mirror'),
      how: t(
        'Le cadre en cèdre est peint à main levée selon la tradition du zouak, fleur après fleur, puis verni.',
        'يُصبغ إطار خشب الأرز يدويًا على طريقة الزواق، زهرةً بعد زهرة، ثم يُطلى بالورنيش.',
        'The cedar frame is painted freehand in the zouak tradition, flower by flower, then varnished.',
      ),
      price: [350, 1200],
      materials: ['cedar wood', 'natural pigments', 'varnish', 'mirror glass'],
      image: 1,
      maxStock: 5,
      variations: [
        v('red-green', 'rouge et vert', 'بالأحمر والأخضر', 'in red and green'),
        v('blue-ground', 'sur fond bleu', 'بخلفية زرقاء', 'on a blue ground'),
        v('oval', 'ovale (70 cm)', 'بيضوية (70 سم)', 'in oval shape (70 cm)', { size: 'large' }),
      ],
    },
    {
      key: 'chest',
      category: 'boxes',
      name: t('Coffre en cèdre peint', 'صندوق من خشب الأرز المصبوغ', 'Painted cedar chest'),
      how: t(
        'Assemblé à tenons et mortaises, le coffre est peint à main levée puis patiné à la cire.',
        'يُجمَّع الصندوق بالتعشيق، ثم يُصبغ يدويًا ويُعتَّق بالشمع.',
        'Joined with mortise and tenon, the chest is painted freehand and then aged with wax.',
      ),
      price: [600, 2200],
      materials: ['cedar wood', 'natural pigments', 'beeswax'],
      image: 2,
      unique: true,
      variations: [
        v('floral', 'à décor floral', 'بزخارف نباتية', 'with floral decoration'),
        v('brass', 'à ferrures en laiton', 'بمفصلات من النحاس', 'with brass fittings', {
          materials: ['brass'],
        }),
        v('small', 'petit modèle (40 cm)', 'صغير الحجم (40 سم)', 'in small size (40 cm)', {
          size: 'small',
        }),
      ],
    },
    {
      key: 'coffee-table',
      category: 'furniture',
      name: t(
        'Table basse en bois peint',
        'طاولة منخفضة من الخشب المصبوغ',
        'Painted wood coffee table',
      ),
      how: t(
        "Le plateau en cèdre est peint au pinceau fin de rosaces et d'entrelacs, puis verni.",
        'يُزيَّن سطح الأرز بالفرشاة الدقيقة بزخارف وردية وتشابكات، ثم يُطلى بالورنيش.',
        'The cedar top is painted with a fine brush in rosettes and interlacing, then varnished.',
      ),
      price: [900, 3000],
      materials: ['cedar wood', 'natural pigments', 'varnish'],
      image: 3,
      unique: true,
      variations: [
        v('octagonal', 'octogonale', 'مثمّنة الأضلاع', 'in octagonal shape'),
        v('green', 'à fond vert', 'بخلفية خضراء', 'on a green ground'),
        v('round', 'ronde (70 cm)', 'دائرية (70 سم)', 'in round shape (70 cm)'),
      ],
    },
    {
      key: 'jewellery-box',
      category: 'boxes',
      name: t(
        'Boîte à bijoux en bois peint',
        'علبة مجوهرات من الخشب المصبوغ',
        'Painted wood jewellery box',
      ),
      how: t(
        'Chaque boîte est découpée, poncée puis peinte à la main de motifs floraux.',
        'تُقطع كل علبة وتُصنفر ثم تُصبغ يدويًا بزخارف نباتية.',
        'Each box is cut, sanded and then hand-painted with floral motifs.',
      ),
      price: [150, 450],
      materials: ['cedar wood', 'natural pigments'],
      image: 4,
      maxStock: 15,
      variations: [
        v('red', 'rouge', 'باللون الأحمر', 'in red'),
        v('blue', 'bleue', 'باللون الأزرق', 'in blue'),
        v('mirror', 'avec miroir', 'بمرآة داخلية', 'with an inner mirror'),
      ],
    },
  ],
  'thuya-marquetry': [
    {
      key: 'box',
      category: 'boxes',
      name: t('Coffret en thuya marqueté', 'علبة من العرعار المرصّع', 'Inlaid thuya box'),
      how: t(
        "La loupe de thuya, prélevée à la souche, est poncée puis incrustée de citronnier et d'ébène avant d'être vernie.",
        'تُصنفر عقدة العرعار المأخوذة من الجذع، ثم تُرصَّع بخشب الليمون والأبنوس قبل طلائها بالورنيش.',
        'Thuya burl, taken from the stump, is sanded and inlaid with lemonwood and ebony before varnishing.',
      ),
      price: [150, 900],
      materials: ['thuya burl', 'lemonwood', 'ebony'],
      image: 1,
      maxStock: 12,
      variations: [
        v('mother-of-pearl', 'incrusté de nacre', 'مطعّمة بالصدف', 'with mother-of-pearl', {
          materials: ['mother-of-pearl'],
        }),
        v('star', 'à motif étoilé', 'بزخرفة نجمية', 'with star inlay'),
        v('small', 'petit modèle (12 cm)', 'صغيرة الحجم (12 سم)', 'in small size (12 cm)', {
          size: 'small',
        }),
        v('compartments', 'à compartiments', 'بحجرات', 'with compartments', { size: 'large' }),
      ],
    },
    {
      key: 'chessboard',
      category: 'home-decor',
      name: t('Échiquier en thuya', 'رقعة شطرنج من العرعار', 'Thuya chessboard'),
      how: t(
        "Les cases sont marquetées une à une en thuya et en citronnier, puis l'ensemble est poli à la cire.",
        'تُرصَّع المربعات واحدًا واحدًا بالعرعار وخشب الليمون، ثم تُصقل الرقعة بالشمع.',
        'The squares are inlaid one by one in thuya and lemonwood, then the board is polished with wax.',
      ),
      price: [450, 1500],
      materials: ['thuya burl', 'lemonwood', 'beeswax'],
      image: 2,
      unique: true,
      variations: [
        v('pieces', 'avec pièces sculptées', 'مع قطع منحوتة', 'with carved pieces', {
          size: 'large',
        }),
        v('folding', 'pliant', 'قابلة للطي', 'in folding format'),
        v('travel', 'de voyage (25 cm)', 'للسفر (25 سم)', 'for travel (25 cm)', { size: 'small' }),
      ],
    },
    {
      key: 'tray',
      category: 'tableware',
      name: t('Plateau en thuya', 'صينية من العرعار', 'Thuya tray'),
      how: t(
        "Le plateau est découpé dans la loupe, poncé finement puis nourri à l'huile de lin.",
        'تُقطع الصينية من عقدة العرعار وتُصنفر بعناية ثم تُشبَع بزيت الكتان.',
        'The tray is cut from the burl, finely sanded and then fed with linseed oil.',
      ),
      price: [250, 700],
      materials: ['thuya burl', 'linseed oil'],
      image: 3,
      maxStock: 8,
      variations: [
        v('oval', 'ovale', 'بيضوية', 'in oval shape'),
        v('handles', 'à anses', 'بمقبضين', 'with handles'),
        v('inlaid', 'incrusté de citronnier', 'مرصّعة بخشب الليمون', 'with lemonwood inlay', {
          materials: ['lemonwood'],
        }),
      ],
    },
    {
      key: 'root-bowl',
      category: 'home-decor',
      name: t('Bol en racine de thuya', 'زبدية من جذر العرعار', 'Thuya root bowl'),
      how: t(
        "Tourné d'une seule pièce de racine, il laisse voir les veines et les nœuds du thuya.",
        'تُخرط من قطعة واحدة من الجذر، فتظهر عروق العرعار وعقده.',
        "Turned from a single piece of root, it shows the thuya's grain and knots.",
      ),
      price: [200, 600],
      materials: ['thuya root'],
      image: 4,
      maxStock: 10,
      variations: [
        v('small', 'petit modèle (15 cm)', 'صغيرة الحجم (15 سم)', 'in small size (15 cm)', {
          size: 'small',
        }),
        v('large', 'grand modèle (25 cm)', 'كبيرة الحجم (25 سم)', 'in large size (25 cm)', {
          size: 'large',
        }),
        v('lid', 'à couvercle', 'بغطاء', 'with lid'),
      ],
    },
  ],
  jewellery: [
    {
      key: 'fibula',
      category: 'jewellery',
      name: t('Fibule amazighe en argent', 'خلالة أمازيغية من الفضة', 'Amazigh silver fibula'),
      how: t(
        "L'argent est martelé puis gravé au burin et rehaussé de cabochons de verre coloré, d'après les formes anciennes des fibules amazighes.",
        'تُطرق الفضة ثم تُنقش بالإزميل وتُزيَّن بفصوص من الزجاج الملون، على غرار أشكال الخلالات الأمازيغية القديمة.',
        'The silver is hammered, engraved with a burin and set with coloured glass cabochons, after the old forms of Amazigh fibulae.',
      ),
      price: [400, 1800],
      materials: ['silver', 'coloured glass'],
      image: 1,
      unique: true,
      variations: [
        v('triangular', 'triangulaire', 'مثلثة الشكل', 'in triangular form'),
        v('pendants', 'à pendeloques', 'بمتدليات', 'with pendants'),
        v('chain', 'avec chaînette', 'بسلسلة', 'with chain'),
      ],
    },
    {
      key: 'necklace',
      category: 'jewellery',
      name: t('Collier en argent', 'قلادة من الفضة', 'Silver necklace'),
      how: t(
        'Les éléments sont fondus, martelés et assemblés à la main, puis enfilés sur un cordon de soie.',
        'تُصبّ العناصر وتُطرق وتُجمّع يدويًا، ثم تُنظم في خيط من الحرير.',
        'The elements are cast, hammered and assembled by hand, then strung on a silk cord.',
      ),
      price: [350, 1500],
      materials: ['silver', 'silk cord'],
      image: 2,
      maxStock: 5,
      variations: [
        v('coral', 'à perles de corail', 'بحبات المرجان', 'with coral beads', {
          materials: ['coral'],
        }),
        v('khamsa', 'à pendentif khamsa', 'بدلاية الخميسة', 'with khamsa pendant'),
        v('amber', "à perles d'ambre", 'بحبات الكهرمان', 'with amber beads', {
          size: 'large',
          materials: ['amber'],
        }),
      ],
    },
    {
      key: 'cuff',
      category: 'jewellery',
      name: t('Bracelet manchette en argent', 'سوار عريض من الفضة', 'Silver cuff bracelet'),
      how: t(
        "La plaque d'argent est martelée, cintrée puis gravée au burin de motifs géométriques.",
        'تُطرق صفيحة الفضة وتُقوَّس ثم تُنقش بالإزميل بزخارف هندسية.',
        'The silver sheet is hammered, curved and engraved with geometric motifs using a burin.',
      ),
      price: [250, 900],
      materials: ['silver'],
      image: 3,
      maxStock: 8,
      variations: [
        v('lozenges', 'gravé de losanges', 'منقوش بالمعينات', 'engraved with lozenges'),
        v('braided', 'à motif tressé', 'بزخرفة مضفورة', 'with braided pattern'),
        v('agate', "serti d'agate noire", 'مرصّع بالعقيق الأسود', 'set with black agate', {
          materials: ['agate'],
        }),
      ],
    },
    {
      key: 'earrings',
      category: 'jewellery',
      name: t("Boucles d'oreilles en argent", 'أقراط من الفضة', 'Silver earrings'),
      how: t(
        "Le fil d'argent est étiré, torsadé et soudé à la main pour former un filigrane léger.",
        'يُسحب سلك الفضة ويُبرم ويُلحم يدويًا ليشكّل تخريمًا خفيفًا.',
        'Silver wire is drawn, twisted and soldered by hand into light filigree.',
      ),
      price: [150, 450],
      materials: ['silver'],
      image: 4,
      maxStock: 15,
      variations: [
        v('filigree', 'en filigrane', 'بالتخريم الدقيق', 'in filigree'),
        v('dangles', 'à pampilles', 'بأهداب معدنية', 'with dangles'),
        v('coral', 'à perles de corail', 'بحبات المرجان', 'with coral beads', {
          materials: ['coral'],
        }),
      ],
    },
  ],
  weaving: [
    {
      key: 'kilim',
      category: 'rugs',
      name: t('Kilim tissé main', 'حنبل منسوج يدويًا', 'Hand-woven kilim'),
      how: t(
        'Il est tissé à plat sur un métier vertical, avec une laine filée au fuseau et teinte aux plantes (garance, henné, indigo).',
        'نُسج على منوال عمودي بصوف مغزول بالمغزل ومصبوغ بالنباتات (الفوّة والحناء والنيلة).',
        'It is flat-woven on an upright loom from hand-spun wool dyed with plants (madder, henna, indigo).',
      ),
      price: [900, 4500],
      materials: ['wool', 'natural dyes'],
      image: 1,
      unique: true,
      variations: [
        v(
          'red-stripes',
          'à rayures rouges (120 × 180 cm)',
          'بخطوط حمراء (120 × 180 سم)',
          'with red stripes (120 × 180 cm)',
        ),
        v(
          'lozenges',
          'à losanges (150 × 220 cm)',
          'بمعينات (150 × 220 سم)',
          'with lozenges (150 × 220 cm)',
          { size: 'large' },
        ),
        v('indigo', 'indigo et écru', 'بالنيلي والأبيض الطبيعي', 'in indigo and undyed white'),
        v('multicolour', 'multicolore', 'متعدد الألوان', 'in many colours'),
        v(
          'small',
          'petit format (60 × 90 cm)',
          'صغير الحجم (60 × 90 سم)',
          'in small size (60 × 90 cm)',
          { size: 'small' },
        ),
      ],
    },
    {
      key: 'blanket',
      category: 'home-decor',
      name: t('Couverture en laine', 'غطاء من الصوف', 'Wool blanket'),
      how: t(
        'Elle est tissée sur un métier horizontal avec la laine des moutons de la plaine, lavée et cardée à la main.',
        'يُنسج على منوال أفقي من صوف أغنام السهل، بعد غسله وتمشيطه يدويًا.',
        "It is woven on a horizontal loom from the wool of the plain's sheep, washed and carded by hand.",
      ),
      price: [500, 1600],
      materials: ['wool'],
      image: 2,
      maxStock: 6,
      variations: [
        v('striped', 'écrue à rayures', 'بلون طبيعي وخطوط', 'in undyed wool with stripes'),
        v('pompoms', 'à pompons', 'بشراشيب', 'with pompoms'),
        v(
          'double',
          'grand lit (200 × 240 cm)',
          'لسرير مزدوج (200 × 240 سم)',
          'for a double bed (200 × 240 cm)',
          { size: 'large' },
        ),
      ],
    },
    {
      key: 'cushion',
      category: 'home-decor',
      name: t('Housse de coussin tissée', 'غلاف وسادة منسوج', 'Woven cushion cover'),
      how: t(
        'Tissée à la main en laine et coton, elle se ferme par des boutons en fil ; coussin intérieur non fourni.',
        'نُسج يدويًا من الصوف والقطن، ويُغلق بأزرار من الخيط؛ الحشوة غير مرفقة.',
        'Hand-woven in wool and cotton, it closes with thread buttons; inner cushion not included.',
      ),
      price: [150, 350],
      materials: ['wool', 'cotton'],
      image: 3,
      maxStock: 20,
      variations: [
        v('amazigh', 'à motifs amazighs', 'بزخارف أمازيغية', 'with Amazigh motifs'),
        v('sequins', 'à sequins', 'بالترتر', 'with sequins'),
        v('saffron', 'jaune safran', 'بالأصفر الزعفراني', 'in saffron yellow'),
        v('sabra', 'en fil de sabra', 'من خيط الصبرة', 'in sabra thread', {
          materials: ['sabra'],
        }),
      ],
    },
    {
      key: 'shawl',
      category: 'clothing',
      name: t('Étole tissée main', 'شال منسوج يدويًا', 'Hand-woven shawl'),
      how: t(
        'Tissée sur un métier étroit en fil fin, elle est lavée puis séchée à plat pour garder sa souplesse.',
        'يُنسج على منوال ضيق بخيط رفيع، ثم يُغسل ويُجفف مبسوطًا ليحافظ على ليونته.',
        'Woven on a narrow loom in fine yarn, it is washed and dried flat to keep it supple.',
      ),
      price: [250, 600],
      materials: ['wool'],
      image: 4,
      maxStock: 12,
      variations: [
        v('fine-wool', 'en laine fine', 'من الصوف الرفيع', 'in fine wool'),
        v('cotton-silk', 'en coton et soie', 'من القطن والحرير', 'in cotton and silk', {
          materials: ['cotton', 'silk'],
        }),
        v('fringes', 'à franges', 'بأهداب', 'with fringes'),
      ],
    },
  ],
  carpets: [
    {
      key: 'chichaoua-rug',
      category: 'rugs',
      name: t('Tapis de Chichaoua', 'زربية شيشاوة', 'Chichaoua rug'),
      how: t(
        'Noué à la main sur un métier vertical en laine de mouton, il porte le fond rouge et les motifs libres, animaux et losanges, propres au style de Chichaoua.',
        'عُقدت يدويًا على منوال عمودي من صوف الغنم، وتحمل الخلفية الحمراء والزخارف الحرة من حيوانات ومعينات التي تميّز أسلوب شيشاوة.',
        "Hand-knotted on an upright loom in sheep's wool, it has the red ground and free-drawn motifs, animals and lozenges, of the Chichaoua style.",
      ),
      price: [2500, 14000],
      materials: ['wool', 'natural dyes'],
      image: 1,
      unique: true,
      only: ['chichaoua'],
      variations: [
        v(
          'red-ground',
          'à fond rouge (150 × 230 cm)',
          'بخلفية حمراء (150 × 230 سم)',
          'on a red ground (150 × 230 cm)',
        ),
        v(
          'large',
          'grand format (200 × 300 cm)',
          'كبيرة الحجم (200 × 300 سم)',
          'in large size (200 × 300 cm)',
          { size: 'large' },
        ),
        v(
          'small',
          'petit format (100 × 150 cm)',
          'صغيرة الحجم (100 × 150 سم)',
          'in small size (100 × 150 cm)',
          { size: 'small' },
        ),
        v('figurative', 'aux motifs figuratifs', 'بزخارف تشخيصية', 'with figurative motifs'),
        v('burgundy', 'à fond bordeaux', 'بخلفية خمرية', 'on a burgundy ground'),
        v('orange', 'à fond orangé', 'بخلفية برتقالية', 'on an orange ground'),
      ],
    },
    {
      key: 'rehamna-rug',
      category: 'rugs',
      name: t('Tapis rehamna', 'زربية الرحامنة', 'Rehamna rug'),
      how: t(
        'Il est tissé par les femmes des tribus rehamna en laine épaisse nouée à la main, avec de larges bandes et des losanges sur fond rouge ou orangé.',
        'تنسجها نساء قبائل الرحامنة من صوف كثيف معقود يدويًا، بأشرطة عريضة ومعينات على خلفية حمراء أو برتقالية.',
        'It is woven by women of the Rehamna tribes in thick hand-knotted wool, with broad bands and lozenges on a red or orange ground.',
      ),
      price: [3000, 16000],
      materials: ['wool', 'natural dyes'],
      image: 3,
      unique: true,
      only: ['rehamna'],
      variations: [
        v('orange', 'à fond orangé', 'بخلفية برتقالية', 'on an orange ground'),
        v('bands', 'à larges bandes', 'بأشرطة عريضة', 'with broad bands'),
        v(
          'large',
          'grand format (200 × 300 cm)',
          'كبيرة الحجم (200 × 300 سم)',
          'in large size (200 × 300 cm)',
          { size: 'large' },
        ),
        v('red-black', 'rouge et noir', 'بالأحمر والأسود', 'in red and black'),
        v(
          'small',
          'petit format (100 × 150 cm)',
          'صغيرة الحجم (100 × 150 سم)',
          'in small size (100 × 150 cm)',
          { size: 'small' },
        ),
      ],
    },
    {
      key: 'haouz-rug',
      category: 'rugs',
      name: t('Tapis amazigh du Haouz', 'زربية أمازيغية من الحوز', 'Amazigh rug from Al Haouz'),
      how: t(
        "Il est noué à la main dans les villages du Haut Atlas, en laine de pays teinte au henné, à l'écorce de grenade et à l'indigo.",
        'عُقدت يدويًا في قرى الأطلس الكبير من صوف محلي مصبوغ بالحناء وقشر الرمان والنيلة.',
        'It is hand-knotted in High Atlas villages from local wool dyed with henna, pomegranate rind and indigo.',
      ),
      price: [2500, 12000],
      materials: ['wool', 'natural dyes'],
      image: 2,
      unique: true,
      only: ['al-haouz'],
      variations: [
        v('henna', 'aux teintes de henné', 'بألوان الحناء', 'in henna tones'),
        v('indigo', 'à losanges indigo', 'بمعينات نيلية', 'with indigo lozenges'),
        v('undyed', 'à fond écru', 'بخلفية بيضاء طبيعية', 'on an undyed ground'),
        v('madder', 'rouge garance', 'بأحمر الفوّة', 'in madder red'),
        v(
          'large',
          'grand format (200 × 300 cm)',
          'كبيرة الحجم (200 × 300 سم)',
          'in large size (200 × 300 cm)',
          { size: 'large' },
        ),
        v(
          'small',
          'petit format (100 × 150 cm)',
          'صغيرة الحجم (100 × 150 سم)',
          'in small size (100 × 150 cm)',
          { size: 'small' },
        ),
      ],
    },
    {
      key: 'boucherouite',
      category: 'rugs',
      name: t('Boucherouite', 'زربية بوشرويط', 'Boucherouite rag rug'),
      how: t(
        'Il est tissé avec des chutes de tissu recyclées nouées une à une, si bien que chaque tapis est unique.',
        'تُنسج من بقايا الأقمشة المعاد تدويرها، تُعقد قطعةً قطعة، فتأتي كل زربية فريدة.',
        'It is woven from recycled fabric offcuts knotted one by one, so every rug is unique.',
      ),
      price: [900, 2500],
      materials: ['recycled cotton', 'recycled fabric'],
      image: 4,
      unique: true,
      variations: [
        v(
          'pink-orange',
          'rose et orange (100 × 150 cm)',
          'بالوردي والبرتقالي (100 × 150 سم)',
          'in pink and orange (100 × 150 cm)',
        ),
        v(
          'multicolour',
          'multicolore (150 × 200 cm)',
          'متعددة الألوان (150 × 200 سم)',
          'in many colours (150 × 200 cm)',
          { size: 'large' },
        ),
        v('round', 'rond (120 cm)', 'دائرية (120 سم)', 'in round shape (120 cm)'),
      ],
    },
    {
      key: 'runner',
      category: 'rugs',
      name: t('Tapis de couloir noué main', 'زربية ممر معقودة يدويًا', 'Hand-knotted runner'),
      how: t(
        'Il est noué à la main, point par point, sur un métier vertical étroit, en laine de pays.',
        'تُعقد يدويًا عقدةً عقدة على منوال عمودي ضيق، من صوف محلي.',
        'It is hand-knotted, knot by knot, on a narrow upright loom in local wool.',
      ),
      price: [1800, 6000],
      materials: ['wool'],
      image: 1,
      unique: true,
      variations: [
        v('short', '(70 × 200 cm)', '(70 × 200 سم)', '(70 × 200 cm)', { size: 'small' }),
        v('long', '(80 × 300 cm)', '(80 × 300 سم)', '(80 × 300 cm)', { size: 'large' }),
        v('red-ochre', 'rouge et ocre', 'بالأحمر والمغرة', 'in red and ochre'),
      ],
    },
  ],
  basketry: [
    {
      key: 'basket',
      category: 'baskets',
      name: t('Panier en doum', 'سلة من الدوم', 'Doum palm basket'),
      how: t(
        "Les feuilles de palmier doum sont séchées, teintes puis tressées en spirale autour d'une âme de fibres.",
        'تُجفف أوراق نخيل الدوم وتُصبغ ثم تُضفر حلزونيًا حول حشوة من الألياف.',
        'Doum palm leaves are dried, dyed and coiled in a spiral around a core of fibres.',
      ),
      price: [120, 400],
      materials: ['doum palm'],
      image: 1,
      maxStock: 25,
      variations: [
        v('lid', 'à couvercle', 'بغطاء', 'with lid'),
        v('red', 'à motifs rouges', 'بزخارف حمراء', 'with red pattern'),
        v('large', 'grand modèle à anses', 'كبيرة بمقبضين', 'in large size with handles', {
          size: 'large',
        }),
      ],
    },
    {
      key: 'bread-basket',
      category: 'baskets',
      name: t('Corbeille à pain (tbak)', 'طبق الخبز من الدوم', 'Doum bread basket (tbak)'),
      how: t(
        'Tressée serré pour garder le pain au chaud, elle est cousue au fil de palmier et décorée de laine teinte.',
        'يُضفر بإحكام ليحفظ الخبز دافئًا، ويُخاط بخيط النخيل ويُزيَّن بالصوف المصبوغ.',
        'Tightly plaited to keep bread warm, it is sewn with palm fibre and trimmed with dyed wool.',
      ),
      price: [90, 250],
      materials: ['doum palm', 'wool'],
      image: 2,
      maxStock: 30,
      variations: [
        v('conical', 'à couvercle conique', 'بغطاء مخروطي', 'with conical lid'),
        v('dyed', 'teinte en vert et rouge', 'مصبوغ بالأخضر والأحمر', 'dyed green and red'),
        v('large', 'grand modèle (50 cm)', 'كبير الحجم (50 سم)', 'in large size (50 cm)', {
          size: 'large',
        }),
      ],
    },
    {
      key: 'hat',
      category: 'clothing',
      name: t('Chapeau en doum', 'قبعة من الدوم', 'Doum palm hat'),
      how: t(
        'Le doum est tressé en longue natte, puis cousu en spirale à partir du sommet.',
        'يُضفر الدوم في شريط طويل، ثم يُخاط حلزونيًا ابتداءً من القمة.',
        'The doum is plaited into a long braid, then sewn in a spiral from the crown down.',
      ),
      price: [80, 200],
      materials: ['doum palm'],
      image: 3,
      maxStock: 30,
      variations: [
        v('wide', 'à large bord', 'بحافة عريضة', 'with a wide brim'),
        v('fine', 'finement tressé', 'مضفورة بدقة', 'in fine plait'),
        v('cord', 'à cordon de laine', 'بحبل من الصوف', 'with a wool cord', {
          materials: ['wool'],
        }),
      ],
    },
    {
      key: 'market-bag',
      category: 'baskets',
      name: t('Couffin en doum', 'قفة من الدوم', 'Doum palm market bag'),
      how: t(
        'Les lanières de doum sont tressées à plat puis cousues en forme de sac, avec des anses renforcées.',
        'تُضفر شرائط الدوم بشكل مسطح ثم تُخاط على شكل قفة بمقابض مقوّاة.',
        'Doum strips are plaited flat, then sewn into a bag with reinforced handles.',
      ),
      price: [120, 300],
      materials: ['doum palm'],
      image: 4,
      maxStock: 25,
      variations: [
        v('leather-handles', 'à anses en cuir', 'بمقابض من الجلد', 'with leather handles', {
          materials: ['leather'],
        }),
        v('embroidered', 'brodé de laine', 'مطرزة بالصوف', 'embroidered with wool', {
          materials: ['wool'],
        }),
        v('natural', 'naturel', 'بلونها الطبيعي', 'in natural colour'),
      ],
    },
  ],
  argan: [
    {
      key: 'cosmetic-oil',
      category: 'beauty',
      name: t("Huile d'argan cosmétique", 'زيت الأركان التجميلي', 'Cosmetic argan oil'),
      how: t(
        'Les amandons sont concassés à la main par les femmes de la coopérative, puis pressés à froid sans torréfaction, pour la peau et les cheveux.',
        'تكسر نساء التعاونية نوى الأركان يدويًا، ثم تُعصر اللوزات على البارد دون تحميص، للعناية بالبشرة والشعر.',
        "The kernels are cracked by hand by the cooperative's women, then cold-pressed without roasting, for skin and hair.",
      ),
      price: [120, 250],
      materials: ['argan oil'],
      image: 1,
      maxStock: 40,
      consumable: true,
      variations: [
        v('100ml', '(100 ml)', '(100 مل)', '(100 ml)'),
        v('50ml', '(50 ml, compte-gouttes)', '(50 مل بقطارة)', '(50 ml dropper)', {
          price: [70, 140],
        }),
        v('250ml', '(250 ml)', '(250 مل)', '(250 ml)', { price: [280, 480] }),
        v(
          'rose',
          'parfumée à la rose (100 ml)',
          'معطر بالورد (100 مل)',
          'scented with rose (100 ml)',
          {
            materials: ['damask rose'],
          },
        ),
        v(
          'orange-blossom',
          "à la fleur d'oranger (100 ml)",
          'بزهر البرتقال (100 مل)',
          'with orange blossom (100 ml)',
          { materials: ['orange blossom'] },
        ),
      ],
    },
    {
      key: 'cream',
      category: 'beauty',
      name: t("Crème à l'argan", 'كريم بزيت الأركان', 'Argan cream'),
      how: t(
        "Elle est préparée en petites séries à l'atelier de la coopérative, avec de l'huile d'argan pressée sur place et de la cire d'abeille.",
        'يُحضَّر في دفعات صغيرة بمشغل التعاونية، بزيت أركان معصور في عين المكان وشمع النحل.',
        "It is made in small batches in the cooperative's workshop, with argan oil pressed on site and beeswax.",
      ),
      price: [90, 180],
      materials: ['argan oil', 'beeswax'],
      image: 2,
      maxStock: 40,
      consumable: true,
      variations: [
        v('hands', 'pour les mains (50 ml)', 'لليدين (50 مل)', 'for hands (50 ml)'),
        v('face', 'pour le visage (50 ml)', 'للوجه (50 مل)', 'for the face (50 ml)'),
        v('body', 'pour le corps (200 ml)', 'للجسم (200 مل)', 'for the body (200 ml)', {
          price: [160, 260],
        }),
      ],
    },
    {
      key: 'beldi-soap',
      category: 'beauty',
      name: t(
        "Savon noir beldi à l'argan",
        'صابون بلدي أسود بالأركان',
        'Black beldi soap with argan',
      ),
      how: t(
        "C'est une pâte d'huile d'olive et d'argan saponifiée à l'ancienne, à utiliser au hammam avec un gant de kessa.",
        'عجينة من زيت الزيتون وزيت الأركان مصبّنة بالطريقة التقليدية، تُستعمل في الحمام مع قفاز التقشير (الكيس).',
        'A paste of olive and argan oil saponified the traditional way, for the hammam with a kessa glove.',
      ),
      price: [40, 90],
      materials: ['olive oil', 'argan oil'],
      image: 3,
      maxStock: 40,
      consumable: true,
      variations: [
        v('eucalyptus', "et à l'eucalyptus", 'والأوكالبتوس', 'and eucalyptus', {
          materials: ['eucalyptus'],
        }),
        v('plain', '(250 g)', '(250 غ)', '(250 g)'),
        v('rose', 'et à la rose (500 g)', 'والورد (500 غ)', 'and rose (500 g)', {
          price: [70, 120],
          materials: ['damask rose'],
        }),
      ],
    },
    {
      key: 'gift-set',
      category: 'beauty',
      name: t('Coffret argan', 'علبة هدايا الأركان', 'Argan gift set'),
      how: t(
        'Chaque coffret est composé et emballé à la main par les membres de la coopérative, avec des produits de la dernière récolte.',
        'تُجهَّز كل علبة وتُغلَّف يدويًا من طرف عضوات التعاونية، بمنتجات من آخر موسم جني.',
        "Each set is put together and wrapped by hand by the cooperative's members, with products from the latest harvest.",
      ),
      price: [250, 450],
      materials: ['argan oil', 'olive oil', 'beeswax'],
      image: 4,
      maxStock: 20,
      consumable: true,
      variations: [
        v(
          'trio',
          'avec huile, savon et crème',
          'تضم الزيت والصابون والكريم',
          'with oil, soap and cream',
        ),
        v('thuya-box', 'en boîte de thuya', 'في علبة من العرعار', 'in a thuya box', {
          price: [380, 650],
          materials: ['thuya wood'],
        }),
      ],
    },
  ],
  'traditional-clothing': [
    {
      key: 'djellaba',
      category: 'clothing',
      name: t('Djellaba', 'جلابة', 'Djellaba'),
      how: t(
        'Elle est coupée et cousue à la main, puis finie de sfifa (passementerie) et de boutons en fil noués un à un.',
        'فُصّلت وخيطت يدويًا، ثم زُيّنت بالسفيفة وبأزرار من الخيط تُعقد واحدًا واحدًا.',
        'It is cut and sewn by hand, then finished with sfifa braid and thread buttons knotted one by one.',
      ),
      price: [700, 2500],
      materials: ['silk thread'],
      image: 1,
      maxStock: 6,
      variations: [
        v(
          'white-wool',
          'en laine blanche pour homme',
          'من الصوف الأبيض للرجال',
          "in white wool, men's",
          { materials: ['wool'] },
        ),
        v(
          'blue-crepe',
          'en crêpe bleu pour femme',
          'من الكريب الأزرق للنساء',
          "in blue crepe, women's",
          {
            materials: ['crepe'],
          },
        ),
        v('beige', 'beige à capuche brodée', 'بيج بقبّ مطرز', 'in beige with an embroidered hood', {
          materials: ['wool blend'],
        }),
      ],
    },
    {
      key: 'kaftan',
      category: 'clothing',
      name: t('Caftan', 'قفطان', 'Kaftan'),
      how: t(
        "Il est brodé à la main au fil de soie le long de l'encolure et des manches, et accompagné d'une ceinture assortie.",
        'طُرّز يدويًا بخيط الحرير على طول العنق والأكمام، ويُرافقه حزام مطابق.',
        'It is hand-embroidered in silk thread along the neckline and sleeves, and comes with a matching belt.',
      ),
      price: [1200, 6000],
      materials: ['silk thread', 'satin'],
      image: 2,
      unique: true,
      variations: [
        v('emerald', 'vert émeraude', 'بالأخضر الزمردي', 'in emerald green'),
        v('velvet', 'en velours bordeaux', 'من المخمل الخمري', 'in burgundy velvet', {
          materials: ['velvet'],
        }),
        v(
          'ivory-gold',
          "ivoire brodé d'or",
          'عاجي مطرز بالذهبي',
          'in ivory embroidered with gold',
          {
            size: 'large',
            materials: ['gold thread'],
          },
        ),
      ],
    },
    {
      key: 'gandoura',
      category: 'clothing',
      name: t('Gandoura', 'قندورة', 'Gandoura'),
      how: t(
        'Coupée dans un tissu léger et cousue à la machine, elle est finie à la main au col et aux manches.',
        'تُفصَّل من قماش خفيف وتُخاط آليًا، ثم تُشطَّب يدويًا عند العنق والأكمام.',
        'Cut from light fabric and machine-sewn, it is finished by hand at the collar and cuffs.',
      ),
      price: [300, 800],
      materials: ['cotton'],
      image: 3,
      maxStock: 10,
      variations: [
        v('linen', 'en lin écru', 'من الكتان الطبيعي', 'in undyed linen', { materials: ['linen'] }),
        v('embroidered', 'brodée au col', 'مطرزة عند العنق', 'with an embroidered collar'),
        v('indigo', 'en coton indigo', 'من القطن النيلي', 'in indigo cotton'),
      ],
    },
    {
      key: 'jabador',
      category: 'clothing',
      name: t('Jabador pour homme', 'جابادور رجالي', "Men's jabador"),
      how: t(
        'Tunique et pantalon assortis, il est orné de sfifa et de boutons en fil cousus à la main.',
        'قميص وسروال متناسقان، مزيّنان بالسفيفة وبأزرار من الخيط مخيطة يدويًا.',
        'A matching tunic and trousers, trimmed with sfifa and hand-sewn thread buttons.',
      ),
      price: [500, 1500],
      materials: ['cotton', 'silk thread'],
      image: 4,
      maxStock: 8,
      variations: [
        v('off-white', 'blanc cassé', 'بلون أبيض عاجي', 'in off-white'),
        v('midnight', 'bleu nuit à sfifa', 'أزرق ليلي بالسفيفة', 'in midnight blue with sfifa'),
        v('grey', 'gris perle', 'رمادي لؤلؤي', 'in pearl grey'),
      ],
    },
  ],
};

// ---------------------------------------------------------------------------------------------
// Building.

interface SellerBuild {
  seller: DemoSeller;
  town: Town;
  people: Person[];
}

interface Combo {
  type: ProductType;
  variation: Variation;
}

function buildSellers(count: number): SellerBuild[] {
  const builds: SellerBuild[] = [];
  const slugs = new Set<string>();
  const names = new Set<string>();
  const phones = new Set<string>();
  for (let index = 0; index < count; index++) {
    const handWritten = index < SELLER_SEEDS.length;
    const seed = handWritten
      ? SELLER_SEEDS[index]
      : generatedSeed(index, SELLER_SEEDS[index % SELLER_SEEDS.length], names);
    const town: Town = TOWNS[seed.town];
    const wanted = handWritten ? seed.slug : slugify(seed.name);
    let slug = wanted;
    for (let n = 2; slugs.has(slug); n++) slug = `${wanted}-${n}`;
    slugs.add(slug);
    names.add(seed.name);

    const rng = rngFor(`seller:${slug}`);
    const drawPhone = () =>
      `+212 6${intBetween(rng, 0, 9)}${intBetween(rng, 0, 9)} ` +
      `${pad(intBetween(rng, 0, 99), 2)} ${pad(intBetween(rng, 0, 99), 2)} ` +
      `${pad(intBetween(rng, 0, 99), 2)}`;
    let phone = drawPhone();
    while (phones.has(phone)) phone = drawPhone();
    phones.add(phone);

    const abbreviation = PROVINCE_ABBREVIATION[town.province];
    const expiresOn =
      `${intBetween(rng, 2027, 2030)}-${pad(intBetween(rng, 1, 12), 2)}-` +
      `${pad(intBetween(rng, 1, 28), 2)}`;
    const artisan = seed.kind === 'artisan';
    const year = artisan ? intBetween(rng, 2016, 2024) : intBetween(rng, 2008, 2022);
    const serial = artisan ? pad(intBetween(rng, 1, 99999), 5) : pad(intBetween(rng, 1, 9999), 4);
    const people = seed.people.map(person);
    builds.push({
      town,
      people,
      seller: {
        slug,
        kind: seed.kind,
        name: seed.name,
        province: town.province,
        craft: seed.craft,
        bio: { ...seed.bio },
        phone,
        workshopAddress: seed.address,
        artisanCardNumber: artisan ? `CA-${abbreviation}-${year}-${serial}` : null,
        artisanCardExpiresOn: artisan ? expiresOn : null,
        registrationNumber: artisan ? null : `COOP-${abbreviation}-${year}-${serial}`,
        members: artisan ? [] : people.map((member) => ({ name: member.name, craft: seed.craft })),
        ownerEmail: seed.ownerEmail ?? null,
      },
    });
  }
  return builds;
}

/** Every type × variation a seller of this craft and province can list, types interleaved. */
function combosFor(craft: CraftSlug, province: ProvinceCode): Combo[] {
  const offered = (only?: ProvinceCode[]) => !only || only.includes(province);
  const local = PRODUCT_TYPES[craft]
    .filter((type) => offered(type.only))
    .map((type) => ({ type, variations: type.variations.filter((v) => offered(v.only)) }))
    .filter((entry) => entry.variations.length > 0);
  const types =
    local.length > 0
      ? local
      : PRODUCT_TYPES[craft].map((type) => ({ type, variations: type.variations }));
  const longest = Math.max(...types.map((entry) => entry.variations.length));
  const combos: Combo[] = [];
  for (let index = 0; index < longest; index++) {
    for (const { type, variations } of types) {
      const variation = variations[index];
      if (variation) combos.push({ type, variation });
    }
  }
  return combos;
}

function priceCentimes(rng: Rng, type: ProductType, variation: Variation): number {
  const [min, max] = variation.price ?? type.price;
  const roll = rng();
  const position =
    variation.size === 'small'
      ? roll * 0.35
      : variation.size === 'large'
        ? 0.65 + roll * 0.35
        : roll;
  let mad = min + (max - min) * position;
  if (mad >= 5000) mad = Math.round(mad / 100) * 100;
  else if (mad >= 1000) mad = Math.round(mad / 50) * 50;
  else if (mad >= 100) {
    // Shops price either round (450) or just under (449).
    mad = Math.round(mad / 10) * 10;
    if (rng() < 0.45) mad -= 1;
  } else mad = Math.max(10, Math.round(mad / 5) * 5);
  return mad * 100;
}

function stockFor(rng: Rng, type: ProductType): number {
  const roll = rng();
  if (type.unique) return roll < 0.06 ? 0 : 1;
  if (roll < 0.03) return 0;
  if (roll < 0.2) return 1;
  return intBetween(rng, 2, type.maxStock ?? 25);
}

function imageKeysFor(rng: Rng, craft: CraftSlug, type: ProductType): string[] {
  const others = ([1, 2, 3, 4] as const).filter((index) => index !== type.image);
  for (let i = others.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [others[i], others[j]] = [others[j], others[i]];
  }
  const extra = intBetween(rng, 0, 2);
  return [type.image, ...others.slice(0, extra)].map((index) => `${craft}-${index}`);
}

function makerSentence(build: SellerBuild, maker: Person, consumable: boolean): Text {
  const place = placeText(build.town);
  const she = maker.gender === 'f';
  if (build.seller.kind === 'cooperative') {
    const coop = build.seller.name;
    if (consumable) {
      return t(
        `Ce produit a été préparé par ${maker.name}, membre de la ${coop}, à ${place.fr}.`,
        she
          ? `حضّرت ${maker.ar}، إحدى عضوات التعاونية، هذا المنتج في ${place.ar}.`
          : `حضّر ${maker.ar}، أحد أعضاء التعاونية، هذا المنتج في ${place.ar}.`,
        `Prepared by ${maker.name}, a member of ${coop}, in ${place.en}.`,
      );
    }
    return t(
      `Cette pièce a été réalisée par ${maker.name}, membre de la ${coop}, à ${place.fr}.`,
      she
        ? `صنعت ${maker.ar}، إحدى عضوات التعاونية، هذه القطعة في ${place.ar}.`
        : `صنع ${maker.ar}، أحد أعضاء التعاونية، هذه القطعة في ${place.ar}.`,
      `Made by ${maker.name}, a member of ${coop}, in ${place.en}.`,
    );
  }
  const his = she ? 'her' : 'his';
  if (consumable) {
    return t(
      `Ce produit a été préparé par ${maker.name} dans son atelier ${deFr(place.fr)}.`,
      she
        ? `حضّرت ${maker.ar} هذا المنتج في ورشتها ب${place.ar}.`
        : `حضّر ${maker.ar} هذا المنتج في ورشته ب${place.ar}.`,
      `Prepared by ${maker.name} in ${his} workshop in ${place.en}.`,
    );
  }
  return t(
    `Cette pièce a été réalisée à la main par ${maker.name} dans son atelier ${deFr(place.fr)}.`,
    she
      ? `صنعت ${maker.ar} هذه القطعة يدويًا في ورشتها ب${place.ar}.`
      : `صنع ${maker.ar} هذه القطعة يدويًا في ورشته ب${place.ar}.`,
    `Made by hand by ${maker.name} in ${his} workshop in ${place.en}.`,
  );
}

function joinTitle(type: ProductType, variation: Variation, edition: number): Text {
  const suffix: Text =
    edition > 1
      ? t(` (modèle ${edition})`, ` (نموذج ${edition})`, ` (model ${edition})`)
      : t('', '', '');
  return {
    fr: `${type.name.fr} ${variation.text.fr}${suffix.fr}`,
    ar: `${type.name.ar} ${variation.text.ar}${suffix.ar}`,
    en: `${type.name.en} ${variation.text.en}${suffix.en}`,
  };
}

/** Distinct minute offsets spread over ~90 days, in an order unrelated to the product index. */
function creationOffsets(count: number): number[] {
  const rng = rngFor(`created:${count}`);
  const step = Math.max(SPREAD_MINUTES, count) / Math.max(count, 1);
  const offsets = Array.from(
    { length: count },
    (_, index) => 1 + Math.floor(index * step + rng() * step * 0.8),
  );
  for (let i = offsets.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [offsets[i], offsets[j]] = [offsets[j], offsets[i]];
  }
  return offsets;
}

export function buildDemoCatalog(options: { products?: number; sellers?: number } = {}): {
  sellers: DemoSeller[];
  products: DemoProduct[];
} {
  const sellerCount = Math.max(
    DEMO_SELLER_COUNT_MIN,
    Math.floor(options.sellers ?? DEMO_SELLER_COUNT_DEFAULT),
  );
  const productCount = Math.max(0, Math.floor(options.products ?? DEMO_PRODUCT_COUNT_DEFAULT));
  const builds = buildSellers(sellerCount);
  const offsets = creationOffsets(productCount);

  const combosByGroup = new Map<string, Combo[]>();
  const nextByGroup = new Map<string, number>();
  const usedCombos = new Set<string>();
  const slugUses = new Map<string, number>();
  const usedSlugs = new Set<string>();
  const products: DemoProduct[] = [];

  for (let index = 0; index < productCount; index++) {
    const build = builds[index % builds.length];
    const { seller } = build;
    // Sellers of the same craft in the same province draw from one list, so their titles differ.
    const group = `${seller.craft}:${seller.province}`;
    let combos = combosByGroup.get(group);
    if (!combos) {
      combos = combosFor(seller.craft, seller.province);
      combosByGroup.set(group, combos);
    }
    // Prefer a type × variation no other seller of the craft has listed yet; once all are
    // taken (large benchmarks), cycle and let the edition number tell them apart.
    const next = nextByGroup.get(group) ?? 0;
    let chosen = next;
    for (let attempt = 0; attempt < combos.length; attempt++) {
      const candidate = combos[(next + attempt) % combos.length];
      if (!usedCombos.has(`${seller.craft}:${candidate.type.key}:${candidate.variation.key}`)) {
        chosen = next + attempt;
        break;
      }
    }
    nextByGroup.set(group, chosen + 1);
    const { type, variation } = combos[chosen % combos.length];
    usedCombos.add(`${seller.craft}:${type.key}:${variation.key}`);

    const base = `${type.key}-${variation.key}-${seller.slug}`
      .slice(0, MAX_SLUG_LENGTH - 8)
      .replace(/-+$/, '');
    let edition = slugUses.get(base) ?? 0;
    let slug: string;
    do {
      edition++;
      slug = edition > 1 ? `${base}-${edition}` : base;
    } while (usedSlugs.has(slug));
    slugUses.set(base, edition);
    usedSlugs.add(slug);

    const rng = rngFor(`product:${slug}`);
    const maker = seller.kind === 'cooperative' ? pick(rng, build.people) : build.people[0];
    const sentence = makerSentence(build, maker, type.consumable === true);

    products.push({
      slug,
      sellerSlug: seller.slug,
      title: joinTitle(type, variation, edition),
      description: {
        fr: `${type.how.fr} ${sentence.fr}`,
        ar: `${type.how.ar} ${sentence.ar}`,
        en: `${type.how.en} ${sentence.en}`,
      },
      priceCentimes: priceCentimes(rng, type, variation),
      stock: stockFor(rng, type),
      category: type.category,
      craft: seller.craft,
      province: seller.province,
      materials: [...new Set([...type.materials, ...(variation.materials ?? [])])],
      madeByMemberName: seller.kind === 'cooperative' ? maker.name : null,
      imageKeys: imageKeysFor(rng, seller.craft, type),
      createdMinutesAgo: offsets[index],
    });
  }
  return { sellers: builds.map((build) => build.seller), products };
}
