import '../checkout.css';
import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Link, useLocation } from 'wouter';
import {
  CHECKOUT_ERROR_CODES,
  type Cart,
  type CheckoutChanges,
  type CheckoutQuantityLimitError,
  type CheckoutRequest,
  type CheckoutTooManyOpenOrdersError,
  type CheckoutTotalChangedError,
  type PaymentMethod,
} from '@hirfa/shared';
import { useSession } from '@/lib/auth';
import { CART_QUERY_KEY, storeCart } from '@/lib/cart';
import { rateLimitWait } from '@/lib/rate-limit';
import {
  ErrorSummary,
  SelectField,
  TextField,
  type FieldError,
} from '@/components/form/form-controls';
import { usePlaceOrder } from '../api/place-order';
import { useCheckoutTexts } from '../i18n';
import {
  apiBodyFor,
  apiCode,
  apiDetails,
  errorKind,
  errorMessage,
  httpStatus,
} from '../utils/api-errors';
import {
  FIELDS,
  maxLength,
  problemsFromApi,
  validate,
  type Field,
  type FormValues,
  type Problems,
} from '../utils/checkout-form';
import { countryOptions, MOROCCO } from '../utils/countries';
import { newIdempotencyKey } from '../utils/idempotency-key';
import { CheckoutChangesList } from './checkout-changes';
import { OrderSummary } from './order-summary';

interface CheckoutFormProps {
  cart: Cart;
  /** The signed-in shopper's address, offered as the contact email. */
  initialEmail: string;
}

/** Leaves for the card payment page (Stripe's, or the local payment server's in the demo). */
function goToPayment(url: string) {
  window.location.assign(url);
}

