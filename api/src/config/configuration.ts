import { join, resolve } from 'node:path';
import { plainToInstance, Transform } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
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
  @Min(1)
  LOGIN_MAX_FAILURES_PER_ACCOUNT = 5;

  @Transform(toInteger)
  @IsInt()
  @Min(1)
  LOGIN_MAX_FAILURES_PER_IP = 20;

  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(1440)
  LOGIN_FAILURE_WINDOW_MINUTES = 15;

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsIn(['true', 'false'])
  COOKIE_SECURE?: 'true' | 'false';
}

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
  loginLimits: { perAccount: number; perIp: number; windowMinutes: number };
  /** Session cookies only over HTTPS; on by default in production. */
  cookieSecure: boolean;
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

/** Reads and checks the environment once; throws a message naming each bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  // Only declared variables are validated; the rest of the environment is ignored.
  const vars = plainToInstance(EnvironmentVariables, { ...env });
  const errors = validateSync(vars, { whitelist: false });
  if (errors.length > 0) throw new ConfigurationError(describe(errors));

  const dataDir = resolve(vars.DATA_DIR ?? join(REPOSITORY_ROOT, '.data'));
  return {
    nodeEnv: vars.NODE_ENV,
    isProduction: vars.NODE_ENV === 'production',
    port: vars.PORT,
    host: vars.HOST,
    databaseUrl: vars.DATABASE_URL,
    embeddedPostgresPort: vars.EMBEDDED_POSTGRES_PORT,
    dataDir,
    mediaDir: resolve(vars.MEDIA_DIR ?? join(dataDir, 'media')),
    webDistDir: resolve(vars.WEB_DIST_DIR ?? join(REPOSITORY_ROOT, 'web', 'dist')),
    logLevel: vars.LOG_LEVEL,
    eurRatePerMillion: vars.EUR_RATE_PER_MILLION,
    sessionTtlDays: vars.SESSION_TTL_DAYS,
    loginLimits: {
      perAccount: vars.LOGIN_MAX_FAILURES_PER_ACCOUNT,
      perIp: vars.LOGIN_MAX_FAILURES_PER_IP,
      windowMinutes: vars.LOGIN_FAILURE_WINDOW_MINUTES,
    },
    cookieSecure: vars.COOKIE_SECURE
      ? vars.COOKIE_SECURE === 'true'
      : vars.NODE_ENV === 'production',
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
