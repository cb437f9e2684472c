import { ConfigurationError, loadConfig } from './configuration';

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
