import { useId, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, isLanguage } from '@hirfa/shared';
import { changeLanguage, useLanguage } from '@/lib/i18n';

export function LanguageSwitcher() {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = useId();
  const [pending, setPending] = useState(false);

  async function onChange(event: ChangeEvent<HTMLSelectElement>) {
    const next = event.target.value;
    if (!isLanguage(next)) return;
    setPending(true);
    try {
      await changeLanguage(next);
    } catch {
      // The texts could not be downloaded: staying in the current language is the fallback.
    } finally {
      setPending(false);
    }
  }

  return (
    <div className="language-switcher">
      <label htmlFor={id} className="language-switcher__label">
        {t('language.label')}
      </label>
      <select
        id={id}
        data-testid="language-switcher"
        className="language-switcher__select"
        value={language}
        onChange={onChange}
        aria-busy={pending || undefined}
      >
        {LANGUAGES.map((code) => (
          <option key={code} value={code} lang={code}>
            {t(`language.${code}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
