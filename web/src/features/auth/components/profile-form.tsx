import '../auth.css';
import { useId, useState, type FormEvent } from 'react';
import { LANGUAGES, isLanguage, type Language } from '@hirfa/shared';
import type { SessionUser } from '@/lib/auth';
import { useTranslation } from '@/lib/i18n';
import {
  ErrorSummary,
  SelectField,
  TextField,
  type FieldError,
} from '@/components/form/form-controls';
import { useUpdateProfile } from '../api/update-profile';
import { useAuthTexts } from '../i18n';
import { errorKind, errorMessage, fieldsInError } from '../utils/api-errors';

export function ProfileForm({ user }: { user: SessionUser }) {
  const { t } = useAuthTexts();
  const { t: tGlobal } = useTranslation();
  const id = useId();
  const update = useUpdateProfile();
  const [name, setName] = useState(user.name);
  const [language, setLanguage] = useState<Language>(user.preferredLanguage);
  const [nameProblem, setNameProblem] = useState<string | undefined>();
  const [attempt, setAttempt] = useState(0);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setAttempt((count) => count + 1);
    const trimmed = name.trim();
    const problem =
      trimmed.length < 2 || trimmed.length > 100 || /[<>]/.test(trimmed)
        ? t('errors.nameInvalid')
        : undefined;
    setNameProblem(problem);
    if (problem) return;
    update.mutate({ name: trimmed, preferredLanguage: language });
  }

  const fields = fieldsInError(update.error);
  const nameError = nameProblem ?? (fields.has('name') ? t('errors.nameInvalid') : undefined);
  const languageError = fields.has('preferredLanguage') ? t('errors.languageInvalid') : undefined;
  const errors: FieldError[] = [
    ...(nameError ? [{ id: `${id}-name`, text: nameError }] : []),
    ...(languageError ? [{ id: `${id}-language`, text: languageError }] : []),
  ];
  let message: string | null = null;
  if (update.error && fields.size === 0) {
    const kind = errorKind(update.error);
    message =
      kind === 'other'
        ? t('errors.generic', { message: errorMessage(update.error) })
        : t(`errors.${kind}`);
  }

  return (
    <form className="auth-form" noValidate onSubmit={onSubmit}>
      <ErrorSummary
        title={t('form.summaryTitle')}
        message={message}
        errors={errors}
        attempt={attempt}
      />
      <TextField
        id={`${id}-name`}
        label={t('account.name')}
        error={nameError}
        testId="account-name"
        name="name"
        autoComplete="name"
        maxLength={100}
        required
        value={name}
        onChange={(event) => setName(event.target.value)}
      />
      <SelectField
        id={`${id}-language`}
        label={t('account.language')}
        hint={t('account.languageHint')}
        error={languageError}
        testId="account-language"
        name="preferredLanguage"
        value={language}
        onChange={(event) => {
          if (isLanguage(event.target.value)) setLanguage(event.target.value);
        }}
      >
        {LANGUAGES.map((code) => (
          <option key={code} value={code} lang={code}>
            {tGlobal(`language.${code}`)}
          </option>
        ))}
      </SelectField>
      <button
        type="submit"
        className="button button--primary"
        data-testid="account-save"
        disabled={update.isPending}
      >
        {update.isPending ? t('account.saving') : t('account.save')}
      </button>
      <p role="status" className="auth-form__status">
        {update.isSuccess ? t('account.saved') : ''}
      </p>
    </form>
  );
}
