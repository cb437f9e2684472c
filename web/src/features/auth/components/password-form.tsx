import '../auth.css';
import { useId, useState, type FormEvent } from 'react';
import { isApiError } from '@/lib/api-client';
import { rateLimitWait } from '@/lib/rate-limit';
import { ErrorSummary, TextField, type FieldError } from '@/components/form/form-controls';
import { useChangePassword } from '../api/change-password';
import { useAuthTexts } from '../i18n';
import { errorKind, errorMessage, fieldsInError } from '../utils/api-errors';

type Field = 'currentPassword' | 'newPassword' | 'confirmPassword';
const FIELDS: readonly Field[] = ['currentPassword', 'newPassword', 'confirmPassword'];
const EMPTY: Record<Field, string> = { currentPassword: '', newPassword: '', confirmPassword: '' };

export function PasswordForm() {
  const { t } = useAuthTexts();
  const id = useId();
  const change = useChangePassword();
  const [values, setValues] = useState(EMPTY);
  const [invalid, setInvalid] = useState<Partial<Record<Field, string>>>({});
  const [attempt, setAttempt] = useState(0);

  const fieldId = (field: Field) => `${id}-${field}`;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setAttempt((count) => count + 1);
    const problems: Partial<Record<Field, string>> = {};
    if (!values.currentPassword) problems.currentPassword = t('errors.currentPasswordRequired');
    if (values.newPassword.length < 8 || values.newPassword.length > 128) {
      problems.newPassword = t('errors.passwordLength');
    } else if (values.confirmPassword !== values.newPassword) {
      problems.confirmPassword = t('errors.passwordMismatch');
    }
    setInvalid(problems);
    if (Object.keys(problems).length > 0) return;
    change.mutate(
      { currentPassword: values.currentPassword, newPassword: values.newPassword },
      { onSuccess: () => setValues(EMPTY) },
    );
  }

  const server: Partial<Record<Field, string>> = {};
  let message: string | null = null;
  if (change.error) {
    const fields = fieldsInError(change.error);
    const wait = rateLimitWait(change.error);
    if (wait) {
      message = t(`account.passwordTooMany${wait.unit}`, wait.values);
    } else if (isApiError(change.error) && change.error.status === 403) {
      server.currentPassword = t('errors.currentPasswordWrong');
    } else if (fields.has('newPassword')) {
      server.newPassword = t('errors.passwordLength');
    } else {
      const kind = errorKind(change.error);
      message =
        kind === 'other'
          ? t('errors.generic', { message: errorMessage(change.error) })
          : t(`errors.${kind}`);
    }
  }
  const errorOf = (field: Field) => invalid[field] ?? server[field];
  const errors: FieldError[] = FIELDS.flatMap((field) => {
    const text = errorOf(field);
    return text ? [{ id: fieldId(field), text }] : [];
  });
  const set = (field: Field) => (event: { target: { value: string } }) =>
    setValues({ ...values, [field]: event.target.value });

  return (
    <form className="auth-form" noValidate onSubmit={onSubmit}>
      <ErrorSummary
        title={t('form.summaryTitle')}
        message={message}
        errors={errors}
        attempt={attempt}
      />
      <TextField
        id={fieldId('currentPassword')}
        label={t('account.currentPassword')}
        error={errorOf('currentPassword')}
        testId="account-current-password"
        type="password"
        autoComplete="current-password"
        required
        value={values.currentPassword}
        onChange={set('currentPassword')}
      />
      <TextField
        id={fieldId('newPassword')}
        label={t('account.newPassword')}
        hint={t('account.newPasswordHint')}
        error={errorOf('newPassword')}
        testId="account-new-password"
        type="password"
        autoComplete="new-password"
        required
        minLength={8}
        maxLength={128}
        value={values.newPassword}
        onChange={set('newPassword')}
      />
      <TextField
        id={fieldId('confirmPassword')}
        label={t('account.confirmPassword')}
        error={errorOf('confirmPassword')}
        testId="account-confirm-password"
        type="password"
        autoComplete="new-password"
        required
        value={values.confirmPassword}
        onChange={set('confirmPassword')}
      />
      <button
        type="submit"
        className="button button--primary"
        data-testid="account-change-password"
        disabled={change.isPending}
      >
        {change.isPending ? t('account.changingPassword') : t('account.changePassword')}
      </button>
      <p role="status" className="auth-form__status">
        {change.isSuccess ? t('account.passwordChanged') : ''}
      </p>
    </form>
  );
}
