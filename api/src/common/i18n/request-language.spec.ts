import { languageFromHeader } from './request-language';

describe('languageFromHeader', () => {
  it('takes the most preferred language we speak', () => {
    expect(languageFromHeader('ar-MA,ar;q=0.9,fr;q=0.8')).toBe('ar');
    expect(languageFromHeader('de-DE,en;q=0.5,fr;q=0.7')).toBe('fr');
    expect(languageFromHeader('en-GB')).toBe('en');
  });

  it('ignores languages we do not speak and refused ones', () => {
    expect(languageFromHeader('de,es')).toBeUndefined();
    expect(languageFromHeader('ar;q=0,en;q=0.1')).toBe('en');
    expect(languageFromHeader(undefined)).toBeUndefined();
    expect(languageFromHeader('')).toBeUndefined();
  });
});
