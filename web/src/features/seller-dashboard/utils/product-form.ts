import {
  LANGUAGES,
  SELLER_PRODUCT_LIMITS as LIMITS,
  type ApiErrorDetail,
  type CreateSellerProductRequest,
  type Language,
  type ProductDimensionsInput,
  type SellerProduct,
  type SellerProductTextsInput,
  type UpdateSellerProductRequest,
} from '@hirfa/shared';
import { centimesToPriceInput, normalizeDigits, parsePriceToCentimes } from './price';

export const DIMENSION_KEYS = ['lengthCm', 'widthCm', 'heightCm'] as const;
export type DimensionKey = (typeof DIMENSION_KEYS)[number];

type PerLanguage<T> = Record<Language, T>;

/** What the inputs hold: text as typed, so that nothing the seller writes is lost. */
export interface ProductFormValues {
  title: PerLanguage<string>;
  description: PerLanguage<string>;
  price: string;
  stock: string;
  oneOfAKind: boolean;
  madeToOrder: boolean;
  leadTimeDays: string;
  category: string;
  /** Empty on a new product: the API then takes the shop's craft. */
  craft: string;
  materials: string;
  dimensions: Record<DimensionKey, string>;
  weightGrams: string;
  madeByMemberId: string;
  visible: boolean;
}

export type FieldName =
  | 'title'
  | `title.${Language}`
  | `description.${Language}`
  | 'price'
  | 'stock'
  | 'oneOfAKind'
  | 'leadTimeDays'
  | 'category'
  | 'craft'
  | 'materials'
  | `dimensions.${DimensionKey}`
  | 'weightGrams'
  | 'madeByMemberId'
  | 'visible';

/** The order fields appear in on the form, which the error summary follows. */
export const FIELD_ORDER: readonly FieldName[] = [
  'title',
  ...LANGUAGES.flatMap((language) => [`title.${language}`, `description.${language}`] as const),
  'price',
  'oneOfAKind',
  'stock',
  'leadTimeDays',
  'category',
  'craft',
  'materials',
  ...DIMENSION_KEYS.map((key) => `dimensions.${key}` as const),
  'weightGrams',
  'madeByMemberId',
  'visible',
];

export type FieldProblem =
  | { code: 'titleRequired' | 'priceRequired' | 'priceFormat' | 'priceTooSmall' }
  | { code: 'priceTooLarge' | 'required' | 'integer' | 'categoryRequired' }
  | { code: 'leadTimeRequired' | 'uniqueStock' }
  | { code: 'range'; min: number; max: number }
  | { code: 'materialTooLong' | 'tooManyMaterials'; max: number }
  /** A refusal worded by the API, shown as it came. */
  | { code: 'server'; message: string };

export type FieldProblems = Partial<Record<FieldName, FieldProblem>>;

/** The product the form describes, every value read and checked. */
export interface ProductDraft {
  title: PerLanguage<string | null>;
  description: PerLanguage<string | null>;
  price: number;
  stock: number;
  oneOfAKind: boolean;
  category: string;
  craft: string | null;
  materials: string[];
  dimensions: Record<DimensionKey, number | null>;
  weightGrams: number | null;
  leadTimeDays: number | null;
  madeByMemberId: string | null;
  visible: boolean;
}

const perLanguage = <T>(make: (language: Language) => T): PerLanguage<T> =>
  ({ fr: make('fr'), ar: make('ar'), en: make('en') }) as PerLanguage<T>;

const numberText = (value: number | null | undefined) =>
  value === null || value === undefined ? '' : String(value);

export function emptyProductForm(): ProductFormValues {
  return {
    title: perLanguage(() => ''),
    description: perLanguage(() => ''),
    price: '',
    stock: '1',
    oneOfAKind: false,
    madeToOrder: false,
    leadTimeDays: '',
    category: '',
    craft: '',
    materials: '',
    dimensions: { lengthCm: '', widthCm: '', heightCm: '' },
    weightGrams: '',
    madeByMemberId: '',
    visible: true,
  };
}

export function productFormFromProduct(
  product: SellerProduct,
  language: Language,
): ProductFormValues {
  return {
    title: perLanguage((lang) => product.title[lang] ?? ''),
    description: perLanguage((lang) => product.description[lang] ?? ''),
    price: centimesToPriceInput(product.price.amount, language),
    stock: String(product.stock),
    oneOfAKind: product.oneOfAKind,
    madeToOrder: product.leadTimeDays !== null,
    leadTimeDays: numberText(product.leadTimeDays),
    category: product.category,
    craft: product.craft,
    materials: product.materials.join(', '),
    dimensions: {
      lengthCm: numberText(product.dimensions?.lengthCm),
      widthCm: numberText(product.dimensions?.widthCm),
      heightCm: numberText(product.dimensions?.heightCm),
    },
    weightGrams: numberText(product.weightGrams),
    madeByMemberId: product.madeByMemberId ?? '',
    visible: product.visible,
  };
}

