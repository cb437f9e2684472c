import '../apply.css';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Link, useLocation } from 'wouter';
import {
  COOPERATIVE_MEMBERS_LIMIT,
  CRAFTS,
  LANGUAGES,
  PROVINCES,
  SELLER_BIO_MAX_LENGTH,
  SELLER_KINDS,
  SELLER_NAME_LENGTH,
  type SellerApplication,
  type SellerKind,
} from '@hirfa/shared';
import { isApiError } from '@/lib/api-client';
import { useLanguage } from '@/lib/i18n';
import {
  ErrorSummary,
  SelectField,
  TextAreaField,
  TextField,
  type FieldError,
} from '@/components/form/form-controls';
import { useSaveApplication } from '../api/save-application';
import { useApplyTexts } from '../i18n';
import {
  contentOf,
  emptyValues,
  isIsoDate,
  newMemberRow,
  problemsFromApi,
  hasUnknownField,
  todayInMorocco,
  validate,
  valuesOf,
  withKind,
  type ApplicationFormValues,
  type Problem,
  type Problems,
} from '../utils/application-form';
import { errorKind, errorMessage, fieldsInError } from '../utils/api-errors';
import { latestReason } from '../utils/history';

const KIND_LABEL = { artisan: 'form.kindArtisan', cooperative: 'form.kindCooperative' } as const;
const KIND_TEXT = {
  artisan: 'form.kindArtisanText',
  cooperative: 'form.kindCooperativeText',
} as const;
const BIO_LABEL = { fr: 'form.bioFr', ar: 'form.bioAr', en: 'form.bioEn' } as const;

/** Field paths in the order the form shows them, for the error summary. */
function fieldOrder(values: ApplicationFormValues): string[] {
  const specific =
    values.kind === 'artisan'
      ? ['artisanCardNumber', 'artisanCardExpiresOn']
      : [
          'registrationNumber',
          'members',
          ...values.members.flatMap((_, index) => [
            `members.${index}.name`,
            `members.${index}.craft`,
          ]),
        ];
  return [
    'kind',
    'name',
    'province',
    'craft',
    'workshopAddress',
    'phone',
    ...specific,
    'bio',
    ...LANGUAGES.map((language) => `bio.${language}`),
  ];
}

interface ApplicationFormProps {
  /** The application to change; null to make a new one. */
  application: SellerApplication | null;
}

