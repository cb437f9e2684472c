import '../auth.css';
import { useId, useState, type FormEvent } from 'react';
import { Link, useLocation } from 'wouter';
import { isApiError } from '@/lib/api-client';
import { useLanguage } from '@/lib/i18n';
import { rateLimitWait } from '@/lib/rate-limit';
import { ErrorSummary, TextField, type FieldError } from '@/components/form/form-controls';
import { useRegister } from '../api/register';
import { useAuthTexts } from '../i18n';
import { errorKind, errorMessage, fieldsInError } from '../utils/api-errors';
import { withNext } from '../utils/next-path';

type Field = 'name' | 'email' | 'password';
const FIELDS: readonly Field[] = ['name', 'email', 'password'];

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const NAME_PATTERN = /^[^<>]*$/;

export function RegisterForm({ next }: { next: string }) {
  const { t } = useAuthTexts();
  const language = useLanguage();
  const id = useId();
  const [, navigate] = useLocation();
  const register = useRegister();
  const [values, setValues] = useState<Record<Field, string>>({
    name: '',
    email: '',
    password: '',
  });
  const [invalid, setInvalid] = useState<Partial<Record<Field, string>>>({});
  const [attempt, setAttempt] = useState(0);

  const fieldId = (field: Field) => `${id}-${field}`;
  const messageFor: Record<Field, string> = {
    name: t('errors.nameInvalid'),
    email: t('errors.emailInvalid'),
    password: t('errors.passwordLength'),
  };

  function validate(): Partial<Record<Field, string>> {
    const problems: Partial<Record<Field, string>> = {};
    const name = values.name.trim();
    if (name.length < 2 || name.length > 100 || !NAME_PATTERN.test(name)) {
      problems.name = messageFor.name;
    }
    const email = values.email.trim();
    if (!email) problems.email = t('errors.emailRequired');
    else if (!EMAIL_PATTERN.test(email)) problems.email = messageFor.email;
    if (values.password.length < 8 || values.password.length > 128) {
      problems.password = messageFor.password;
    }
    return problems;
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setAttempt((count) => count + 1);
    const problems = validate();
    setInvalid(problems);
    if (Object.keys(problems).length > 0) return;
    register.mutate(
      {
        name: values.name.trim(),
        email: values.email.trim(),
        password: values.password,
        preferredLanguage: language,
      },
      { onSuccess: () => navigate(next, { replace: true }) },
    );
  }

  // What the API refused, field by field; anything it says about other fields goes on top.
  const server: Partial<Record<Field, string>> = {};
  let message: string | null = null;
  const error = register.error;
  if (error) {
    const fields = fieldsInError(error);
    for (const field of FIELDS) if (fields.has(field)) server[field] = messageFor[field];
    const wait = rateLimitWait(error);
    if (wait) {
      message = t(`register.tooMany${wait.unit}`, wait.values);
    } else if (isApiError(error) && error.status === 409) {
      server.email = t('errors.emailTaken');
    } else if (fields.size === 0 || [...fields].some((field) => !FIELDS.includes(field as Field))) {
      const kind = errorKind(error);
      message =
        kind === 'other'
          ? t('errors.generic', { message: errorMessage(error) })
          : t(`errors.${kind}`);
    }
  }

  const errorOf = (field: Field) => invalid[field] ?? server[field];
  const errors: FieldError[] = FIELDS.flatMap((field) => {
    const text = errorOf(field);
    return text ? [{ id: fieldId(field), text }] : [];
  });

  return (
    <form className="auth-form" noValidate onSubmit={onSubmit}>
      <ErrorSummary
        title={t('form.summaryTitle')}
        message={message}
        errors={errors}
        attempt={attempt}
      />
      <TextField
        id={fieldId('name')}
        label={t('register.name')}
        error={errorOf('name')}
        testId="register-name"
        name="name"
        autoComplete="name"
        required
        maxLength={100}
        value={values.name}
        onChange={(event) => setValues({ ...values, name: event.target.value })}
      />
      <TextField
        id={fieldId('email')}
        label={t('register.email')}
        error={errorOf('email')}
        testId="register-email"
        type="email"
        name="email"
        autoComplete="email"
        inputMode="email"
        autoCapitalize="none"
        spellCheck={false}
        dir="ltr"
        required
        value={values.email}
        onChange={(event) => setValues({ ...values, email: event.target.value })}
      />
      <TextField
        id={fieldId('password')}
        label={t('register.password')}
        hint={t('register.passwordHint')}
        error={errorOf('password')}
        testId="register-password"
        type="password"
        name="password"
        autoComplete="new-password"
        required
        minLength={8}
        maxLength={128}
        value={values.password}
        onChange={(event) => setValues({ ...values, password: event.target.value })}
      />
      <button
        type="submit"
        className="button button--primary auth-form__submit"
        data-testid="register-submit"
        disabled={register.isPending}
      >
        {register.isPending ? t('register.submitting') : t('register.submit')}
      </button>
      <p className="auth-form__switch">
        {t('register.haveAccount')}{' '}
        <Link to={withNext('/login', next)}>{t('register.loginLink')}</Link>
      </p>
    </form>
  );
}
