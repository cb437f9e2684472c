import '../auth.css';
import { useId, useState, type FormEvent } from 'react';
import { Link, useLocation } from 'wouter';
import { isApiError } from '@/lib/api-client';
import { retryWait } from '@/lib/rate-limit';
import { ErrorSummary, TextField, type FieldError } from '@/components/form/form-controls';
import { SignInThrottledError, useLogin } from '../api/login';
import { useAuthTexts } from '../i18n';
import { errorKind, errorMessage } from '../utils/api-errors';
import { withNext } from '../utils/next-path';

type Field = 'email' | 'password';

export function LoginForm({ next }: { next: string }) {
  const { t } = useAuthTexts();
  const id = useId();
  const [, navigate] = useLocation();
  const login = useLogin();
  const [values, setValues] = useState<Record<Field, string>>({ email: '', password: '' });
  const [missing, setMissing] = useState<Partial<Record<Field, string>>>({});
  const [attempt, setAttempt] = useState(0);

  const fieldId = (field: Field) => `${id}-${field}`;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setAttempt((count) => count + 1);
    const problems: Partial<Record<Field, string>> = {};
    if (!values.email.trim()) problems.email = t('errors.emailRequired');
    if (!values.password) problems.password = t('errors.passwordRequired');
    setMissing(problems);
    if (Object.keys(problems).length > 0) return;
    login.mutate(
      { email: values.email.trim(), password: values.password },
      { onSuccess: () => navigate(next, { replace: true }) },
    );
  }

  let message: string | null = null;
  if (login.error) {
    const error = login.error;
    if (error instanceof SignInThrottledError) {
      const wait = retryWait(error.retryAfterSeconds);
      message = t(`login.tooMany${wait.unit}`, wait.values);
    } else if (isApiError(error) && (error.status === 401 || error.status === 400)) {
      message = t('login.wrongCredentials');
    } else {
      const kind = errorKind(error);
      message =
        kind === 'other'
          ? t('errors.generic', { message: errorMessage(error) })
          : t(`errors.${kind}`);
    }
  }

  const errors: FieldError[] = (['email', 'password'] as const).flatMap((field) => {
    const text = missing[field];
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
        id={fieldId('email')}
        label={t('login.email')}
        error={missing.email}
        testId="login-email"
        type="email"
        name="email"
        autoComplete="username"
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
        label={t('login.password')}
        error={missing.password}
        testId="login-password"
        type="password"
        name="password"
        autoComplete="current-password"
        required
        value={values.password}
        onChange={(event) => setValues({ ...values, password: event.target.value })}
      />
      <button
        type="submit"
        className="button button--primary auth-form__submit"
        data-testid="login-submit"
        disabled={login.isPending}
      >
        {login.isPending ? t('login.submitting') : t('login.submit')}
      </button>
      <p className="auth-form__switch">
        {t('login.noAccount')}{' '}
        <Link to={withNext('/register', next)}>{t('login.registerLink')}</Link>
      </p>
    </form>
  );
}
