import {
  COOPERATIVE_MEMBERS_LIMIT,
  CRAFTS,
  ISO_DATE_PATTERN,
  LANGUAGES,
  MOROCCAN_PHONE_PATTERN,
  SELLER_BIO_MAX_LENGTH,
  SELLER_NAME_LENGTH,
  isProvinceCode,
  type Language,
  type SellerApplication,
  type SellerApplicationContent,
  type SellerKind,
  type Translated,
} from '@hirfa/shared';

export interface MemberRow {
  /** Keeps React's row identity stable while rows are added and removed. */
  key: string;
  name: string;
  craft: string;
}

export interface ApplicationFormValues {
  kind: SellerKind;
  name: string;
  province: string;
  craft: string;
  workshopAddress: string;
  phone: string;
  artisanCardNumber: string;
  artisanCardExpiresOn: string;
  registrationNumber: string;
  members: MemberRow[];
  bio: Record<Language, string>;
}

let rowCount = 0;

export function newMemberRow(member: { name: string; craft: string } = { name: '', craft: '' }) {
  rowCount += 1;
  return { key: `member-${rowCount}`, name: member.name, craft: member.craft };
}

export function emptyValues(): ApplicationFormValues {
  return {
    kind: 'artisan',
    name: '',
    province: '',
    craft: '',
    workshopAddress: '',
    phone: '',
    artisanCardNumber: '',
    artisanCardExpiresOn: '',
    registrationNumber: '',
    members: [],
    bio: { fr: '', ar: '', en: '' },
  };
}

/** A stored application, as the form shows it again. */
export function valuesOf(application: SellerApplication): ApplicationFormValues {
  return {
    kind: application.kind,
    name: application.name,
    province: application.province,
    craft: application.craft,
    workshopAddress: application.workshopAddress ?? '',
    phone: application.phone ?? '',
    artisanCardNumber: application.artisanCardNumber ?? '',
    artisanCardExpiresOn: application.artisanCardExpiresOn ?? '',
    registrationNumber: application.registrationNumber ?? '',
    members: application.members.map((member) => newMemberRow(member)),
    bio: {
      fr: application.bio.fr ?? '',
      ar: application.bio.ar ?? '',
      en: application.bio.en ?? '',
    },
  };
}

/** Switching to a cooperative starts its list of members with one empty row. */
export function withKind(values: ApplicationFormValues, kind: SellerKind): ApplicationFormValues {
  const members =
    kind === 'cooperative' && values.members.length === 0 ? [newMemberRow()] : values.members;
  return { ...values, kind, members };
}

/**
 * What the API is sent: trimmed texts, languages without text left out, and only the fields
 * of the chosen kind (the API refuses a card for a cooperative, and members for an artisan).
 */
export function contentOf(values: ApplicationFormValues): SellerApplicationContent {
  const bio: Translated = {};
  for (const language of LANGUAGES) {
    const text = values.bio[language].trim();
    if (text) bio[language] = text;
  }
  const common = {
    kind: values.kind,
    name: values.name.trim(),
    province: values.province as SellerApplicationContent['province'],
    craft: values.craft,
    workshopAddress: values.workshopAddress.trim(),
    phone: values.phone.trim(),
    bio,
  };
  if (values.kind === 'artisan') {
    return {
      ...common,
      artisanCardNumber: values.artisanCardNumber.trim() || undefined,
      artisanCardExpiresOn: values.artisanCardExpiresOn || undefined,
    };
  }
  return {
    ...common,
    registrationNumber: values.registrationNumber.trim() || undefined,
    members: values.members.map((member) => ({ name: member.name.trim(), craft: member.craft })),
  };
}

/** A problem with one field: the key of its text, and the member's number for member fields. */
export interface Problem {
  message: ProblemMessage;
  number?: number;
}

export type ProblemMessage =
  | 'kind'
  | 'name'
  | 'province'
  | 'craft'
  | 'workshopAddress'
  | 'phone'
  | 'artisanCardNumber'
  | 'artisanCardExpiresOn'
  | 'registrationNumber'
  | 'members'
  | 'memberName'
  | 'memberCraft'
  | 'bio'
  | 'bioLength';

/** Field paths as the API names them: `name`, `bio.ar`, `members.2.craft`… */
export type Problems = Record<string, Problem>;

