import { useRef, type KeyboardEvent } from 'react';
import { LANGUAGES, SELLER_PRODUCT_LIMITS as LIMITS, type Language } from '@hirfa/shared';
import { textDirection, useTranslation } from '@/lib/i18n';
import { useSellerTexts } from '../i18n';
import type { FieldName } from '../utils/product-form';
import { describedBy, FieldError, FieldHint } from './form-controls';

interface TextTabsProps {
  idFor: (field: FieldName) => string;
  title: Record<Language, string>;
  description: Record<Language, string>;
  errors: Partial<Record<FieldName, string>>;
  active: Language;
  onActivate: (language: Language) => void;
  onChange: (field: 'title' | 'description', language: Language, value: string) => void;
}

/** Title and description in each language, one tab per language. */
export function TextTabs({
  idFor,
  title,
  description,
  errors,
  active,
  onActivate,
  onChange,
}: TextTabsProps) {
  const { t, language: readerLanguage } = useSellerTexts();
  const { t: tGlobal } = useTranslation();
  const tabs = useRef(new Map<Language, HTMLButtonElement>());
  const groupId = idFor('title');
  const tabId = (language: Language) => `${groupId}-tab-${language}`;
  const panelId = (language: Language) => `${groupId}-panel-${language}`;

  function move(event: KeyboardEvent<HTMLButtonElement>, language: Language) {
    const index = LANGUAGES.indexOf(language);
    // Arrows follow the reading direction: in Arabic the next tab is on the left.
    const forward = textDirection(readerLanguage) === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
    const backward = forward === 'ArrowLeft' ? 'ArrowRight' : 'ArrowLeft';
    let target: number;
    if (event.key === forward) target = (index + 1) % LANGUAGES.length;
    else if (event.key === backward) target = (index - 1 + LANGUAGES.length) % LANGUAGES.length;
    else if (event.key === 'Home') target = 0;
    else if (event.key === 'End') target = LANGUAGES.length - 1;
    else return;
    event.preventDefault();
    const next = LANGUAGES[target]!;
    onActivate(next);
    tabs.current.get(next)?.focus();
  }

  return (
    <div className="text-tabs">
      <p id={`${groupId}-hint`} className="field__hint">
        {t('form.languagesHint')}
      </p>
      <FieldError id={groupId} error={errors.title} />
      <div role="tablist" aria-label={t('form.languages')} className="text-tabs__list">
        {LANGUAGES.map((language) => {
          const selected = language === active;
          const filled = title[language].trim() !== '';
          const invalid = Boolean(errors[`title.${language}`] || errors[`description.${language}`]);
          return (
            <button
              key={language}
              ref={(element) => {
                if (element) tabs.current.set(language, element);
                else tabs.current.delete(language);
              }}
              type="button"
              role="tab"
              id={tabId(language)}
              aria-selected={selected}
              aria-controls={panelId(language)}
              tabIndex={selected ? 0 : -1}
              className={invalid ? 'text-tabs__tab text-tabs__tab--invalid' : 'text-tabs__tab'}
              onClick={() => onActivate(language)}
              onKeyDown={(event) => move(event, language)}
              data-testid={`language-tab-${language}`}
            >
              <span lang={language}>{tGlobal(`language.${language}`)}</span>
              {filled ? (
                <>
                  <span aria-hidden="true" className="text-tabs__mark">
                    ✓
                  </span>
                  <span className="visually-hidden">({t('form.filled')})</span>
                </>
              ) : null}
            </button>
          );
        })}
      </div>
      {LANGUAGES.map((language) => {
        const titleId = idFor(`title.${language}`);
        const descriptionId = idFor(`description.${language}`);
        const name = tGlobal(`language.${language}`);
        const titleError = errors[`title.${language}`];
        const descriptionError = errors[`description.${language}`];
        const dir = textDirection(language);
        return (
          <div
            key={language}
            role="tabpanel"
            id={panelId(language)}
            aria-labelledby={tabId(language)}
            hidden={language !== active}
            className="text-tabs__panel"
          >
            <div className="field">
              <label htmlFor={titleId} className="field__label">
                {t('form.title', { language: name })}
              </label>
              <input
                id={titleId}
                type="text"
                className="field__control"
                lang={language}
                dir={dir}
                maxLength={LIMITS.titleMaxLength}
                value={title[language]}
                onChange={(event) => onChange('title', language, event.target.value)}
                data-testid={`product-title-${language}`}
                {...describedBy(
                  titleId,
                  { error: titleError },
                  `${groupId}-hint`,
                  ...(errors.title ? [`${groupId}-error`] : []),
                )}
                aria-invalid={titleError || errors.title ? true : undefined}
              />
              <FieldError id={titleId} error={titleError} />
            </div>
            <div className="field">
              <label htmlFor={descriptionId} className="field__label">
                {t('form.description', { language: name })}{' '}
                <span className="field__optional">{t('form.optional')}</span>
              </label>
              <textarea
                id={descriptionId}
                className="field__control text-tabs__description"
                lang={language}
                dir={dir}
                rows={6}
                maxLength={LIMITS.descriptionMaxLength}
                value={description[language]}
                onChange={(event) => onChange('description', language, event.target.value)}
                data-testid={`product-description-${language}`}
                {...describedBy(descriptionId, {
                  hint: t('form.descriptionHint'),
                  error: descriptionError,
                })}
              />
              <FieldHint id={descriptionId}>{t('form.descriptionHint')}</FieldHint>
              <FieldError id={descriptionId} error={descriptionError} />
            </div>
          </div>
        );
      })}
    </div>
  );
}