export function CheckoutForm({ cart, initialEmail }: CheckoutFormProps) {
  const { t, language } = useCheckoutTexts();
  const id = useId();
  const [, navigate] = useLocation();
  const queryClient = useQueryClient();
  const session = useSession();
  const place = usePlaceOrder();
  const countries = useMemo(() => countryOptions(language), [language]);
  const [values, setValues] = useState<FormValues>({
    email: initialEmail,
    name: '',
    phone: '',
    line1: '',
    line2: '',
    city: '',
    postalCode: '',
    country: MOROCCO,
  });
  const [chosenMethod, setChosenMethod] = useState<PaymentMethod>('cod');
  const [problems, setProblems] = useState<Problems>({});
  const [attempt, setAttempt] = useState(0);
  const [redirecting, setRedirecting] = useState(false);
  // What changed since the shopper saw the total: shown until they confirm the new one.
  const [changes, setChanges] = useState<CheckoutChanges | null>(null);
  // One key per attempt at placing this order, kept until the server has definitely answered.
  const idempotencyKey = useRef<string | null>(null);
  const sending = useRef(false);

  useEffect(() => {
    // Coming back from the payment page with the browser's back button restores this page as
    // it was left, "redirecting": the shopper may need to send it again (same order, replayed).
    const onPageShow = (event: PageTransitionEvent) => {
      if (event.persisted) setRedirecting(false);
    };
    window.addEventListener('pageshow', onPageShow);
    return () => window.removeEventListener('pageshow', onPageShow);
  }, []);

  const domestic = values.country === MOROCCO;
  // The total on the screen is the one the order is placed at, or refused with what changed.
  const shownTotal = domestic ? cart.totals.morocco.total : cart.totals.international.total;
  // Cash on delivery is for Moroccan addresses only: abroad, the card is the only way.
  const method: PaymentMethod = domestic ? chosenMethod : 'card';
  const fieldId = (field: Field) => `${id}-${field}`;
  const set = (field: Field) => (event: { target: { value: string } }) =>
    setValues((current) => ({ ...current, [field]: event.target.value }));

  function fieldError(field: Field): string | undefined {
    const problem = problems[field];
    if (!problem) return undefined;
    if (problem === 'tooLong') return t('errors.tooLong', { max: maxLength(field) });
    return problem === 'required' ? t(`errors.required.${field}`) : t(`errors.invalid.${field}`);
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // A second click while the first is on its way would only repeat it.
    if (sending.current || redirecting) return;
    setAttempt((count) => count + 1);
    const found = validate(values);
    setProblems(found);
    if (Object.keys(found).length > 0) {
      // The server's last answer is about data that has changed since.
      place.reset();
      return;
    }

    idempotencyKey.current ??= newIdempotencyKey();
    const optional = (value: string) => (value.trim() === '' ? null : value.trim());
    const request: CheckoutRequest = {
      cartId: cart.id,
      email: values.email.trim(),
      shipping: {
        name: values.name.trim(),
        phone: values.phone.trim(),
        line1: values.line1.trim(),
        line2: optional(values.line2),
        city: values.city.trim(),
        postalCode: optional(values.postalCode),
        country: values.country,
      },
      paymentMethod: method,
      expectedTotal: shownTotal,
    };
    sending.current = true;
    setChanges(null);
    place.mutate(
      { request, idempotencyKey: idempotencyKey.current },
      {
        onSuccess: (placed) => {
          if (placed.paymentUrl) {
            setRedirecting(true);
            goToPayment(placed.paymentUrl);
            return;
          }
          navigate(`/orders/${placed.orderId}?placed=1`);
          // The cart is now an order: the header and the next visit get a fresh, empty one.
          void queryClient.invalidateQueries({ queryKey: CART_QUERY_KEY });
        },
        onError: (error) => {
          const status = httpStatus(error);
          // A refusal placed no order: the next attempt, with corrected data, gets its own key.
          // A lost answer or a server failure keeps the key, so a retry cannot order twice.
          if (status !== null && status >= 400 && status < 500) idempotencyKey.current = null;
          if (status === 400) setProblems(problemsFromApi(apiDetails(error)).problems);
          const changed = apiBodyFor<CheckoutTotalChangedError>(
            error,
            CHECKOUT_ERROR_CODES.totalChanged,
          );
          if (changed) {
            // The cart as it is now: the summary shows the new total the shopper confirms.
            storeCart(queryClient, session.user?.id ?? null, language, changed.cart);
            setChanges(changed.changes);
          } else if (status === 404 || status === 409) {
            void queryClient.invalidateQueries({ queryKey: CART_QUERY_KEY });
          }
        },
        onSettled: () => {
          sending.current = false;
        },
      },
    );
  }

  let message: string | null = null;
  let backToCart = false;
  if (place.error) {
    const error = place.error;
    const status = httpStatus(error);
    const quantityLimit = apiBodyFor<CheckoutQuantityLimitError>(
      error,
      CHECKOUT_ERROR_CODES.quantityLimit,
    );
    const openOrders = apiBodyFor<CheckoutTooManyOpenOrdersError>(
      error,
      CHECKOUT_ERROR_CODES.tooManyOpenOrders,
    );
    const wait = rateLimitWait(error);
    if (changes) {
      message = t('errors.totalChanged');
      backToCart = !cart.readyForCheckout;
    } else if (quantityLimit) {
      message = t('errors.quantityLimit', {
        limit: quantityLimit.limit,
        titles: quantityLimit.products.map((product) => product.title).join(', '),
      });
      backToCart = true;
    } else if (openOrders) {
      message = t('errors.tooManyOpenOrders');
    } else if (apiCode(error) === CHECKOUT_ERROR_CODES.totalTooLarge) {
      message = t('errors.totalTooLarge');
      backToCart = true;
    } else if (wait) {
      message = t(`errors.rateLimited${wait.unit}`, wait.values);
    } else if (status === 400) {
      const details = apiDetails(error);
      const { others } = problemsFromApi(details);
      // Field by field when the API said which: the list below names them.
      if (others.length > 0 || details.length === 0) {
        message = t('errors.refused', {
          message: others.length > 0 ? others.join(' ') : errorMessage(error),
        });
      }
    } else if (status === 404) {
      message = t('errors.cartGone');
      backToCart = true;
    } else if (status === 409) {
      message = t('errors.soldOut');
      backToCart = true;
    } else if (status === 422) {
      const variables = place.variables;
      message =
        variables?.request.paymentMethod === 'cod' && variables.request.shipping.country !== MOROCCO
          ? t('errors.codAbroad')
          : cart.itemCount === 0
            ? t('errors.emptyCart')
            : t('errors.refused', { message: errorMessage(error) });
    } else if (status === 503) {
      message = t('errors.paymentUnavailable');
    } else {
      const kind = errorKind(error);
      message =
        kind === 'other'
          ? t('errors.generic', { message: errorMessage(error) })
          : t(`errors.${kind}`);
    }
  }

  const errors: FieldError[] = FIELDS.flatMap((field) => {
    const text = fieldError(field);
    return text ? [{ id: fieldId(field), text }] : [];
  });
  const busy = place.isPending || redirecting;
  const cardHintId = `${id}-card-hint`;
  const codHintId = `${id}-cod-hint`;

  return (
    <form className="checkout-form" noValidate onSubmit={onSubmit} aria-busy={busy || undefined}>
      <ErrorSummary
        title={t('errors.summaryTitle')}
        message={message}
        errors={errors}
        attempt={attempt}
      >
        {changes ? (
          <>
            <CheckoutChangesList changes={changes} />
            <p className="form-alert__message" data-testid="checkout-confirm-hint">
              {cart.readyForCheckout ? t('changes.confirm') : t('changes.fixCart')}
            </p>
          </>
        ) : null}
        {backToCart ? (
          <p className="form-alert__message">
            <Link to="/cart">{t('reviewCart')}</Link>
          </p>
        ) : null}
      </ErrorSummary>

      <fieldset className="checkout-fieldset">
        <legend>{t('contact.legend')}</legend>
        <TextField
          id={fieldId('email')}
          label={t('contact.email')}
          hint={t('contact.emailHint')}
          error={fieldError('email')}
          testId="checkout-email"
          type="email"
          name="email"
          autoComplete="email"
          inputMode="email"
          autoCapitalize="none"
          spellCheck={false}
          dir="ltr"
          required
          maxLength={maxLength('email')}
          value={values.email}
          onChange={set('email')}
        />
      </fieldset>

      <fieldset className="checkout-fieldset">
        <legend>{t('address.legend')}</legend>
        <TextField
          id={fieldId('name')}
          label={t('address.name')}
          error={fieldError('name')}
          testId="checkout-name"
          name="name"
          autoComplete="shipping name"
          required
          maxLength={maxLength('name')}
          value={values.name}
          onChange={set('name')}
        />
        <TextField
          id={fieldId('phone')}
          label={t('address.phone')}
          hint={t('address.phoneHint')}
          error={fieldError('phone')}
          testId="checkout-phone"
          type="tel"
          name="phone"
          autoComplete="shipping tel"
          inputMode="tel"
          dir="ltr"
          required
          maxLength={maxLength('phone')}
          value={values.phone}
          onChange={set('phone')}
        />
        <SelectField
          id={fieldId('country')}
          label={t('address.country')}
          error={fieldError('country')}
          testId="checkout-country"
          name="country"
          autoComplete="shipping country"
          required
          value={values.country}
          onChange={set('country')}
        >
          <option value={countries.morocco.code}>{countries.morocco.name}</option>
          <optgroup label={t('address.commonCountries')}>
            {countries.common.map((country) => (
              <option key={country.code} value={country.code}>
                {country.name}
              </option>
            ))}
          </optgroup>
          <optgroup label={t('address.otherCountries')}>
            {countries.others.map((country) => (
              <option key={country.code} value={country.code}>
                {country.name}
              </option>
            ))}
          </optgroup>
        </SelectField>
        <TextField
          id={fieldId('line1')}
          label={t('address.line1')}
          hint={t('address.line1Hint')}
          error={fieldError('line1')}
          testId="checkout-line1"
          name="line1"
          autoComplete="shipping address-line1"
          required
          maxLength={maxLength('line1')}
          value={values.line1}
          onChange={set('line1')}
        />
        <TextField
          id={fieldId('line2')}
          label={t('address.line2')}
          error={fieldError('line2')}
          testId="checkout-line2"
          name="line2"
          autoComplete="shipping address-line2"
          maxLength={maxLength('line2')}
          value={values.line2}
          onChange={set('line2')}
        />
        <div className="checkout-form__row">
          <TextField
            id={fieldId('city')}
            label={t('address.city')}
            error={fieldError('city')}
            testId="checkout-city"
            name="city"
            autoComplete="shipping address-level2"
            required
            maxLength={maxLength('city')}
            value={values.city}
            onChange={set('city')}
          />
          <TextField
            id={fieldId('postalCode')}
            label={t('address.postalCode')}
            error={fieldError('postalCode')}
            testId="checkout-postal-code"
            name="postalCode"
            autoComplete="shipping postal-code"
            dir="ltr"
            maxLength={maxLength('postalCode')}
            value={values.postalCode}
            onChange={set('postalCode')}
          />
        </div>
      </fieldset>

      <fieldset className="checkout-fieldset">
        <legend>{t('payment.legend')}</legend>
        <div className="choice">
          <input
            id={`${id}-card`}
            type="radio"
            name="paymentMethod"
            value="card"
            className="choice__input"
            data-testid="pay-card"
            checked={method === 'card'}
            aria-describedby={cardHintId}
            onChange={() => setChosenMethod('card')}
          />
          <label htmlFor={`${id}-card`} className="choice__label">
            {t('payment.card')}
          </label>
          <p id={cardHintId} className="choice__hint">
            {t('payment.cardHint')}
          </p>
        </div>
        <div className={domestic ? 'choice' : 'choice choice--disabled'}>
          <input
            id={`${id}-cod`}
            type="radio"
            name="paymentMethod"
            value="cod"
            className="choice__input"
            data-testid="pay-cod"
            checked={method === 'cod'}
            disabled={!domestic}
            aria-describedby={codHintId}
            onChange={() => setChosenMethod('cod')}
          />
          <label htmlFor={`${id}-cod`} className="choice__label">
            {t('payment.cod')}
          </label>
          <p id={codHintId} className="choice__hint" data-testid="cod-hint">
            {domestic ? t('payment.codHint') : t('payment.codAbroad')}
          </p>
        </div>
      </fieldset>

      <OrderSummary cart={cart} domestic={domestic} />

      <button
        type="submit"
        className="button button--primary checkout-form__submit"
        data-testid="place-order"
        disabled={busy}
      >
        {redirecting
          ? t('submit.redirecting')
          : place.isPending
            ? t('submit.sending')
            : changes
              ? t('submit.confirmTotal')
              : method === 'card'
                ? t('submit.card')
                : t('submit.cod')}
      </button>
    </form>
  );
}