export function ApplicationForm({ application }: ApplicationFormProps) {
  const { t } = useApplyTexts();
  const language = useLanguage();
  const id = useId();
  const [, navigate] = useLocation();
  const save = useSaveApplication();
  const [values, setValues] = useState<ApplicationFormValues>(() =>
    application ? valuesOf(application) : emptyValues(),
  );
  const [problems, setProblems] = useState<Problems>({});
  const [attempt, setAttempt] = useState(0);
  const intent = useRef<'submit' | 'draft'>('submit');
  const focusAfterRender = useRef<string | null>(null);

  useEffect(() => {
    if (focusAfterRender.current === null) return;
    document.getElementById(focusAfterRender.current)?.focus();
    focusAfterRender.current = null;
  });

  const fieldId = (path: string) => `${id}-${path.replace(/\./g, '-')}`;
  const addMemberId = `${id}-add-member`;
  const exists = application !== null;

  const apiFields = fieldsInError(save.error);
  const apiProblems = problemsFromApi(apiFields);
  const problemAt = (path: string): Problem | undefined => problems[path] ?? apiProblems[path];
  const textOf = (problem: Problem) =>
    t(
      `errors.${problem.message}`,
      problem.number === undefined ? undefined : { number: problem.number },
    );
  const errorAt = (path: string) => {
    const problem = problemAt(path);
    return problem ? textOf(problem) : undefined;
  };
  /** Where the summary's link for a field leads. */
  const targetOf = (path: string) => {
    if (path === 'kind') return fieldId(`kind.${values.kind}`);
    if (path === 'members') return addMemberId;
    if (path === 'bio') return fieldId('bio.fr');
    return fieldId(path);
  };
  const summary: FieldError[] = fieldOrder(values).flatMap((path) => {
    const problem = problemAt(path);
    return problem ? [{ id: targetOf(path), text: textOf(problem) }] : [];
  });

  let message: string | null = null;
  let showStatusLink = false;
  if (save.error) {
    const error = save.error;
    if (isApiError(error) && error.status === 409) {
      message = exists ? t('form.notEditable') : t('form.alreadyApplied');
      showStatusLink = true;
    } else if (apiFields.size === 0 || hasUnknownField(apiFields)) {
      const kind = errorKind(error);
      message =
        kind === 'other'
          ? t('errors.generic', { message: errorMessage(error) })
          : t(`errors.${kind}`);
    }
  }

  function update(change: Partial<ApplicationFormValues>) {
    setValues((current) => ({ ...current, ...change }));
  }

  function chooseKind(kind: SellerKind) {
    setValues((current) => withKind(current, kind));
  }

  function updateMember(index: number, change: { name?: string; craft?: string }) {
    setValues((current) => ({
      ...current,
      members: current.members.map((member, at) =>
        at === index ? { ...member, ...change } : member,
      ),
    }));
  }

  function addMember() {
    focusAfterRender.current = fieldId(`members.${values.members.length}.name`);
    setValues((current) => ({ ...current, members: [...current.members, newMemberRow()] }));
  }

  function removeMember(index: number) {
    focusAfterRender.current = addMemberId;
    setValues((current) => ({
      ...current,
      members: current.members.filter((_, at) => at !== index),
    }));
    // Rows below move up, so problems found for them no longer match their number.
    setProblems((current) =>
      Object.fromEntries(Object.entries(current).filter(([path]) => !path.startsWith('members.'))),
    );
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submit = intent.current === 'submit';
    intent.current = 'submit';
    setAttempt((count) => count + 1);
    const found = validate(values);
    setProblems(found);
    if (Object.keys(found).length > 0) {
      save.reset();
      return;
    }
    save.mutate(
      { content: contentOf(values), submit, exists },
      { onSuccess: () => navigate('/apply/status') },
    );
  }

  const today = todayInMorocco();
  const cardExpired =
    values.kind === 'artisan' &&
    isIsoDate(values.artisanCardExpiresOn) &&
    values.artisanCardExpiresOn < today;
  const rejection =
    application?.status === 'rejected' ? latestReason(application, 'rejected') : null;
  const sending = save.isPending && save.variables?.submit === true;
  const savingDraft = save.isPending && save.variables?.submit === false;

  return (
    <form className="apply-form" noValidate onSubmit={onSubmit}>
      {rejection ? (
        <div className="reason-box">
          <p className="reason-box__title">{t('form.previousRejection')}</p>
          <p className="reason-box__text">{rejection}</p>
        </div>
      ) : null}

      <ErrorSummary
        title={t('form.summaryTitle')}
        message={message}
        errors={summary}
        attempt={attempt}
      />
      {showStatusLink ? <Link to="/apply/status">{t('form.seeStatus')}</Link> : null}

      <fieldset
        className="apply-section"
        aria-describedby={errorAt('kind') ? `${id}-kind-error` : undefined}
      >
        <legend className="apply-section__legend">{t('form.kindLegend')}</legend>
        <div className="choice-cards">
          {SELLER_KINDS.map((kind) => {
            const inputId = fieldId(`kind.${kind}`);
            return (
              <div key={kind} className="choice-card">
                <input
                  type="radio"
                  id={inputId}
                  name="kind"
                  value={kind}
                  className="choice-card__input"
                  checked={values.kind === kind}
                  onChange={() => chooseKind(kind)}
                  aria-describedby={`${inputId}-text`}
                  data-testid={`apply-kind-${kind}`}
                />
                <label htmlFor={inputId} className="choice-card__label">
                  {t(KIND_LABEL[kind])}
                </label>
                <p id={`${inputId}-text`} className="choice-card__text">
                  {t(KIND_TEXT[kind])}
                </p>
              </div>
            );
          })}
        </div>
        {errorAt('kind') ? (
          <p id={`${id}-kind-error`} className="field__error">
            {errorAt('kind')}
          </p>
        ) : null}
      </fieldset>

      <fieldset className="apply-section">
        <legend className="apply-section__legend">{t('form.identityLegend')}</legend>
        <TextField
          id={fieldId('name')}
          label={values.kind === 'artisan' ? t('form.nameArtisan') : t('form.nameCooperative')}
          error={errorAt('name')}
          testId="apply-name"
          autoComplete="organization"
          maxLength={SELLER_NAME_LENGTH.max}
          required
          value={values.name}
          onChange={(event) => update({ name: event.target.value })}
        />
        <SelectField
          id={fieldId('province')}
          label={t('form.province')}
          error={errorAt('province')}
          testId="apply-province"
          required
          value={values.province}
          onChange={(event) => update({ province: event.target.value })}
        >
          <option value="">{t('form.provincePlaceholder')}</option>
          {PROVINCES.map((province) => (
            <option key={province.code} value={province.code}>
              {province.name[language]}
            </option>
          ))}
        </SelectField>
        <SelectField
          id={fieldId('craft')}
          label={t('form.craft')}
          error={errorAt('craft')}
          testId="apply-craft"
          required
          value={values.craft}
          onChange={(event) => update({ craft: event.target.value })}
        >
          <option value="">{t('form.craftPlaceholder')}</option>
          {CRAFTS.map((craft) => (
            <option key={craft.slug} value={craft.slug}>
              {craft.name[language]}
            </option>
          ))}
        </SelectField>
        <TextAreaField
          id={fieldId('workshopAddress')}
          label={t('form.address')}
          hint={t('form.addressHint')}
          error={errorAt('workshopAddress')}
          testId="apply-address"
          autoComplete="street-address"
          rows={2}
          maxLength={300}
          required
          value={values.workshopAddress}
          onChange={(event) => update({ workshopAddress: event.target.value })}
        />
        <TextField
          id={fieldId('phone')}
          label={t('form.phone')}
          hint={t('form.phoneHint')}
          error={errorAt('phone')}
          testId="apply-phone"
          type="tel"
          inputMode="tel"
          autoComplete="tel"
          dir="ltr"
          required
          value={values.phone}
          onChange={(event) => update({ phone: event.target.value })}
        />
      </fieldset>

      {values.kind === 'artisan' ? (
        <fieldset className="apply-section">
          <legend className="apply-section__legend">{t('form.cardLegend')}</legend>
          <TextField
            id={fieldId('artisanCardNumber')}
            label={t('form.cardNumber')}
            error={errorAt('artisanCardNumber')}
            testId="apply-card-number"
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            dir="ltr"
            maxLength={40}
            required
            value={values.artisanCardNumber}
            onChange={(event) => update({ artisanCardNumber: event.target.value })}
          />
          <TextField
            id={fieldId('artisanCardExpiresOn')}
            label={t('form.cardExpiry')}
            warning={cardExpired ? t('form.cardExpired') : undefined}
            error={errorAt('artisanCardExpiresOn')}
            testId="apply-card-expiry"
            type="date"
            dir="ltr"
            required
            value={values.artisanCardExpiresOn}
            onChange={(event) => update({ artisanCardExpiresOn: event.target.value })}
          />
        </fieldset>
      ) : (
        <fieldset className="apply-section">
          <legend className="apply-section__legend">{t('form.cooperativeLegend')}</legend>
          <TextField
            id={fieldId('registrationNumber')}
            label={t('form.registration')}
            hint={t('form.registrationHint')}
            error={errorAt('registrationNumber')}
            testId="apply-registration"
            autoComplete="off"
            spellCheck={false}
            dir="ltr"
            maxLength={60}
            required
            value={values.registrationNumber}
            onChange={(event) => update({ registrationNumber: event.target.value })}
          />
          <fieldset
            className="members"
            aria-describedby={
              errorAt('members') ? `${id}-members-hint ${id}-members-error` : `${id}-members-hint`
            }
          >
            <legend className="members__legend">{t('form.membersLegend')}</legend>
            <p id={`${id}-members-hint`} className="field__hint">
              {t('form.membersHint')}
            </p>
            <ol className="members__list">
              {values.members.map((member, index) => {
                const number = index + 1;
                return (
                  <li key={member.key} className="member-row">
                    <fieldset className="member-row__fields">
                      <legend className="member-row__legend">
                        {t('form.memberLegend', { number })}
                      </legend>
                      <TextField
                        id={fieldId(`members.${index}.name`)}
                        label={t('form.memberName')}
                        error={errorAt(`members.${index}.name`)}
                        testId={`apply-member-name-${index}`}
                        autoComplete="off"
                        maxLength={SELLER_NAME_LENGTH.max}
                        required
                        value={member.name}
                        onChange={(event) => updateMember(index, { name: event.target.value })}
                      />
                      <SelectField
                        id={fieldId(`members.${index}.craft`)}
                        label={t('form.memberCraft')}
                        error={errorAt(`members.${index}.craft`)}
                        testId={`apply-member-craft-${index}`}
                        required
                        value={member.craft}
                        onChange={(event) => updateMember(index, { craft: event.target.value })}
                      >
                        <option value="">{t('form.craftPlaceholder')}</option>
                        {CRAFTS.map((craft) => (
                          <option key={craft.slug} value={craft.slug}>
                            {craft.name[language]}
                          </option>
                        ))}
                      </SelectField>
                      <button
                        type="button"
                        className="button button--ghost member-row__remove"
                        data-testid={`apply-remove-member-${index}`}
                        onClick={() => removeMember(index)}
                      >
                        {t('form.removeMember', { number })}
                      </button>
                    </fieldset>
                  </li>
                );
              })}
            </ol>
            {errorAt('members') ? (
              <p id={`${id}-members-error`} className="field__error">
                {errorAt('members')}
              </p>
            ) : null}
            {values.members.length < COOPERATIVE_MEMBERS_LIMIT.max ? (
              <button
                type="button"
                id={addMemberId}
                className="button button--ghost"
                data-testid="apply-add-member"
                onClick={addMember}
              >
                {t('form.addMember')}
              </button>
            ) : null}
          </fieldset>
        </fieldset>
      )}

      <fieldset
        className="apply-section"
        aria-describedby={errorAt('bio') ? `${id}-bio-hint ${id}-bio-error` : `${id}-bio-hint`}
      >
        <legend className="apply-section__legend">{t('form.bioLegend')}</legend>
        <p id={`${id}-bio-hint`} className="field__hint">
          {t('form.bioHint')}
        </p>
        {errorAt('bio') ? (
          <p id={`${id}-bio-error`} className="field__error">
            {errorAt('bio')}
          </p>
        ) : null}
        {LANGUAGES.map((bioLanguage) => (
          <TextAreaField
            key={bioLanguage}
            id={fieldId(`bio.${bioLanguage}`)}
            label={`${t(BIO_LABEL[bioLanguage])} (${t('form.optional')})`}
            error={errorAt(`bio.${bioLanguage}`)}
            testId={`apply-bio-${bioLanguage}`}
            lang={bioLanguage}
            dir={bioLanguage === 'ar' ? 'rtl' : 'ltr'}
            rows={4}
            maxLength={SELLER_BIO_MAX_LENGTH}
            value={values.bio[bioLanguage]}
            onChange={(event) =>
              update({ bio: { ...values.bio, [bioLanguage]: event.target.value } })
            }
          />
        ))}
      </fieldset>

      <div className="apply-actions">
        <button
          type="submit"
          className="button button--primary"
          data-testid="apply-submit"
          disabled={save.isPending}
          onClick={() => {
            intent.current = 'submit';
          }}
        >
          {sending
            ? t('form.submitting')
            : application?.status === 'rejected'
              ? t('form.resubmit')
              : t('form.submit')}
        </button>
        <button
          type="submit"
          className="button"
          data-testid="apply-save-draft"
          disabled={save.isPending}
          onClick={() => {
            intent.current = 'draft';
          }}
        >
          {savingDraft
            ? t('form.saving')
            : exists
              ? t('form.saveWithoutSending')
              : t('form.saveDraft')}
        </button>
        {exists ? <Link to="/apply/status">{t('form.cancel')}</Link> : null}
      </div>
    </form>
  );
}
