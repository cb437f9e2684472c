import { join, resolve } from 'node:path';
import {
  parseRateLimit,
  parseTrustProxy,
  type RateLimitSetting,
  type TrustProxySetting,
} from './limit-settings';
import { plainToInstance, Transform } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  Min,
  validateSync,
  ValidationError,
} from 'class-validator';

/** The repository's root folder, from api/src/config or api/dist/config alike. */
export const REPOSITORY_ROOT = resolve(__dirname, '..', '..', '..');

const toInteger = ({ value }: { value: unknown }) =>
  typeof value === 'string' && /^-?\d+$/.test(value.trim()) ? Number(value) : value;

const emptyToUndefined = ({ value }: { value: unknown }) =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;

const URL_OPTIONS = { protocols: ['http', 'https'], require_protocol: true, require_tld: false };

/** Every environment variable the API reads, with its rules and default. */
class EnvironmentVariables {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(65535)
  PORT = 3000;

  @IsString()
  HOST = '0.0.0.0';

  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/\S+$/, {
    message: 'DATABASE_URL must be a postgres:// or postgresql:// connection URL',
  })
  DATABASE_URL?: string;

  @Transform(toInteger)
  @IsInt()
  @Min(1024)
  @Max(65535)
  EMBEDDED_POSTGRES_PORT = 54329;

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  DATA_DIR?: string;

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  MEDIA_DIR?: string;

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  WEB_DIST_DIR?: string;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent' = 'info';

  @Transform(toInteger)
  @IsInt()
  @Min(1)
  EUR_RATE_PER_MILLION = 92500;

  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(365)
  SESSION_TTL_DAYS = 30;

  @Transform(toInteger)
  @IsInt()
  @Min(0)
  @Max(3600)
  CATALOGUE_CACHE_SECONDS = 30;

  /** The platform's commission on each sale, in basis points (1000 = 10 %). */
  @Transform(toInteger)
  @IsInt()
  @Min(0)
  @Max(10_000)
  COMMISSION_RATE_BPS = 1000;

  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(24 * 60)
  PAYMENT_TIMEOUT_MINUTES = 30;

  /**
   * How often unpaid card orders past their deadline are cancelled; 0 turns the sweep off.
   * Defaults to 60 s, and to off under NODE_ENV=test, where tests call the sweeper.
   */
  @Transform(toInteger)
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(3600)
  ORDER_EXPIRY_SWEEP_SECONDS?: number;

  /** Hours a cash-on-delivery part may wait for its confirmation before it expires. */
  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(24 * 30)
  COD_CONFIRMATION_HOURS = 48;

  /** Unpaid card orders and unconfirmed cash orders one buyer may hold at once. */
  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(1000)
  MAX_OPEN_ORDERS_PER_BUYER = 3;

  /** Units of one product one buyer may hold in a checkout plus their open orders. */
  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(100_000)
  MAX_UNITS_PER_PRODUCT_PER_BUYER = 5;

  /**
   * How often refunds whose outcome at Stripe is unknown are read back and settled; 0 turns
   * it off. Defaults to 60 s, and to off under NODE_ENV=test, where tests call the reconciler.
   */
  @Transform(toInteger)
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(3600)
  REFUND_RECONCILE_SECONDS?: number;

  /** Balances from this amount (centimes) are paid out in a batch. */
  @Transform(toInteger)
  @IsInt()
  @Min(0)
  PAYOUT_MINIMUM_AMOUNT = 20_000;

  /** Days a sale waits after delivery (card) or remittance (cash) before it can be paid out. */
  @Transform(toInteger)
  @IsInt()
  @Min(0)
  @Max(365)
  PAYOUT_HOLD_DAYS = 7;

  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^https?:\/\/[^\s/]+(:\d+)?$/, {
    message: 'PUBLIC_URL must be an origin such as https://hirfa.ma (no path)',
  })
  PUBLIC_URL?: string;

  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^sk_(test|live)_\w+$/, {
    message: 'STRIPE_SECRET_KEY must be an sk_test_ or sk_live_ key',
  })
  STRIPE_SECRET_KEY?: string;

  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^whsec_\w+$/, { message: 'STRIPE_WEBHOOK_SECRET must start with whsec_' })
  STRIPE_WEBHOOK_SECRET?: string;

  /** Where the local payment server listens when no STRIPE_SECRET_KEY is set. */
  @Transform(toInteger)
  @IsInt()
  @Min(1024)
  @Max(65535)
  STRIPE_LOCAL_PORT = 12111;

  /**
   * `stripe` (the default with STRIPE_SECRET_KEY) or `local` (the local payment server, fake
   * payments). Production refuses to start without STRIPE_SECRET_KEY unless this is `local`.
   */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsIn(['stripe', 'local'])
  PAYMENTS?: 'stripe' | 'local';

  @IsIn(['file', 'smtp'])
  MAIL_TRANSPORT: 'file' | 'smtp' = 'file';

  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^smtps?:\/\/\S+$/, { message: 'SMTP_URL must be an smtp:// or smtps:// URL' })
  SMTP_URL?: string;

  @IsString()
  MAIL_FROM = 'Hirfa <commandes@hirfa.ma>';

  /** Seconds between mail worker runs; 0 turns the loop off (sending then waits for a drain). */
  @Transform(toInteger)
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(3600)
  MAIL_WORKER_INTERVAL_SECONDS?: number;

  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(100_000)
  CATALOGUE_CACHE_ENTRIES = 2000;

  /** Bytes of serialised answers the catalogue cache may hold, least recently used first out. */
  @Transform(toInteger)
  @IsInt()
  @Min(0)
  @Max(4 * 1024 ** 3)
  CATALOGUE_CACHE_MAX_BYTES = 32 * 1024 ** 2;

  @Transform(toInteger)
  @IsInt()
  @Min(1)
  LOGIN_MAX_FAILURES_PER_ACCOUNT = 5;

  @Transform(toInteger)
  @IsInt()
  @Min(1)
  LOGIN_MAX_FAILURES_PER_IP = 20;

  /**
   * Failures on one account from every address together; past it, only addresses that have
   * not failed on this account in the window may still try (so a botnet cannot lock it).
   */
  @Transform(toInteger)
  @IsInt()
  @Min(1)
  LOGIN_MAX_FAILURES_PER_ACCOUNT_TOTAL = 50;

  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(1440)
  LOGIN_FAILURE_WINDOW_MINUTES = 15;

  /**
   * Which peers may set X-Forwarded-For: a hop count, `false`, or proxies' addresses/CIDRs
   * (`loopback`, `linklocal`, `uniquelocal` too). Checked by parseTrustProxy.
   */
  @IsString()
  TRUST_PROXY = 'loopback';

  /** Rate limits, each `<count>/<window>` (see parseRateLimit), counted in PostgreSQL. */
  @IsString()
  RATE_LIMIT_CHECKOUT_PER_IP = '20/10min';

  @IsString()
  RATE_LIMIT_GUEST_CHECKOUT_PER_IP = '10/hour';

  @IsString()
  RATE_LIMIT_CHECKOUT_PER_EMAIL = '5/hour';

  @IsString()
  RATE_LIMIT_CART_PER_IP = '60/10min';

  @IsString()
  RATE_LIMIT_REGISTER_PER_IP = '10/hour';

  /** Largest JSON request body, in bytes (1 MiB). */
  @Transform(toInteger)
  @IsInt()
  @Min(1024)
  @Max(64 * 1024 * 1024)
  JSON_BODY_MAX_BYTES = 1024 * 1024;

  /** Deepest nesting of objects and arrays a JSON request body may have. */
  @Transform(toInteger)
  @IsInt()
  @Min(4)
  @Max(256)
  JSON_BODY_MAX_DEPTH = 32;

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsIn(['true', 'false'])
  COOKIE_SECURE?: 'true' | 'false';

  /** The OpenAPI page at /api/docs (and /api/docs-json); on unless NODE_ENV=production. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsIn(['true', 'false'])
  API_DOCS?: 'true' | 'false';

  /** Setting S3_BUCKET moves product photos from MEDIA_DIR to an S3-compatible bucket. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, {
    message: 'S3_BUCKET must be a bucket name (lowercase letters, digits, dots, hyphens)',
  })
  S3_BUCKET?: string;

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsUrl(URL_OPTIONS, { message: 'S3_ENDPOINT must be an http(s) URL' })
  S3_ENDPOINT?: string;

  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^[a-z0-9-]{2,40}$/, { message: 'S3_REGION must be a region name such as eu-west-3' })
  S3_REGION?: string;

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  S3_ACCESS_KEY_ID?: string;

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  S3_SECRET_ACCESS_KEY?: string;

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsUrl(URL_OPTIONS, { message: 'S3_PUBLIC_URL must be an http(s) URL' })
  S3_PUBLIC_URL?: string;
}

/** Where product photos are kept. */
export type MediaStorageConfig =
  | { kind: 'local'; directory: string; publicPath: string }
  | {
      kind: 's3';
      bucket: string;
      /** Base URL of the S3 API; objects are addressed path-style (`<endpoint>/<bucket>/<key>`). */
      endpoint: string;
      region: string;
      accessKeyId: string;
      secretAccessKey: string;
      /** Base URL the public reads objects from (a CDN or the bucket's website). */
      publicUrl: string;
    };