/** Commas (Latin or Arabic «،»), semicolons and line breaks all separate materials. */
export function splitMaterials(text: string): string[] {
  const materials = text
    .split(/[,\u060c;\n]/)
    .map((material) => material.trim())
    .filter((material) => material !== '');
  return [...new Set(materials)];
}

type WholeNumber = { ok: true; value: number | null } | { ok: false; problem: FieldProblem };

/** An optional whole number within bounds; blank is null. */
function readWholeNumber(text: string, min: number, max: number): WholeNumber {
  const compact = normalizeDigits(text).replace(/\s+/g, '');
  if (compact === '') return { ok: true, value: null };
  if (!/^\d+$/.test(compact)) return { ok: false, problem: { code: 'integer' } };
  const value = Number(compact);
  if (value < min || value > max) return { ok: false, problem: { code: 'range', min, max } };
  return { ok: true, value };
}

const blankToNull = (text: string) => (text.trim() === '' ? null : text.trim());

export type ReadResult = { ok: true; draft: ProductDraft } | { ok: false; problems: FieldProblems };

/** Checks the form against the API's own limits, so most mistakes are caught before sending. */
export function readProductForm(values: ProductFormValues): ReadResult {
  const problems: FieldProblems = {};
  const number = (field: FieldName, text: string, min: number, max: number) => {
    const read = readWholeNumber(text, min, max);
    if (read.ok) return read.value;
    problems[field] = read.problem;
    return null;
  };

  const title = perLanguage((language) => blankToNull(values.title[language]));
  if (LANGUAGES.every((language) => title[language] === null)) {
    problems.title = { code: 'titleRequired' };
  }
  const description = perLanguage((language) => blankToNull(values.description[language]));

  const price = parsePriceToCentimes(values.price);
  if (!price.ok) problems.price = { code: price.problem };

  const stock = number('stock', values.stock, 0, LIMITS.stockMax);
  if (stock === null && !problems.stock) problems.stock = { code: 'required' };
  if (values.oneOfAKind && stock !== null && stock > 1) problems.stock = { code: 'uniqueStock' };

  let leadTimeDays: number | null = null;
  if (values.madeToOrder) {
    leadTimeDays = number('leadTimeDays', values.leadTimeDays, 1, LIMITS.leadTimeMaxDays);
    if (leadTimeDays === null && !problems.leadTimeDays) {
      problems.leadTimeDays = { code: 'leadTimeRequired' };
    }
  }

  if (values.category === '') problems.category = { code: 'categoryRequired' };

  const materials = splitMaterials(values.materials);
  if (materials.length > LIMITS.materialsMax) {
    problems.materials = { code: 'tooManyMaterials', max: LIMITS.materialsMax };
  } else if (materials.some((material) => material.length > LIMITS.materialMaxLength)) {
    problems.materials = { code: 'materialTooLong', max: LIMITS.materialMaxLength };
  }

  const dimensions = {} as Record<DimensionKey, number | null>;
  for (const key of DIMENSION_KEYS) {
    dimensions[key] = number(`dimensions.${key}`, values.dimensions[key], 1, LIMITS.dimensionMaxCm);
  }
  const weightGrams = number('weightGrams', values.weightGrams, 1, LIMITS.weightMaxGrams);

  if (Object.keys(problems).length > 0 || !price.ok || stock === null) {
    return { ok: false, problems };
  }
  return {
    ok: true,
    draft: {
      title,
      description,
      price: price.amount,
      stock,
      oneOfAKind: values.oneOfAKind,
      category: values.category,
      craft: values.craft === '' ? null : values.craft,
      materials,
      dimensions,
      weightGrams,
      leadTimeDays,
      madeByMemberId: values.madeByMemberId === '' ? null : values.madeByMemberId,
      visible: values.visible,
    },
  };
}

function presentTexts(texts: PerLanguage<string | null>): SellerProductTextsInput | undefined {
  const present = LANGUAGES.filter((language) => texts[language] !== null);
  if (present.length === 0) return undefined;
  return Object.fromEntries(present.map((language) => [language, texts[language]]));
}

