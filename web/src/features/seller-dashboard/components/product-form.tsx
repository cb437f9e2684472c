import { useId, useState, type FormEvent, type MouseEvent } from 'react';
import { flushSync } from 'react-dom';
import {
  CATEGORIES,
  CRAFTS,
  LANGUAGES,
  pickTranslation,
  type CooperativeMember,
  type Language,
  type SellerProduct,
  type Translated,
} from '@hirfa/shared';
import { Money } from '@/components/money';
import { isApiError } from '@/lib/api-client';
import { useTranslation } from '@/lib/i18n';
import { useCreateSellerProduct } from '../api/create-seller-product';
import { useUpdateSellerProduct } from '../api/update-seller-product';
import { useSellerTexts } from '../i18n';
import { parsePriceToCentimes } from '../utils/price';
import {
  DIMENSION_KEYS,
  emptyProductForm,
  FIELD_ORDER,
  problemsFromApi,
  productFormFromProduct,
  readProductForm,
  splitMaterials,
  toCreateRequest,
  toUpdateRequest,
  type DimensionKey,
  type FieldName,
  type FieldProblem,
  type FieldProblems,
  type ProductFormValues,
} from '../utils/product-form';
import { Checkbox, describedBy, Field, focusOnMount } from './form-controls';
import { isNoShopError, NoShopNotice } from './no-shop-notice';
import { TextTabs } from './text-tabs';

const DIMENSION_TEST_IDS: Record<DimensionKey, string> = {
  lengthCm: 'product-length',
  widthCm: 'product-width',
  heightCm: 'product-height',
};

type FormError =
  { kind: 'no-shop'; error: unknown } | { kind: 'message'; message: string; details: string[] };

interface ProductFormProps {
  /** The product being edited; without it the form creates one. */
  product?: SellerProduct;
  /** A cooperative's members, to say who made the piece; empty for an artisan. */
  members: readonly CooperativeMember[];
  /** Where the moderation notice is, when the chamber has hidden the product. */
  moderationNoticeId?: string;
  onCreated?: (product: SellerProduct) => void;
}

function initialTab(product: SellerProduct | undefined, reader: Language): Language {
  if (!product || product.title[reader]) return reader;
  return LANGUAGES.find((language) => product.title[language]) ?? reader;
}

const nameIn = (name: Translated, language: Language) =>
  pickTranslation(name, language)?.text ?? '';

