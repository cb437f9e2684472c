import { CHECKOUT_LIMITS as LIMITS, type ApiErrorDetail } from '@hirfa/shared';

export const FIELDS = [
  'email',
  'name',
  'phone',
  'line1',
  'line2',
  'city',
  'postalCode',
  'country',
] as const;
export type Field = (typeof FIELDS)[number];

export type FormValues = Record<Field, string>;

/** Why a field is refused; each has its own text. */
export type Problem = 'required' | 'invalid' | 'tooLong';

export type Problems = Partial<Record<Field, Problem>>;

const MAX_LENGTH: Record<Field, number> = {
  email: LIMITS.emailMaxLength,
  name: LIMITS.nameMaxLength,
  phone: LIMITS.phoneMaxLength,
  line1: LIMITS.addressLineMaxLength,
  line2: LIMITS.addressLineMaxLength,
  city: LIMITS.cityMaxLength,
  postalCode: LIMITS.postalCodeMaxLength,
  country: 2,
};

export function maxLength(field: Field): number {
  return MAX_LENGTH[field];
}

// The same rules as the API's, so that most mistakes are caught before sending.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[0-9][0-9 ().-]{5,28}$/;
const POSTAL_CODE = /^[A-Za-z0-9][A-Za-z0-9 -]*$/;
const COUNTRY = /^[A-Z]{2}$/;
const MIN_LENGTH: Partial<Record<Field, number>> = { name: 2, line1: 3, city: 2 };

export function validate(values: FormValues): Problems {
  const problems: Problems = {};
  for (const field of FIELDS) {
    const value = values[field].trim();
    const optional = field === 'line2' || field === 'postalCode';
    if (value === '') {
      if (!optional) problems[field] = 'required';
      continue;
    }
    if (value.length > MAX_LENGTH[field]) {
      problems[field] = 'tooLong';
      continue;
    }
    const tooShort = value.length < (MIN_LENGTH[field] ?? 0);
    const malformed =
      (field === 'email' && !EMAIL.test(value)) ||
      (field === 'phone' && !PHONE.test(value)) ||
      (field === 'postalCode' && !POSTAL_CODE.test(value)) ||
      (field === 'country' && !COUNTRY.test(value));
    if (tooShort || malformed) problems[field] = 'invalid';
  }
  return problems;
}

/** The API names address fields `shipping.<field>`. */
const API_FIELDS: Record<string, Field> = {
  email: 'email',
  'shipping.name': 'name',
  'shipping.phone': 'phone',
  'shipping.line1': 'line1',
  'shipping.line2': 'line2',
  'shipping.city': 'city',
  'shipping.postalCode': 'postalCode',
  'shipping.country': 'country',
};

/** The API's per-field refusals as this form's fields; the rest are returned as they came. */
export function problemsFromApi(details: readonly ApiErrorDetail[]): {
  problems: Problems;
  others: string[];
} {
  const problems: Problems = {};
  const others: string[] = [];
  for (const detail of details) {
    const field = API_FIELDS[detail.field];
    if (field) problems[field] = 'invalid';
    else others.push(...detail.messages);
  }
  return { problems, others };
}
