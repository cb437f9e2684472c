import { useId, useState, type FormEvent, type MouseEvent } from 'react';
import type { SellerShippingSettings } from '@hirfa/shared';
import { Money } from '@/components/money';
import { LoadingStatus } from '@/components/ui/loading-status';
import { QueryError } from '@/components/ui/query-error';
import { isApiError } from '@/lib/api-client';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useShippingSettings } from '../api/get-shipping-settings';
import { useUpdateShippingSettings } from '../api/update-shipping-settings';
import { useSellerTexts } from '../i18n';
import { centimesToPriceInput } from '../utils/price';
import {
  parseShippingAmount,
  readShippingForm,
  SHIPPING_FIELDS,
  shippingChanges,
  shippingProblemsFromApi,
  type ShippingField,
  type ShippingFormValues,
  type ShippingProblem,
  type ShippingProblems,
} from '../utils/shipping-form';
import { describedBy, Field, focusOnMount } from './form-controls';
import { isNoShopError, NoShopNotice } from './no-shop-notice';
import { SellerNav } from './seller-nav';

const TEST_IDS: Record<ShippingField, string> = {
  moroccoAmount: 'shipping-morocco',
  internationalAmount: 'shipping-international',
};

type FormError =
  { kind: 'message'; message: string; details: string[] } | { kind: 'no-shop'; error: unknown };

function ShippingForm({ settings }: { settings: SellerShippingSettings }) {
  const { t, language } = useSellerTexts();
  const baseId = useId();
  const save = useUpdateShippingSettings();
  const [values, setValues] = useState<ShippingFormValues>(() => ({
    moroccoAmount: centimesToPriceInput(settings.moroccoAmount, language),
    internationalAmount: centimesToPriceInput(settings.internationalAmount, language),
  }));
  const [problems, setProblems] = useState<ShippingProblems>({});
  const [formError, setFormError] = useState<FormError | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);

  const idFor = (field: ShippingField) => `${baseId}-${field}`;
  const labels: Record<ShippingField, string> = {
    moroccoAmount: t('shipping.morocco'),
    internationalAmount: t('shipping.international'),
  };
  const message = (problem: ShippingProblem) =>
    problem.code === 'server' ? problem.message : t(`shipping.${problem.code}`);
  const listed = SHIPPING_FIELDS.filter((field) => problems[field]);

  function showError(error: unknown) {
    setAttempt((count) => count + 1);
    if (isNoShopError(error)) {
      setFormError({ kind: 'no-shop', error });
      return;
    }
    if (isApiError(error) && error.kind === 'network') {
      setFormError({ kind: 'message', message: t('shipping.errorNetwork'), details: [] });
      return;
    }
    if (isApiError(error) && error.body?.details?.length) {
      const fromApi = shippingProblemsFromApi(error.body.details);
      setProblems(fromApi.problems);
      setFormError(
        fromApi.others.length > 0
          ? { kind: 'message', message: t('shipping.errorSaving'), details: fromApi.others }
          : null,
      );
      return;
    }
    const detail = isApiError(error) ? error.message : '';
    setFormError({
      kind: 'message',
      message: t('shipping.errorSaving'),
      details: detail ? [detail] : [],
    });
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (save.isPending) return;
    setNotice(null);
    setFormError(null);
    const read = readShippingForm(values);
    if (!read.ok) {
      setProblems(read.problems);
      setAttempt((count) => count + 1);
      return;
    }
    setProblems({});
    const changes = shippingChanges(settings, read.settings);
    if (Object.keys(changes).length === 0) {
      setNotice(t('shipping.noChanges'));
      return;
    }
    save.mutate(changes, {
      onSuccess: () => setNotice(t('shipping.saved')),
      onError: showError,
    });
  }

  function goTo(field: ShippingField, event: MouseEvent<HTMLAnchorElement>) {
    event.preventDefault();
    document.getElementById(idFor(field))?.focus();
  }

  const showSummary = listed.length > 0 || formError?.kind === 'message';

  return (
    <form className="product-form shipping-form" noValidate onSubmit={handleSubmit}>
      {formError?.kind === 'no-shop' ? (
        <NoShopNotice key={attempt} error={formError.error} headingLevel={2} />
      ) : null}
      {showSummary ? (
        <div key={attempt} ref={focusOnMount} role="alert" tabIndex={-1} className="form-summary">
          <p className="form-summary__title">
            {formError?.kind === 'message'
              ? formError.message
              : t('shipping.errorSummary', { count: listed.length })}
          </p>
          {formError?.kind === 'message' && formError.details.length > 0 ? (
            <ul>
              {formError.details.map((detail) => (
                <li key={detail}>{detail}</li>
              ))}
            </ul>
          ) : null}
          {listed.length > 0 ? (
            <ul>
              {listed.map((field) => (
                <li key={field}>
                  <a href={`#${idFor(field)}`} onClick={(event) => goTo(field, event)}>
                    {t('shipping.problem', {
                      field: labels[field],
                      message: message(problems[field]!),
                    })}
                  </a>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}

      <div className="form-section">
        {SHIPPING_FIELDS.map((field) => {
          const id = idFor(field);
          const problem = problems[field];
          const error = problem ? message(problem) : undefined;
          const parsed = parseShippingAmount(values[field]);
          return (
            <div key={field} className="shipping-form__rate">
              <Field id={id} label={labels[field]} hint={t('shipping.hint')} error={error}>
                <input
                  id={id}
                  type="text"
                  inputMode="decimal"
                  autoComplete="off"
                  className="field__control field__control--short"
                  value={values[field]}
                  onChange={(event) => {
                    const text = event.target.value;
                    setValues((current) => ({ ...current, [field]: text }));
                  }}
                  data-testid={TEST_IDS[field]}
                  {...describedBy(
                    id,
                    { hint: true, error },
                    ...(parsed.ok ? [`${id}-preview`] : []),
                  )}
                />
              </Field>
              {parsed.ok ? (
                <p id={`${id}-preview`} className="field__preview">
                  {t('shipping.preview')}{' '}
                  <Money value={{ amount: parsed.amount, currency: 'MAD' }} />
                </p>
              ) : null}
            </div>
          );
        })}
      </div>

      <div className="form-actions">
        <button
          type="submit"
          className="button button--primary"
          aria-disabled={save.isPending || undefined}
          data-testid="shipping-save"
        >
          {save.isPending ? t('shipping.saving') : t('shipping.save')}
        </button>
        <p role="status" className="form-actions__status">
          {notice}
        </p>
      </div>
    </form>
  );
}

export function SellerShippingPage() {
  const { t } = useSellerTexts();
  useDocumentTitle(t('meta.shippingTitle'));
  const settings = useShippingSettings();

  let content;
  if (settings.isError && isNoShopError(settings.error)) {
    content = <NoShopNotice error={settings.error} headingLevel={2} />;
  } else if (settings.data) {
    content = <ShippingForm settings={settings.data} />;
  } else if (settings.isError && !settings.isFetching) {
    content = <QueryError error={settings.error} onRetry={() => void settings.refetch()} />;
  } else {
    content = <LoadingStatus />;
  }

  return (
    <div className="container seller-page seller-page--narrow">
      <SellerNav current="shipping" />
      <header className="seller-heading seller-heading--product">
        <div>
          <h1 className="seller-heading__title">{t('shipping.title')}</h1>
          <p className="seller-heading__intro">{t('shipping.intro')}</p>
        </div>
      </header>
      {content}
    </div>
  );
}
