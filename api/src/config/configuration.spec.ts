import { ConfigurationError, configurationWarnings, loadConfig } from './configuration';

describe('loadConfig', () => {
  it('fills in defaults for a bare environment', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.nodeEnv).toBe('development');
    expect(config.databaseUrl).toBeUndefined();
    expect(config.mediaDir).toBe(`${config.dataDir}/media`);
  });

  it('reads typed values', () => {
    const config = loadConfig({
      PORT: '8080',
      NODE_ENV: 'production',
      STRIPE_SECRET_KEY: 'sk_live_abc',
      STRIPE_WEBHOOK_SECRET: 'whsec_x',
      DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/hirfa',
      DATA_DIR: '/tmp/hirfa-data',
    });
    expect(config.port).toBe(8080);
    expect(config.isProduction).toBe(true);
    expect(config.databaseUrl).toBe('postgres://postgres@127.0.0.1:5432/hirfa');
    expect(config.mediaDir).toBe('/tmp/hirfa-data/media');
  });

  it('names every bad variable in one message', () => {
    let caught: unknown;
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://db', NODE_ENV: 'staging' });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigurationError);
    const message = (caught as Error).message;
    expect(message).toContain('PORT');
    expect(message).toContain('DATABASE_URL must be a postgres://');
    expect(message).toContain('NODE_ENV');
  });

  it('refuses a port out of range', () => {
    expect(() => loadConfig({ PORT: '70000' })).toThrow(/PORT must not be greater than 65535/);
  });
});

describe('payment and mail settings', () => {
  it('uses the local payment server without a Stripe key', () => {
    const config = loadConfig({});
    expect(config.stripe.mode).toBe('local');
    expect(config.stripe.webhookSecret).toMatch(/^whsec_/);
    expect(config.commissionRateBps).toBe(1000);
    expect(config.paymentTimeoutMinutes).toBe(30);
    expect(config.publicUrl).toBe('http://localhost:3000');
  });

  it('needs the webhook secret with a real Stripe key', () => {
    expect(() => loadConfig({ STRIPE_SECRET_KEY: 'sk_test_abc' })).toThrow(
      /STRIPE_WEBHOOK_SECRET is required/,
    );
    const config = loadConfig({
      STRIPE_SECRET_KEY: 'sk_live_abc',
      STRIPE_WEBHOOK_SECRET: 'whsec_x',
    });
    expect(config.stripe).toMatchObject({ mode: 'stripe', secretKey: 'sk_live_abc' });
  });

  it('refuses malformed keys and an SMTP transport without a URL', () => {
    expect(() => loadConfig({ STRIPE_SECRET_KEY: 'pk_test_abc' })).toThrow(/sk_test_ or sk_live_/);
    expect(() => loadConfig({ MAIL_TRANSPORT: 'smtp' })).toThrow(/SMTP_URL is required/);
    expect(() => loadConfig({ PUBLIC_URL: 'https://hirfa.ma/shop' })).toThrow(/PUBLIC_URL/);
  });
});

describe('payments in production', () => {
  it('refuses to start without STRIPE_SECRET_KEY, naming it', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(ConfigurationError);
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(
      /STRIPE_SECRET_KEY is required with NODE_ENV=production/,
    );
  });

  it('takes fake payments only when PAYMENTS=local is asked for, with a loud warning', () => {
    const config = loadConfig({ NODE_ENV: 'production', PAYMENTS: 'local' });
    expect(config.stripe.mode).toBe('local');
    expect(configurationWarnings(config)).toEqual([expect.stringMatching(/FAKE/)]);
  });

  it('warns about nothing with a real key, nor in development', () => {
    const live = loadConfig({
      NODE_ENV: 'production',
      STRIPE_SECRET_KEY: 'sk_live_abc',
      STRIPE_WEBHOOK_SECRET: 'whsec_x',
    });
    expect(live.stripe.mode).toBe('stripe');
    expect(configurationWarnings(live)).toEqual([]);
    const development = loadConfig({});
    expect(development.stripe.mode).toBe('local');
    expect(configurationWarnings(development)).toEqual([]);
  });

  it('refuses contradictory or unknown payment settings', () => {
    expect(() => loadConfig({ PAYMENTS: 'stripe' })).toThrow(
      /STRIPE_SECRET_KEY is required with PAYMENTS=stripe/,
    );
    expect(() =>
      loadConfig({
        PAYMENTS: 'local',
        STRIPE_SECRET_KEY: 'sk_test_abc',
        STRIPE_WEBHOOK_SECRET: 'whsec_x',
      }),
    ).toThrow(/PAYMENTS=local and STRIPE_SECRET_KEY are both set/);
    expect(() => loadConfig({ PAYMENTS: 'paypal' })).toThrow(/PAYMENTS/);
  });
});

describe('catalogue cache settings', () => {
  it('bounds the cache at 32 MiB by default and reads CATALOGUE_CACHE_MAX_BYTES', () => {
    expect(loadConfig({}).catalogueCache.maxBytes).toBe(32 * 1024 * 1024);
    expect(loadConfig({ CATALOGUE_CACHE_MAX_BYTES: '1048576' }).catalogueCache.maxBytes).toBe(
      1_048_576,
    );
    expect(() => loadConfig({ CATALOGUE_CACHE_MAX_BYTES: '-1' })).toThrow(
      /CATALOGUE_CACHE_MAX_BYTES/,
    );
  });
});