export interface AppConfig {
  nodeEnv: 'development' | 'production' | 'test';
  isProduction: boolean;
  port: number;
  host: string;
  /** Set when an external PostgreSQL is used; otherwise an embedded one is started. */
  databaseUrl: string | undefined;
  embeddedPostgresPort: number;
  dataDir: string;
  mediaDir: string;
  webDistDir: string;
  logLevel: EnvironmentVariables['LOG_LEVEL'];
  /** Approximate euros for one dirham, times one million. */
  eurRatePerMillion: number;
  sessionTtlDays: number;
  /** Platform commission in basis points. */
  commissionRateBps: number;
  paymentTimeoutMinutes: number;
  /** Seconds between sweeps of overdue card orders; 0 means never. */
  orderExpirySweepSeconds: number;
  /** Cash parts still `placed` after this many hours are cancelled by the same sweeps. */
  codConfirmationHours: number;
  /** Seconds between runs of the refund reconciler; 0 means never. */
  refundReconcileSeconds: number;
  payoutMinimumAmount: number;
  /** Days after delivery or remittance before a sale counts in a payout. */
  payoutHoldDays: number;
  /**
   * What one buyer (their account, else a guest's email with their IP) may hold unpaid or
   * unconfirmed: open orders, and units of one product across a checkout and those orders.
   */
  buyerLimits: { maxOpenOrders: number; maxUnitsPerProduct: number };
  /** The storefront's origin, for links in emails and payment redirects. */
  publicUrl: string;
  /**
   * Stripe: the real API with a secret key; otherwise the local payment server at
   * 127.0.0.1:STRIPE_LOCAL_PORT, with a fixed local webhook secret.
   */
  stripe: {
    mode: 'stripe' | 'local';
    secretKey: string;
    webhookSecret: string;
    localPort: number;
  };
  mail: {
    transport: 'file' | 'smtp';
    smtpUrl: string | undefined;
    from: string;
    outboxDir: string;
    /** 0 means no background sending; by default off in tests, which drain explicitly. */
    workerIntervalSeconds: number;
  };
  /** In-memory cache of catalogue listings; 0 seconds turns it off. */
  catalogueCache: { seconds: number; maxEntries: number; maxBytes: number };
  /** perAccount counts per (account, address) pair; perIp across accounts. */
  loginLimits: {
    perAccount: number;
    perIp: number;
    /** Across addresses; past it, only addresses without a failure on the account may try. */
    perAccountTotal: number;
    windowMinutes: number;
  };
  /** Express's `trust proxy`: which peers' X-Forwarded-For gives the client's address. */
  trustProxy: TrustProxySetting;
  /** Counted in PostgreSQL, so every API process shares them. */
  rateLimits: {
    checkoutPerIp: RateLimitSetting;
    /** Checkouts without a session: each mails a confirmation to an address typed in. */
    guestCheckoutPerIp: RateLimitSetting;
    /** Checkouts per recipient address of the order emails. */
    checkoutPerEmail: RateLimitSetting;
    cartPerIp: RateLimitSetting;
    registerPerIp: RateLimitSetting;
  };
  /** JSON request bodies: size in bytes and nesting depth. */
  jsonBody: { maxBytes: number; maxDepth: number };
  /** Session cookies only over HTTPS; on by default in production. */
  cookieSecure: boolean;
  /** Serve the OpenAPI description at /api/docs; off by default in production. */
  apiDocs: boolean;
  mediaStorage: MediaStorageConfig;
}

