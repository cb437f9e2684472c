import { loadConfig } from '../../config/configuration';
import { originOf, storefrontOrigins } from './cross-site.guard';

describe('storefrontOrigins', () => {
  it('is PUBLIC_URL’s origin, plus Vite’s dev and preview servers outside production', () => {
    const development = storefrontOrigins(loadConfig({ PUBLIC_URL: 'https://hirfa.ma' }));
    expect(development).toEqual(
      expect.arrayContaining([
        'https://hirfa.ma',
        'http://localhost:5173',
        'http://127.0.0.1:5173',
      ]),
    );
    expect(development).toContain('http://localhost:4173');
  });

  it('is PUBLIC_URL’s origin alone in production', () => {
    const production = loadConfig({
      NODE_ENV: 'production',
      PUBLIC_URL: 'https://HIRFA.ma:443',
      STRIPE_SECRET_KEY: 'sk_test_hirfa',
      STRIPE_WEBHOOK_SECRET: 'whsec_hirfa',
    });
    expect(storefrontOrigins(production)).toEqual(['https://hirfa.ma']);
  });
});

describe('originOf', () => {
  it.each([
    ['https://hirfa.ma', 'https://hirfa.ma'],
    ['https://hirfa.ma/fr/connexion?next=%2F', 'https://hirfa.ma'],
    ['HTTP://LOCALHOST:80', 'http://localhost'],
    ['http://127.0.0.1:5173/', 'http://127.0.0.1:5173'],
  ])('reads %s as %s', (header, origin) => {
    expect(originOf(header)).toBe(origin);
  });

  it.each(['null', '', 'hirfa.ma', 'file:///etc/passwd', 'chrome-extension://abc', 'data:,x'])(
    'reads %j as no origin',
    (header) => {
      expect(originOf(header)).toBeNull();
    },
  );
});
