import { isIP } from 'node:net';

/** A rate limit read from a setting such as `20/10min`: at most `limit` requests per window. */
export interface RateLimitSetting {
  limit: number;
  windowSeconds: number;
}

const UNIT_SECONDS: Record<string, number> = {
  s: 1,
  sec: 1,
  second: 1,
  seconds: 1,
  m: 60,
  min: 60,
  minute: 60,
  minutes: 60,
  h: 3600,
  hour: 3600,
  hours: 3600,
  d: 86_400,
  day: 86_400,
  days: 86_400,
};

const RATE = /^(\d{1,9})\s*\/\s*(\d{1,6})?\s*([a-z]+)$/;

/**
 * Reads `<count>/<window>`, the window being a number (1 when left out) and a unit: `20/10min`,
 * `5/hour`, `100/1d`. Returns a message instead when the text is not one.
 */
export function parseRateLimit(name: string, text: string): RateLimitSetting | string {
  const match = RATE.exec(text.trim().toLowerCase());
  const unit = match ? UNIT_SECONDS[match[3]] : undefined;
  if (!match || unit === undefined) {
    return `${name} must look like 20/10min or 5/hour (a count, a slash, a window in s, min, hour or day)`;
  }
  const limit = Number(match[1]);
  const windowSeconds = Number(match[2] ?? '1') * unit;
  if (limit < 1 || windowSeconds < 1) return `${name} needs a count and a window of at least 1`;
  return { limit, windowSeconds };
}

/** What Express's `trust proxy` is set to: a hop count, or addresses, subnets and names. */
export type TrustProxySetting = number | string[] | false;

const TRUST_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

function isAddressOrSubnet(item: string): boolean {
  const [address, prefix, ...rest] = item.split('/');
  if (rest.length > 0) return false;
  const family = isIP(address);
  if (family === 0) return false;
  if (prefix === undefined) return true;
  if (!/^\d{1,3}$/.test(prefix)) return false;
  return Number(prefix) <= (family === 4 ? 32 : 128);
}

/**
 * Reads TRUST_PROXY: a number of proxy hops in front of the API, `false` for none, or a
 * comma-separated list of the proxies' addresses, CIDR subnets or the names `loopback`,
 * `linklocal`, `uniquelocal`. `true` (believe every X-Forwarded-For) is refused: any client
 * could then claim any address and slip past the per-address limits.
 */
export function parseTrustProxy(text: string): TrustProxySetting | string {
  const value = text.trim().toLowerCase();
  if (/^\d{1,2}$/.test(value)) return Number(value);
  if (value === 'false' || value === 'none') return false;
  if (value === 'true') {
    return 'TRUST_PROXY=true would believe the X-Forwarded-For of any client; give the number of proxies (e.g. 1) or their addresses';
  }
  const items = value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
  const bad = items.filter((item) => !TRUST_NAMES.has(item) && !isAddressOrSubnet(item));
  if (items.length === 0 || bad.length > 0) {
    return `TRUST_PROXY must be a hop count, false, or addresses/CIDRs/loopback/linklocal/uniquelocal separated by commas (not: ${bad.join(', ') || 'empty'})`;
  }
  return items;
}