/** Used by the local payment server and the API alike when no real Stripe key is set. */
export const LOCAL_STRIPE_WEBHOOK_SECRET = 'whsec_hirfa_local_payment_server';
export const LOCAL_STRIPE_SECRET_KEY = 'sk_test_hirfa_local';

function stripeConfig(vars: EnvironmentVariables): AppConfig['stripe'] {
  if (vars.STRIPE_SECRET_KEY) {
    return {
      mode: 'stripe',
      secretKey: vars.STRIPE_SECRET_KEY,
      webhookSecret: vars.STRIPE_WEBHOOK_SECRET ?? '',
      localPort: vars.STRIPE_LOCAL_PORT,
    };
  }
  return {
    mode: 'local',
    secretKey: LOCAL_STRIPE_SECRET_KEY,
    webhookSecret: vars.STRIPE_WEBHOOK_SECRET ?? LOCAL_STRIPE_WEBHOOK_SECRET,
    localPort: vars.STRIPE_LOCAL_PORT,
  };
}

/** Real payments need a key; fake ones through the local server are never taken silently. */
function paymentProblems(vars: EnvironmentVariables): string[] {
  if (vars.PAYMENTS === 'local' && vars.STRIPE_SECRET_KEY) {
    return ['PAYMENTS=local and STRIPE_SECRET_KEY are both set: unset one of them'];
  }
  if (vars.PAYMENTS === 'stripe' && !vars.STRIPE_SECRET_KEY) {
    return ['STRIPE_SECRET_KEY is required with PAYMENTS=stripe'];
  }
  if (vars.NODE_ENV === 'production' && !vars.STRIPE_SECRET_KEY && vars.PAYMENTS !== 'local') {
    return [
      'STRIPE_SECRET_KEY is required with NODE_ENV=production (set PAYMENTS=local only to ' +
        'take fake payments through the local payment server)',
    ];
  }
  return [];
}

