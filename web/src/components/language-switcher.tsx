import { useId, useState, type ChangeEvent } from 'react';
import { LANGUAGES, isLanguage } from '@hirfa/shared';
import { useTranslation } from '@/lib/i18n';

export function LanguageSwitcher() {
  const { t, language, setLanguage } = useTranslation();
  const id = useId();
  const [pending, setPending] = useState(false);

  async function onChange(event: ChangeEvent<HTMLSelectElement>) {
    const next = event.target.value;
    if (!isLanguage(next)) return;
    setPending(true);
    try {
      await setLanguage(next);
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
