import { productSlug } from './product-slug';
import { slugify as slugBase } from '../../common/text/slugify';

describe('product slugs', () => {
  it('strips accents and punctuation', () => {
    expect(slugBase('Tajine émaillé — bleu de Safi !')).toBe('tajine-emaille-bleu-de-safi');
    expect(slugBase('Œuvre en thuya')).toBe('oeuvre-en-thuya');
  });

  it('cuts long titles at a word boundary', () => {
    const slug = slugBase('Grand plat creux en céramique émaillée '.repeat(4));
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug.endsWith('-')).toBe(false);
  });

  it('adds a short suffix, and stands in for titles without latin letters', () => {
    expect(productSlug({ fr: 'Babouches en cuir' }, 'a1b2c3')).toBe('babouches-en-cuir-a1b2c3');
    expect(productSlug({ fr: null, ar: 'طاجين', en: 'Blue tagine' }, 'a1b2c3')).toBe(
      'blue-tagine-a1b2c3',
    );
    expect(productSlug({ ar: 'طاجين أزرق' }, 'a1b2c3')).toBe('produit-a1b2c3');
    expect(productSlug({ fr: 'Plat' })).toMatch(/^plat-[0-9a-f]{6}$/);
  });
});