/** What a deployer must see at boot: settings that work but are unsafe for real customers. */
export function configurationWarnings(config: AppConfig): string[] {
  if (config.isProduction && config.stripe.mode === 'local') {
    return [
      'PAYMENTS=local in production: card payments are FAKE. Checkout sends shoppers to the ' +
        'local payment server, nobody is charged, yet orders paid there count as paid. Set ' +
        'STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET to take real payments.',
    ];
  }
  return [];
}

export class ConfigurationError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigurationError';
  }
}

function describe(errors: ValidationError[]): string[] {
  return errors.flatMap((error) =>
    Object.values(error.constraints ?? {}).map((message) =>
      message.startsWith(error.property) ? message : `${error.property}: ${message}`,
    ),
  );
}

const withoutTrailingSlash = (url: string) => url.replace(/\/+$/, '');

const S3_VARIABLES = [
  'S3_BUCKET',
  'S3_ENDPOINT',
  'S3_REGION',
  'S3_ACCESS_KEY_ID',
  'S3_SECRET_ACCESS_KEY',
  'S3_PUBLIC_URL',
] as const;

/** Local files unless S3_BUCKET is set; then the S3 credentials are required too. */
function mediaStorageConfig(
  vars: EnvironmentVariables,
  mediaDir: string,
): MediaStorageConfig | { problems: string[] } {
  const bucket = vars.S3_BUCKET;
  const accessKeyId = vars.S3_ACCESS_KEY_ID;
  const secretAccessKey = vars.S3_SECRET_ACCESS_KEY;
  if (!bucket) {
    const stray = S3_VARIABLES.filter((name) => name !== 'S3_BUCKET' && vars[name] !== undefined);
    return stray.length > 0
      ? { problems: [`${stray.join(', ')} set without S3_BUCKET`] }
      : { kind: 'local', directory: mediaDir, publicPath: '/media' };
  }
  if (!accessKeyId || !secretAccessKey) {
    return { problems: ['S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY are required with S3_BUCKET'] };
  }
  const region = vars.S3_REGION ?? 'us-east-1';
  const endpoint = withoutTrailingSlash(vars.S3_ENDPOINT ?? `https://s3.${region}.amazonaws.com`);
  return {
    kind: 's3',
    bucket,
    endpoint,
    region,
    accessKeyId,
    secretAccessKey,
    publicUrl: withoutTrailingSlash(vars.S3_PUBLIC_URL ?? `${endpoint}/${bucket}`),
  };
}