const CRAFT_SLUGS: ReadonlySet<string> = new Set(CRAFTS.map((craft) => craft.slug));
const NO_MARKUP = /^[^<>]*$/;
const CARD_NUMBER = /^[A-Za-z0-9][A-Za-z0-9 /-]*$/;
const REGISTRATION_NUMBER = /^[A-Za-z0-9][A-Za-z0-9 /.-]*$/;

function isName(value: string): boolean {
  const name = value.trim();
  return (
    name.length >= SELLER_NAME_LENGTH.min &&
    name.length <= SELLER_NAME_LENGTH.max &&
    NO_MARKUP.test(name)
  );
}

function between(value: string, min: number, max: number): boolean {
  const text = value.trim();
  return text.length >= min && text.length <= max;
}

/** The same rules as the API's, so that most mistakes are caught before sending. */
export function validate(values: ApplicationFormValues): Problems {
  const problems: Problems = {};
  const add = (field: string, message: ProblemMessage, number?: number) => {
    problems[field] = number === undefined ? { message } : { message, number };
  };

  if (!isName(values.name)) add('name', 'name');
  if (!isProvinceCode(values.province)) add('province', 'province');
  if (!CRAFT_SLUGS.has(values.craft)) add('craft', 'craft');
  if (!between(values.workshopAddress, 5, 300)) add('workshopAddress', 'workshopAddress');
  if (!MOROCCAN_PHONE_PATTERN.test(values.phone.replace(/[\s.-]/g, ''))) add('phone', 'phone');

  if (values.kind === 'artisan') {
    const card = values.artisanCardNumber.trim();
    if (!between(card, 3, 40) || !CARD_NUMBER.test(card)) {
      add('artisanCardNumber', 'artisanCardNumber');
    }
    if (!isIsoDate(values.artisanCardExpiresOn)) {
      add('artisanCardExpiresOn', 'artisanCardExpiresOn');
    }
  } else {
    const registration = values.registrationNumber.trim();
    if (!between(registration, 3, 60) || !REGISTRATION_NUMBER.test(registration)) {
      add('registrationNumber', 'registrationNumber');
    }
    const count = values.members.length;
    if (count < COOPERATIVE_MEMBERS_LIMIT.min || count > COOPERATIVE_MEMBERS_LIMIT.max) {
      add('members', 'members');
    }
    values.members.forEach((member, index) => {
      if (!isName(member.name)) add(`members.${index}.name`, 'memberName', index + 1);
      if (!CRAFT_SLUGS.has(member.craft)) add(`members.${index}.craft`, 'memberCraft', index + 1);
    });
  }

  let anyBio = false;
  for (const language of LANGUAGES) {
    const text = values.bio[language].trim();
    if (text) anyBio = true;
    if (text.length > SELLER_BIO_MAX_LENGTH) add(`bio.${language}`, 'bioLength');
  }
  if (!anyBio) add('bio', 'bio');
  return problems;
}

/** A real calendar day written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  if (!ISO_DATE_PATTERN.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

let moroccanDay: Intl.DateTimeFormat | undefined;

/** Today's date in Morocco, YYYY-MM-DD: the chamber judges a card's expiry on Moroccan time. */
export function todayInMorocco(now: Date = new Date()): string {
  moroccanDay ??= new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Africa/Casablanca',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  return moroccanDay.format(now);
}

/** The API's names for its complaints, turned into problems the form can show. */
export function problemsFromApi(fields: Iterable<string>): Problems {
  const problems: Problems = {};
  for (const field of fields) {
    const member = /^members\.(\d+)\.(name|craft)$/.exec(field);
    if (member) {
      const number = Number(member[1]) + 1;
      problems[field] = {
        message: member[2] === 'name' ? 'memberName' : 'memberCraft',
        number,
      };
    } else if (/^bio\.(fr|ar|en)$/.test(field)) {
      problems[field] = { message: 'bioLength' };
    } else if (KNOWN_FIELDS.has(field)) {
      problems[field] = { message: field as ProblemMessage };
    }
  }
  return problems;
}

const KNOWN_FIELDS: ReadonlySet<string> = new Set([
  'kind',
  'name',
  'province',
  'craft',
  'workshopAddress',
  'phone',
  'artisanCardNumber',
  'artisanCardExpiresOn',
  'registrationNumber',
  'members',
  'bio',
]);

/** Whether the API named a field the form does not show, so its words must be shown as is. */
export function hasUnknownField(fields: Iterable<string>): boolean {
  for (const field of fields) if (!(field in problemsFromApi([field]))) return true;
  return false;
}
