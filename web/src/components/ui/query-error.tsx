import { isApiError } from '@/lib/api-client';
import { useTranslation } from '@/lib/i18n';
import { rateLimitWait } from '@/lib/rate-limit';

interface QueryErrorProps {
  error: unknown;
  onRetry: () => void;
}

function useErrorMessage(error: unknown): { message: string; detail: string | null } {
  const { t } = useTranslation();
  const wait = rateLimitWait(error);
  if (wait) return { message: t(`status.rateLimited${wait.unit}`, wait.values), detail: null };
  if (isApiError(error)) {
    if (error.kind === 'network') return { message: t('status.errorNetwork'), detail: null };
    if (error.kind === 'http' && error.status >= 500) {
      return { message: t('status.errorServer'), detail: error.body?.message ?? null };
    }
    return { message: t('status.errorGeneric'), detail: error.message || null };
  }
  return { message: t('status.errorGeneric'), detail: null };
}

/** A failed request: what went wrong, and a way to ask again. */
export function QueryError({ error, onRetry }: QueryErrorProps) {
  const { t } = useTranslation();
  const { message, detail } = useErrorMessage(error);
  return (
    <div role="alert" className="query-error">
      <p className="query-error__title">{t('status.errorTitle')}</p>
      <p>{message}</p>
      {detail ? (
        <p className="query-error__detail">{t('status.errorDetail', { message: detail })}</p>
      ) : null}
      <button type="button" className="button" onClick={onRetry}>
        {t('status.retry')}
      </button>
    </div>
  );
}