/** TRUST_PROXY and the RATE_LIMIT_* settings, or what is wrong with them. */
function limitSettings(
  vars: EnvironmentVariables,
): Pick<AppConfig, 'trustProxy' | 'rateLimits'> | { problems: string[] } {
  const problems: string[] = [];
  const rate = (name: keyof EnvironmentVariables & `RATE_LIMIT_${string}`): RateLimitSetting => {
    const parsed = parseRateLimit(name, vars[name]);
    if (typeof parsed === 'string') problems.push(parsed);
    return typeof parsed === 'string' ? { limit: 1, windowSeconds: 1 } : parsed;
  };
  const trustProxy = parseTrustProxy(vars.TRUST_PROXY);
  if (typeof trustProxy === 'string') problems.push(trustProxy);
  const rateLimits = {
    checkoutPerIp: rate('RATE_LIMIT_CHECKOUT_PER_IP'),
    guestCheckoutPerIp: rate('RATE_LIMIT_GUEST_CHECKOUT_PER_IP'),
    checkoutPerEmail: rate('RATE_LIMIT_CHECKOUT_PER_EMAIL'),
    cartPerIp: rate('RATE_LIMIT_CART_PER_IP'),
    registerPerIp: rate('RATE_LIMIT_REGISTER_PER_IP'),
  };
  if (problems.length > 0 || typeof trustProxy === 'string') return { problems };
  return { trustProxy, rateLimits };
}

