import {
  COOPERATIVE_MEMBERS_LIMIT,
  LANGUAGES,
  type ApiErrorDetail,
  type CooperativeMemberInput,
  type ProvinceCode,
  type SellerKind,
  type Translated,
  type UpdateSellerApplicationRequest,
} from '@hirfa/shared';

/** An application's content as stored; null where nothing was given. */
export interface ApplicationContent {
  kind: SellerKind | null;
  name: string | null;
  province: ProvinceCode | null;
  craft: string | null;
  workshopAddress: string | null;
  phone: string | null;
  bio: Translated | null;
  artisanCardNumber: string | null;
  artisanCardExpiresOn: string | null;
  registrationNumber: string | null;
  members: CooperativeMemberInput[] | null;
}

/** What a request may give, with null meaning "clear". */
export type ApplicationInput = {
  [Field in keyof UpdateSellerApplicationRequest]?: UpdateSellerApplicationRequest[Field] | null;
};

const ARTISAN_ONLY = ['artisanCardNumber', 'artisanCardExpiresOn'] as const;
const COOPERATIVE_ONLY = ['registrationNumber', 'members'] as const;
const CONTENT_FIELDS = [
  'kind',
  'name',
  'province',
  'craft',
  'workshopAddress',
  'phone',
  'bio',
  ...ARTISAN_ONLY,
  ...COOPERATIVE_ONLY,
] as const satisfies readonly (keyof ApplicationContent)[];

/** Keeps the languages that have text; an empty bio is no bio. */
export function cleanBio(bio: Translated | null | undefined): Translated | null {
  if (!bio) return null;
  const cleaned: Translated = {};
  for (const language of LANGUAGES) {
    const text = bio[language]?.trim();
    if (text) cleaned[language] = text;
  }
  return Object.keys(cleaned).length > 0 ? cleaned : null;
}

export const EMPTY_APPLICATION: ApplicationContent = {
  kind: null,
  name: null,
  province: null,
  craft: null,
  workshopAddress: null,
  phone: null,
  bio: null,
  artisanCardNumber: null,
  artisanCardExpiresOn: null,
  registrationNumber: null,
  members: null,
};

/**
 * Applies an edit: given fields replace stored ones. When the kind changes, what belonged
 * to the other kind is dropped unless the edit itself sends it, which is then refused.
 */
export function applyEdit(current: ApplicationContent, edit: ApplicationInput): ApplicationContent {
  const next: ApplicationContent = { ...current };
  const given = (field: keyof ApplicationInput) => edit[field] !== undefined;
  for (const field of CONTENT_FIELDS) {
    if (!given(field)) continue;
    const value = edit[field];
    Object.assign(next, { [field]: field === 'bio' ? cleanBio(edit.bio) : (value ?? null) });
  }
  if (next.kind) {
    const foreign = next.kind === 'artisan' ? COOPERATIVE_ONLY : ARTISAN_ONLY;
    for (const field of foreign) if (!given(field)) next[field] = null;
  }
  return next;
}

/** Every reason the application is incomplete or contradicts its kind; empty when it is fine. */
export function applicationProblems(content: ApplicationContent): ApiErrorDetail[] {
  const problems = new Map<string, string[]>();
  const add = (field: string, message: string) =>
    problems.set(field, [...(problems.get(field) ?? []), message]);

  const required = ['kind', 'name', 'province', 'craft', 'workshopAddress', 'phone'] as const;
  for (const field of required) if (content[field] === null) add(field, `${field} is required`);
  if (!cleanBio(content.bio)) {
    add('bio', 'bio needs a text in at least one language (fr, ar or en)');
  }

  const memberCount = content.members?.length ?? 0;
  if (content.kind === 'artisan') {
    if (!content.artisanCardNumber) {
      add('artisanCardNumber', 'an artisan must give the number of their artisan card');
    }
    if (!content.artisanCardExpiresOn) {
      add('artisanCardExpiresOn', 'an artisan must give the expiry date of their artisan card');
    }
    if (content.registrationNumber !== null) {
      add('registrationNumber', 'registrationNumber is for cooperatives only');
    }
    if (memberCount > 0) add('members', 'members are for cooperatives only');
  }
  if (content.kind === 'cooperative') {
    if (!content.registrationNumber) {
      add('registrationNumber', 'a cooperative must give its registration number');
    }
    if (
      memberCount < COOPERATIVE_MEMBERS_LIMIT.min ||
      memberCount > COOPERATIVE_MEMBERS_LIMIT.max
    ) {
      add(
        'members',
        `a cooperative must list between ${COOPERATIVE_MEMBERS_LIMIT.min} and ${COOPERATIVE_MEMBERS_LIMIT.max} members`,
      );
    }
    for (const field of ARTISAN_ONLY) {
      if (content[field] !== null) add(field, `${field} is for artisans only`);
    }
  }
  return [...problems].map(([field, messages]) => ({ field, messages }));
}
