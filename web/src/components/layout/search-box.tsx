import { useEffect, useId, useRef, type FormEvent } from 'react';
import { useLocation } from 'wouter';
import { SEARCH_QUERY_MAX_LENGTH } from '@hirfa/shared';
import { useTranslation } from '@/lib/i18n';
import { useSearchParams } from '@/lib/search-params';

const CATALOGUE_PATH = '/products';

/**
 * The header's search: a plain form whose submission opens the catalogue with the words as
 * `q`. On the catalogue it shows the words the results are for.
 */
export function SearchBox() {
  const { t } = useTranslation();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [pathname, navigate] = useLocation();
  const searchParams = useSearchParams();
  const current = pathname === CATALOGUE_PATH ? (searchParams.get('q') ?? '') : '';

  // Left uncontrolled so typing re-renders nothing; only a new address rewrites the words.
  useEffect(() => {
    if (input.current) input.current.value = current;
  }, [current]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const q = String(new FormData(event.currentTarget).get('q') ?? '').trim();
    navigate(q ? `${CATALOGUE_PATH}?${new URLSearchParams({ q })}` : CATALOGUE_PATH);
  }

  return (
    <form
      role="search"
      className="search-box"
      action={CATALOGUE_PATH}
      aria-label={t('search.label')}
      onSubmit={onSubmit}
    >
      <label htmlFor={id} className="visually-hidden">
        {t('search.label')}
      </label>
      <input
        ref={input}
        id={id}
        data-testid="search-box"
        className="search-box__input"
        type="search"
        name="q"
        defaultValue={current}
        placeholder={t('search.placeholder')}
        maxLength={SEARCH_QUERY_MAX_LENGTH}
        autoComplete="off"
        enterKeyHint="search"
      />
      <button type="submit" className="search-box__submit">
        <span className="search-box__icon" aria-hidden="true" />
        <span className="visually-hidden">{t('search.submit')}</span>
      </button>
    </form>
  );
}