/** The body of `POST /seller/products`: what the seller filled in, nothing blank. */
export function toCreateRequest(draft: ProductDraft): CreateSellerProductRequest {
  const request: CreateSellerProductRequest = {
    title: presentTexts(draft.title) ?? {},
    price: { amount: draft.price, currency: 'MAD' },
    stock: draft.stock,
    oneOfAKind: draft.oneOfAKind,
    category: draft.category,
    materials: draft.materials,
    visible: draft.visible,
  };
  const description = presentTexts(draft.description);
  if (description) request.description = description;
  if (draft.craft !== null) request.craft = draft.craft;
  const dimensionKeys = DIMENSION_KEYS.filter((key) => draft.dimensions[key] !== null);
  if (dimensionKeys.length > 0) {
    request.dimensions = Object.fromEntries(
      dimensionKeys.map((key) => [key, draft.dimensions[key]]),
    );
  }
  if (draft.weightGrams !== null) request.weightGrams = draft.weightGrams;
  if (draft.leadTimeDays !== null) request.leadTimeDays = draft.leadTimeDays;
  if (draft.madeByMemberId !== null) request.madeByMemberId = draft.madeByMemberId;
  return request;
}

/** Per language, only the texts that changed; `null` clears one. */
function changedTexts(
  before: PerLanguage<string | null>,
  after: PerLanguage<string | null>,
): SellerProductTextsInput | undefined {
  const changed = LANGUAGES.filter((language) => (before[language] ?? null) !== after[language]);
  if (changed.length === 0) return undefined;
  return Object.fromEntries(changed.map((language) => [language, after[language]]));
}

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((item, index) => item === b[index]);

/**
 * The body of `PATCH /seller/products/:id`: only what differs from the product as loaded,
 * so a save never overwrites a field the seller did not touch.
 */
export function toUpdateRequest(
  product: SellerProduct,
  draft: ProductDraft,
): UpdateSellerProductRequest {
  const request: UpdateSellerProductRequest = {};
  const title = changedTexts(product.title, draft.title);
  if (title) request.title = title;
  const description = changedTexts(product.description, draft.description);
  if (description) request.description = description;
  if (product.price.amount !== draft.price) {
    request.price = { amount: draft.price, currency: 'MAD' };
  }
  if (product.stock !== draft.stock) request.stock = draft.stock;
  if (product.oneOfAKind !== draft.oneOfAKind) request.oneOfAKind = draft.oneOfAKind;
  if (product.category !== draft.category) request.category = draft.category;
  if (draft.craft !== null && product.craft !== draft.craft) request.craft = draft.craft;
  if (!sameList(product.materials, draft.materials)) request.materials = draft.materials;

  const before = product.dimensions;
  const changedKeys = DIMENSION_KEYS.filter(
    (key) => (before?.[key] ?? null) !== draft.dimensions[key],
  );
  if (changedKeys.length > 0) {
    const cleared = DIMENSION_KEYS.every((key) => draft.dimensions[key] === null);
    request.dimensions = cleared
      ? null
      : (Object.fromEntries(
          changedKeys.map((key) => [key, draft.dimensions[key]]),
        ) as ProductDimensionsInput);
  }
  if (product.weightGrams !== draft.weightGrams) request.weightGrams = draft.weightGrams;
  if (product.leadTimeDays !== draft.leadTimeDays) request.leadTimeDays = draft.leadTimeDays;
  if (product.madeByMemberId !== draft.madeByMemberId) {
    request.madeByMemberId = draft.madeByMemberId;
  }
  if (product.visible !== draft.visible) request.visible = draft.visible;
  return request;
}

const KNOWN_FIELDS = new Set<string>(FIELD_ORDER);

/** Where an API detail's field ("price.amount", "materials.2"…) shows on the form. */
function formFieldOf(apiField: string): FieldName | null {
  if (KNOWN_FIELDS.has(apiField)) return apiField as FieldName;
  const [head] = apiField.split('.');
  if (head === 'price') return 'price';
  if (head === 'materials') return 'materials';
  if (head === 'description') return 'description.fr';
  if (head === 'dimensions') return 'dimensions.lengthCm';
  return head && KNOWN_FIELDS.has(head) ? (head as FieldName) : null;
}

/** The API's per-field refusals placed on the form; those with no field come back apart. */
export function problemsFromApi(details: readonly ApiErrorDetail[] | undefined): {
  problems: FieldProblems;
  others: string[];
} {
  const problems: FieldProblems = {};
  const others: string[] = [];
  for (const detail of details ?? []) {
    const field = formFieldOf(detail.field);
    const message = detail.messages.join(' ');
    if (field && !problems[field]) problems[field] = { code: 'server', message };
    else others.push(message);
  }
  return { problems, others };
}
