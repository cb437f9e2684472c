import { ConfigurationError, loadConfig } from './configuration';
import { parseRateLimit, parseTrustProxy } from './limit-settings';

describe('parseRateLimit', () => {
  it.each([
    ['20/10min', { limit: 20, windowSeconds: 600 }],
    ['5/hour', { limit: 5, windowSeconds: 3600 }],
    ['5 / 1 h', { limit: 5, windowSeconds: 3600 }],
    ['100/1d', { limit: 100, windowSeconds: 86_400 }],
    ['3/30s', { limit: 3, windowSeconds: 30 }],
    ['7/2DAYS', { limit: 7, windowSeconds: 172_800 }],
  ])('reads %s', (text, expected) => {
    expect(parseRateLimit('X', text)).toEqual(expected);
  });

  it.each(['', '20', '20/', '/10min', '20/10 fortnights', '-1/hour', '0/hour', '20/0min', '1.5/h'])(
    'refuses %j with a message naming the setting',
    (text) => {
      expect(parseRateLimit('RATE_LIMIT_X', text)).toEqual(expect.stringMatching(/^RATE_LIMIT_X/));
    },
  );
});

describe('parseTrustProxy', () => {
  it.each([
    ['loopback', ['loopback']],
    ['1', 1],
    ['2', 2],
    ['false', false],
    ['none', false],
    ['10.0.0.0/8, 172.16.0.0/12', ['10.0.0.0/8', '172.16.0.0/12']],
    ['loopback,uniquelocal', ['loopback', 'uniquelocal']],
    ['192.0.2.10', ['192.0.2.10']],
    ['fd00::/8', ['fd00::/8']],
  ])('reads %j', (text, expected) => {
    expect(parseTrustProxy(text)).toEqual(expected);
  });

  it.each(['true', '', 'everyone', '10.0.0.0/33', '10.0.0/8', 'fd00::/129', '1.2.3.4/8/2'])(
    'refuses %j',
    (text) => {
      expect(typeof parseTrustProxy(text)).toBe('string');
    },
  );
});

describe('limit settings in loadConfig', () => {
  it('has defaults: loopback as the only proxy, and every rate limit set', () => {
    const config = loadConfig({});
    expect(config.trustProxy).toEqual(['loopback']);
    expect(config.rateLimits).toEqual({
      checkoutPerIp: { limit: 20, windowSeconds: 600 },
      guestCheckoutPerIp: { limit: 10, windowSeconds: 3600 },
      checkoutPerEmail: { limit: 5, windowSeconds: 3600 },
      cartPerIp: { limit: 60, windowSeconds: 600 },
      registerPerIp: { limit: 10, windowSeconds: 3600 },
    });
  });

  it('reads the settings given', () => {
    const config = loadConfig({ TRUST_PROXY: '1', RATE_LIMIT_REGISTER_PER_IP: '3/min' });
    expect(config.trustProxy).toBe(1);
    expect(config.rateLimits.registerPerIp).toEqual({ limit: 3, windowSeconds: 60 });
  });

  it('names each bad setting', () => {
    let caught: unknown;
    try {
      loadConfig({ TRUST_PROXY: 'true', RATE_LIMIT_CHECKOUT_PER_IP: 'lots' });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigurationError);
    const problems = (caught as ConfigurationError).problems.join('\n');
    expect(problems).toMatch(/TRUST_PROXY=true/);
    expect(problems).toMatch(/RATE_LIMIT_CHECKOUT_PER_IP/);
  });
});
