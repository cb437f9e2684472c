import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeAll } from 'vitest';
import { changeLanguage, initI18n } from '@/lib/i18n';

beforeAll(async () => {
  await initI18n();
});

afterEach(async () => {
  cleanup();
  await changeLanguage('fr');
  window.localStorage.clear();
});
