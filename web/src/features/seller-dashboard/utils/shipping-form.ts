import {
  SHIPPING_AMOUNT_MAX,
  type ApiErrorDetail,
  type SellerShippingSettings,
} from '@hirfa/shared';
import { parsePriceToCentimes, type PriceParse } from './price';

export const SHIPPING_FIELDS = ['moroccoAmount', 'internationalAmount'] as const;
export type ShippingField = (typeof SHIPPING_FIELDS)[number];

export type ShippingFormValues = Record<ShippingField, string>;

export type ShippingProblem =
  { code: 'required' | 'format' | 'tooLarge' } | { code: 'server'; message: string };

export type ShippingProblems = Partial<Record<ShippingField, ShippingProblem>>;

/** A flat rate may be free (0) and goes up to the API's ceiling. */
const SHIPPING_BOUNDS = { min: 0, max: SHIPPING_AMOUNT_MAX };

export function parseShippingAmount(text: string): PriceParse {
  return parsePriceToCentimes(text, SHIPPING_BOUNDS);
}

function problemOf(parse: PriceParse): ShippingProblem | null {
  if (parse.ok) return null;
  switch (parse.problem) {
    case 'priceRequired':
      return { code: 'required' };
    case 'priceTooLarge':
      return { code: 'tooLarge' };
    default:
      return { code: 'format' };
  }
}

export type ShippingRead =
  { ok: true; settings: SellerShippingSettings } | { ok: false; problems: ShippingProblems };

/** Both rates as integer centimes, read from the dirhams the seller typed. */
export function readShippingForm(values: ShippingFormValues): ShippingRead {
  const problems: ShippingProblems = {};
  const amounts = {} as SellerShippingSettings;
  for (const field of SHIPPING_FIELDS) {
    const parse = parseShippingAmount(values[field]);
    const problem = problemOf(parse);
    if (problem) problems[field] = problem;
    else if (parse.ok) amounts[field] = parse.amount;
  }
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  return { ok: true, settings: amounts };
}

/** The body of the PATCH: only the rates that changed. */
export function shippingChanges(
  before: SellerShippingSettings,
  after: SellerShippingSettings,
): Partial<SellerShippingSettings> {
  const changes: Partial<SellerShippingSettings> = {};
  for (const field of SHIPPING_FIELDS) {
    if (before[field] !== after[field]) changes[field] = after[field];
  }
  return changes;
}

/** The API's per-field refusals placed on the form; the rest come back apart. */
export function shippingProblemsFromApi(details: readonly ApiErrorDetail[] | undefined): {
  problems: ShippingProblems;
  others: string[];
} {
  const problems: ShippingProblems = {};
  const others: string[] = [];
  for (const detail of details ?? []) {
    const message = detail.messages.join(' ');
    const field = SHIPPING_FIELDS.find((name) => name === detail.field);
    if (field && !problems[field]) problems[field] = { code: 'server', message };
    else others.push(message);
  }
  return { problems, others };
}