/** Reads and checks the environment once; throws a message naming each bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  // Only declared variables are validated; the rest of the environment is ignored.
  const vars = plainToInstance(EnvironmentVariables, { ...env });
  const errors = validateSync(vars, { whitelist: false });
  if (errors.length > 0) throw new ConfigurationError(describe(errors));
  const missing: string[] = [];
  if (vars.STRIPE_SECRET_KEY && !vars.STRIPE_WEBHOOK_SECRET) {
    missing.push('STRIPE_WEBHOOK_SECRET is required with STRIPE_SECRET_KEY');
  }
  if (vars.MAIL_TRANSPORT === 'smtp' && !vars.SMTP_URL) {
    missing.push('SMTP_URL is required with MAIL_TRANSPORT=smtp');
  }
  missing.push(...paymentProblems(vars));
  if (missing.length > 0) throw new ConfigurationError(missing);
  const limits = limitSettings(vars);
  if ('problems' in limits) throw new ConfigurationError(limits.problems);

  const dataDir = resolve(vars.DATA_DIR ?? join(REPOSITORY_ROOT, '.data'));
  const mediaDir = resolve(vars.MEDIA_DIR ?? join(dataDir, 'media'));
  const mediaStorage = mediaStorageConfig(vars, mediaDir);
  if ('problems' in mediaStorage) throw new ConfigurationError(mediaStorage.problems);
  return {
    nodeEnv: vars.NODE_ENV,
    isProduction: vars.NODE_ENV === 'production',
    port: vars.PORT,
    host: vars.HOST,
    databaseUrl: vars.DATABASE_URL,
    embeddedPostgresPort: vars.EMBEDDED_POSTGRES_PORT,
    dataDir,
    mediaDir,
    webDistDir: resolve(vars.WEB_DIST_DIR ?? join(REPOSITORY_ROOT, 'web', 'dist')),
    logLevel: vars.LOG_LEVEL,
    eurRatePerMillion: vars.EUR_RATE_PER_MILLION,
    sessionTtlDays: vars.SESSION_TTL_DAYS,
    commissionRateBps: vars.COMMISSION_RATE_BPS,
    paymentTimeoutMinutes: vars.PAYMENT_TIMEOUT_MINUTES,
    orderExpirySweepSeconds: vars.ORDER_EXPIRY_SWEEP_SECONDS ?? (vars.NODE_ENV === 'test' ? 0 : 60),
    codConfirmationHours: vars.COD_CONFIRMATION_HOURS,
    refundReconcileSeconds: vars.REFUND_RECONCILE_SECONDS ?? (vars.NODE_ENV === 'test' ? 0 : 60),
    payoutMinimumAmount: vars.PAYOUT_MINIMUM_AMOUNT,
    payoutHoldDays: vars.PAYOUT_HOLD_DAYS,
    buyerLimits: {
      maxOpenOrders: vars.MAX_OPEN_ORDERS_PER_BUYER,
      maxUnitsPerProduct: vars.MAX_UNITS_PER_PRODUCT_PER_BUYER,
    },
    publicUrl: vars.PUBLIC_URL ?? `http://localhost:${vars.PORT}`,
    stripe: stripeConfig(vars),
    mail: {
      transport: vars.MAIL_TRANSPORT,
      smtpUrl: vars.SMTP_URL,
      from: vars.MAIL_FROM,
      outboxDir: join(dataDir, 'mail'),
      workerIntervalSeconds:
        vars.MAIL_WORKER_INTERVAL_SECONDS ?? (vars.NODE_ENV === 'test' ? 0 : 10),
    },
    catalogueCache: {
      seconds: vars.CATALOGUE_CACHE_SECONDS,
      maxEntries: vars.CATALOGUE_CACHE_ENTRIES,
      maxBytes: vars.CATALOGUE_CACHE_MAX_BYTES,
    },
    loginLimits: {
      perAccount: vars.LOGIN_MAX_FAILURES_PER_ACCOUNT,
      perIp: vars.LOGIN_MAX_FAILURES_PER_IP,
      perAccountTotal: vars.LOGIN_MAX_FAILURES_PER_ACCOUNT_TOTAL,
      windowMinutes: vars.LOGIN_FAILURE_WINDOW_MINUTES,
    },
    trustProxy: limits.trustProxy,
    rateLimits: limits.rateLimits,
    jsonBody: { maxBytes: vars.JSON_BODY_MAX_BYTES, maxDepth: vars.JSON_BODY_MAX_DEPTH },
    cookieSecure: vars.COOKIE_SECURE
      ? vars.COOKIE_SECURE === 'true'
      : vars.NODE_ENV === 'production',
    apiDocs: vars.API_DOCS ? vars.API_DOCS === 'true' : vars.NODE_ENV !== 'production',
    mediaStorage,
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
