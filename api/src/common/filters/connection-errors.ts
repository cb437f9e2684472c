/** What a client is told while the database cannot be reached: a stable code and a wait. */
export const SERVICE_UNAVAILABLE_CODE = 'service.unavailable';
export const SERVICE_UNAVAILABLE_RETRY_SECONDS = 5;
export const SERVICE_UNAVAILABLE_MESSAGE =
  'The service is briefly unavailable; try again in a few seconds';

/**
 * Codes of a lost or refused connection: the network's (server down, reset, unreachable) and
 * PostgreSQL's (57P01 admin shutdown, 57P02 crash shutdown, 57P03 cannot connect now, 53300
 * too many connections, class 08 connection exceptions).
 */
const CONNECTION_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
  '57P01',
  '57P02',
  '57P03',
  '53300',
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
]);

/** Messages of node-postgres and its pool when a connection is lost or cannot be had. */
const CONNECTION_MESSAGES = [
  /^Connection terminated/i,
  /timeout exceeded when trying to connect/i,
  /Client has encountered a connection error and is not queryable/i,
  /Client was closed and is not queryable/i,
];

/**
 * Whether an error means the database cannot be reached right now (rather than a bug or bad
 * input). Looks through TypeORM's `driverError`, `cause` and aggregated errors.
 */
export function isConnectionError(error: unknown, depth = 0): boolean {
  if (depth > 4 || !error || typeof error !== 'object') return false;
  const candidate = error as {
    code?: unknown;
    message?: unknown;
    driverError?: unknown;
    cause?: unknown;
    errors?: unknown;
  };
  if (typeof candidate.code === 'string' && CONNECTION_CODES.has(candidate.code)) return true;
  if (
    typeof candidate.message === 'string' &&
    CONNECTION_MESSAGES.some((pattern) => pattern.test(candidate.message as string))
  ) {
    return true;
  }
  const nested = [candidate.driverError, candidate.cause];
  if (Array.isArray(candidate.errors)) nested.push(...(candidate.errors as unknown[]));
  return nested.some((inner) => inner !== error && isConnectionError(inner, depth + 1));
}