export function ProductForm({ product, members, moderationNoticeId, onCreated }: ProductFormProps) {
  const { t, language } = useSellerTexts();
  const { t: tGlobal } = useTranslation();
  const baseId = useId();
  const idFor = (field: FieldName | 'madeToOrder') => `${baseId}-${field.replace('.', '-')}`;

  const [values, setValues] = useState<ProductFormValues>(() =>
    product ? productFormFromProduct(product, language) : emptyProductForm(),
  );
  const [problems, setProblems] = useState<FieldProblems>({});
  const [formError, setFormError] = useState<FormError | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [tab, setTab] = useState<Language>(() => initialTab(product, language));

  const create = useCreateSellerProduct();
  const update = useUpdateSellerProduct(product?.id ?? '');
  const busy = create.isPending || update.isPending;
  const moderated = product?.moderation.hidden ?? false;

  function change(next: Partial<ProductFormValues>) {
    setValues((current) => ({ ...current, ...next }));
    setNotice(null);
  }

  function problemMessage(problem: FieldProblem): string {
    switch (problem.code) {
      case 'server':
        return problem.message;
      case 'range':
        return t('errors.range', { min: problem.min, max: problem.max });
      case 'materialTooLong':
      case 'tooManyMaterials':
        return t(`errors.${problem.code}`, { max: problem.max });
      default:
        return t(`errors.${problem.code}`);
    }
  }

  function fieldLabel(field: FieldName): string {
    const [head, sub] = field.split('.') as [string, string | undefined];
    if (head === 'title' && sub) {
      return t('form.title', { language: tGlobal(`language.${sub as Language}`) });
    }
    if (head === 'description' && sub) {
      return t('form.description', { language: tGlobal(`language.${sub as Language}`) });
    }
    if (head === 'dimensions' && sub) return t(`form.${sub as DimensionKey}`);
    const labels: Record<string, string> = {
      title: t('form.sectionTexts'),
      price: t('form.price'),
      stock: t('form.stock'),
      oneOfAKind: t('form.oneOfAKind'),
      leadTimeDays: t('form.leadTime'),
      category: t('form.category'),
      craft: t('form.craft'),
      materials: t('form.materials'),
      weightGrams: t('form.weightGrams'),
      madeByMemberId: t('form.member'),
      visible: t('form.visible'),
    };
    return labels[head] ?? field;
  }

  const errors: Partial<Record<FieldName, string>> = {};
  for (const [field, problem] of Object.entries(problems) as [FieldName, FieldProblem][]) {
    errors[field] = problemMessage(problem);
  }
  const listedProblems = FIELD_ORDER.filter((field) => problems[field]);

  /** Shows the tab holding a language's fields, so that its first problem can be reached. */
  function languageOf(field: FieldName): Language | null {
    const [head, sub] = field.split('.');
    return (head === 'title' || head === 'description') && sub ? (sub as Language) : null;
  }

  function goTo(field: FieldName, event: MouseEvent<HTMLAnchorElement>) {
    event.preventDefault();
    const language = languageOf(field);
    if (language) flushSync(() => setTab(language));
    const target = field === 'title' ? idFor(`title.${language ?? tab}`) : idFor(field);
    document.getElementById(target)?.focus();
  }

  function showProblems(found: FieldProblems) {
    setProblems(found);
    const firstLanguage = FIELD_ORDER.filter((field) => found[field])
      .map(languageOf)
      .find((language) => language !== null);
    if (firstLanguage && !found[`title.${tab}`] && !found[`description.${tab}`]) {
      setTab(firstLanguage);
    }
  }

  function showError(error: unknown) {
    setAttempt((count) => count + 1);
    if (isNoShopError(error)) {
      setFormError({ kind: 'no-shop', error });
      return;
    }
    if (isApiError(error) && error.kind === 'network') {
      setFormError({ kind: 'message', message: t('form.errorNetwork'), details: [] });
      return;
    }
    if (isApiError(error) && error.status === 409) {
      setFormError({ kind: 'message', message: t('form.errorConflict'), details: [] });
      return;
    }
    if (isApiError(error) && error.body?.details?.length) {
      const fromApi = problemsFromApi(error.body.details);
      showProblems(fromApi.problems);
      setFormError(
        fromApi.others.length > 0
          ? { kind: 'message', message: t('form.errorSaving'), details: fromApi.others }
          : null,
      );
      return;
    }
    const detail = isApiError(error) ? error.message : '';
    setFormError({
      kind: 'message',
      message: t('form.errorSaving'),
      details: detail ? [detail] : [],
    });
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    setNotice(null);
    setFormError(null);
    const read = readProductForm(values);
    if (!read.ok) {
      showProblems(read.problems);
      setAttempt((count) => count + 1);
      return;
    }
    setProblems({});
    if (!product) {
      create.mutate(toCreateRequest(read.draft), {
        onSuccess: (created) => onCreated?.(created),
        onError: showError,
      });
      return;
    }
    const changes = toUpdateRequest(product, read.draft);
    if (Object.keys(changes).length === 0) {
      setNotice(t('form.noChanges'));
      return;
    }
    update.mutate(changes, {
      onSuccess: () => setNotice(t('form.saved')),
      onError: showError,
    });
  }

  const price = parsePriceToCentimes(values.price);
  const priceId = idFor('price');
  const stockId = idFor('stock');
  const oneOfAKindId = idFor('oneOfAKind');
  const leadTimeId = idFor('leadTimeDays');
  const materialsId = idFor('materials');
  const materials = splitMaterials(values.materials);
  const showSummary = listedProblems.length > 0 || formError?.kind === 'message';

  return (
    <form className="product-form" noValidate onSubmit={handleSubmit}>
      {formError?.kind === 'no-shop' ? (
        <NoShopNotice key={attempt} error={formError.error} headingLevel={2} />
      ) : null}
      {showSummary ? (
        <div key={attempt} ref={focusOnMount} role="alert" tabIndex={-1} className="form-summary">
          <p className="form-summary__title">
            {formError?.kind === 'message'
              ? formError.message
              : t('form.errorSummary', { count: listedProblems.length })}
          </p>
          {formError?.kind === 'message' && formError.details.length > 0 ? (
            <ul>
              {formError.details.map((detail) => (
                <li key={detail}>{detail}</li>
              ))}
            </ul>
          ) : null}
          {listedProblems.length > 0 ? (
            <ul>
              {listedProblems.map((field) => (
                <li key={field}>
                  <a href={`#${idFor(field)}`} onClick={(event) => goTo(field, event)}>
                    {t('form.problem', { field: fieldLabel(field), message: errors[field] ?? '' })}
                  </a>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}

      <fieldset className="form-section">
        <legend className="form-section__title">{t('form.sectionTexts')}</legend>
        <TextTabs
          idFor={idFor}
          title={values.title}
          description={values.description}
          errors={errors}
          active={tab}
          onActivate={setTab}
          onChange={(field, lang, text) =>
            change({ [field]: { ...values[field], [lang]: text } } as Partial<ProductFormValues>)
          }
        />
      </fieldset>

      <fieldset className="form-section">
        <legend className="form-section__title">{t('form.sectionPrice')}</legend>
        <Field id={priceId} label={t('form.price')} hint={t('form.priceHint')} error={errors.price}>
          <input
            id={priceId}
            type="text"
            inputMode="decimal"
            autoComplete="off"
            className="field__control field__control--short"
            value={values.price}
            onChange={(event) => change({ price: event.target.value })}
            data-testid="product-price"
            {...describedBy(
              priceId,
              { hint: true, error: errors.price },
              ...(price.ok ? [`${priceId}-preview`] : []),
            )}
          />
        </Field>
        {price.ok ? (
          <p id={`${priceId}-preview`} className="field__preview">
            {t('form.pricePreview')} <Money value={{ amount: price.amount, currency: 'MAD' }} />
          </p>
        ) : null}

        <Checkbox
          id={oneOfAKindId}
          label={t('form.oneOfAKind')}
          hint={t('form.oneOfAKindHint')}
          checked={values.oneOfAKind}
          onChange={(checked) =>
            change(checked ? { oneOfAKind: true, stock: '1' } : { oneOfAKind: false })
          }
          testId="product-one-of-a-kind"
        />
        <Field id={stockId} label={t('form.stock')} error={errors.stock}>
          <input
            id={stockId}
            type="text"
            inputMode="numeric"
            autoComplete="off"
            className="field__control field__control--short"
            value={values.stock}
            readOnly={values.oneOfAKind}
            onChange={(event) => change({ stock: event.target.value })}
            data-testid="product-stock"
            {...describedBy(
              stockId,
              { error: errors.stock },
              ...(values.oneOfAKind ? [`${oneOfAKindId}-hint`] : []),
            )}
          />
        </Field>

        <Checkbox
          id={idFor('madeToOrder')}
          label={t('form.madeToOrder')}
          checked={values.madeToOrder}
          onChange={(checked) => change({ madeToOrder: checked })}
          testId="product-made-to-order"
        />
        {values.madeToOrder ? (
          <Field id={leadTimeId} label={t('form.leadTime')} error={errors.leadTimeDays}>
            <input
              id={leadTimeId}
              type="text"
              inputMode="numeric"
              autoComplete="off"
              className="field__control field__control--short"
              value={values.leadTimeDays}
              onChange={(event) => change({ leadTimeDays: event.target.value })}
              data-testid="product-lead-time"
              {...describedBy(leadTimeId, { error: errors.leadTimeDays })}
            />
          </Field>
        ) : null}
      </fieldset>

      <fieldset className="form-section">
        <legend className="form-section__title">{t('form.sectionDetails')}</legend>
        <div className="form-grid">
          <Field id={idFor('category')} label={t('form.category')} error={errors.category}>
            <select
              id={idFor('category')}
              className="field__control"
              value={values.category}
              onChange={(event) => change({ category: event.target.value })}
              data-testid="product-category"
              {...describedBy(idFor('category'), { error: errors.category })}
            >
              <option value="">{t('form.chooseCategory')}</option>
              {CATEGORIES.map((category) => (
                <option key={category.slug} value={category.slug}>
                  {nameIn(category.name, language)}
                </option>
              ))}
            </select>
          </Field>
          <Field id={idFor('craft')} label={t('form.craft')} error={errors.craft}>
            <select
              id={idFor('craft')}
              className="field__control"
              value={values.craft}
              onChange={(event) => change({ craft: event.target.value })}
              data-testid="product-craft"
              {...describedBy(idFor('craft'), { error: errors.craft })}
            >
              {product ? null : <option value="">{t('form.shopCraft')}</option>}
              {CRAFTS.map((craft) => (
                <option key={craft.slug} value={craft.slug}>
                  {nameIn(craft.name, language)}
                </option>
              ))}
            </select>
          </Field>
        </div>

        <Field
          id={materialsId}
          label={
            <>
              {t('form.materials')} <span className="field__optional">{t('form.optional')}</span>
            </>
          }
          hint={t('form.materialsHint')}
          error={errors.materials}
        >
          <input
            id={materialsId}
            type="text"
            autoComplete="off"
            className="field__control"
            dir="auto"
            value={values.materials}
            onChange={(event) => change({ materials: event.target.value })}
            data-testid="product-materials"
            {...describedBy(materialsId, { hint: true, error: errors.materials })}
          />
        </Field>
        {materials.length > 0 ? (
          <ul className="material-chips" aria-hidden="true">
            {materials.map((material) => (
              <li key={material} className="material-chips__chip">
                {material}
              </li>
            ))}
          </ul>
        ) : null}

        <div
          role="group"
          aria-labelledby={`${baseId}-dimensions`}
          className="form-group form-grid form-grid--three"
        >
          <p id={`${baseId}-dimensions`} className="form-group__title">
            {t('form.dimensions')} <span className="field__optional">{t('form.optional')}</span>
          </p>
          {DIMENSION_KEYS.map((key) => {
            const id = idFor(`dimensions.${key}`);
            const error = errors[`dimensions.${key}`];
            return (
              <Field key={key} id={id} label={t(`form.${key}`)} error={error}>
                <input
                  id={id}
                  type="text"
                  inputMode="numeric"
                  autoComplete="off"
                  className="field__control"
                  value={values.dimensions[key]}
                  onChange={(event) =>
                    change({ dimensions: { ...values.dimensions, [key]: event.target.value } })
                  }
                  data-testid={DIMENSION_TEST_IDS[key]}
                  {...describedBy(id, { error })}
                />
              </Field>
            );
          })}
        </div>

        <div className="form-grid">
          <Field
            id={idFor('weightGrams')}
            label={
              <>
                {t('form.weightGrams')}{' '}
                <span className="field__optional">{t('form.optional')}</span>
              </>
            }
            error={errors.weightGrams}
          >
            <input
              id={idFor('weightGrams')}
              type="text"
              inputMode="numeric"
              autoComplete="off"
              className="field__control"
              value={values.weightGrams}
              onChange={(event) => change({ weightGrams: event.target.value })}
              data-testid="product-weight"
              {...describedBy(idFor('weightGrams'), { error: errors.weightGrams })}
            />
          </Field>
          {members.length > 0 ? (
            <Field
              id={idFor('madeByMemberId')}
              label={t('form.member')}
              error={errors.madeByMemberId}
            >
              <select
                id={idFor('madeByMemberId')}
                className="field__control"
                value={values.madeByMemberId}
                onChange={(event) => change({ madeByMemberId: event.target.value })}
                data-testid="product-member"
                {...describedBy(idFor('madeByMemberId'), { error: errors.madeByMemberId })}
              >
                <option value="">{t('form.noMember')}</option>
                {members.map((member) => (
                  <option key={member.id} value={member.id}>
                    {member.name}
                  </option>
                ))}
              </select>
            </Field>
          ) : null}
        </div>
      </fieldset>

      <fieldset className="form-section">
        <legend className="form-section__title">{t('form.sectionVisibility')}</legend>
        <Checkbox
          id={idFor('visible')}
          label={t('form.visible')}
          hint={moderated ? t('form.visibleModerated') : t('form.visibleHint')}
          error={errors.visible}
          checked={values.visible}
          disabled={moderated}
          onChange={(checked) => change({ visible: checked })}
          testId="product-visible"
          describedByExtra={moderated && moderationNoticeId ? [moderationNoticeId] : []}
        />
      </fieldset>

      <div className="form-actions">
        <button
          type="submit"
          className="button button--primary"
          aria-disabled={busy || undefined}
          data-testid="product-save"
        >
          {busy ? t('form.saving') : product ? t('form.save') : t('form.create')}
        </button>
        <p role="status" className="form-actions__status">
          {notice}
        </p>
      </div>
    </form>
  );
}
