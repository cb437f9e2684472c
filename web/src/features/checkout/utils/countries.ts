import type { Language } from '@hirfa/shared';

export const MOROCCO = 'MA';

/** Where most buyers from abroad live: listed right after Morocco. */
export const COMMON_COUNTRIES = [
  'FR',
  'ES',
  'BE',
  'DE',
  'IT',
  'NL',
  'GB',
  'US',
  'CA',
  'CH',
  'PT',
  'AE',
  'SA',
  'QA',
  'DZ',
  'TN',
  'SN',
] as const;

/** ISO 3166-1 alpha-2, every country a parcel can go to. */
const ALL_COUNTRIES = (
  'AD AE AF AG AI AL AM AO AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS ' +
  'BT BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE ' +
  'EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GT GU GW GY HK HN ' +
  'HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC ' +
  'LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ ' +
  'NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS ' +
  'RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TG TH TJ TK TL TM ' +
  'TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW'
).split(' ');

const LOCALES: Record<Language, string> = { fr: 'fr', ar: 'ar-MA', en: 'en' };

export interface CountryOption {
  code: string;
  name: string;
}

export interface CountryOptions {
  morocco: CountryOption;
  common: CountryOption[];
  others: CountryOption[];
}

const cache = new Map<Language, CountryOptions>();

/** Country names in the reader's language, from the browser's own data (no list to download). */
export function countryOptions(language: Language): CountryOptions {
  let options = cache.get(language);
  if (!options) {
    const names = new Intl.DisplayNames([LOCALES[language]], { type: 'region' });
    const option = (code: string): CountryOption => ({ code, name: names.of(code) ?? code });
    const listed = new Set<string>([MOROCCO, ...COMMON_COUNTRIES]);
    const collator = new Intl.Collator(LOCALES[language]);
    options = {
      morocco: option(MOROCCO),
      common: COMMON_COUNTRIES.map(option),
      others: ALL_COUNTRIES.filter((code) => !listed.has(code))
        .map(option)
        .sort((a, b) => collator.compare(a.name, b.name)),
    };
    cache.set(language, options);
  }
  return options;
}
