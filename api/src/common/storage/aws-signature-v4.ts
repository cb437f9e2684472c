import { createHash, createHmac } from 'node:crypto';

/**
 * AWS Signature Version 4 for header-authenticated requests, as S3 and S3-compatible stores
 * (MinIO, Cloudflare R2, Scaleway, OVH) expect it:
 * https://docs.aws.amazon.com/AmazonS3/latest/API/sig-v4-header-based-auth.html
 */
export interface SigningCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  region: string;
  service: string;
}

export interface RequestToSign {
  method: string;
  url: URL;
  /** Headers to send and sign besides `host`, `x-amz-date` and `x-amz-content-sha256`. */
  headers: Record<string, string>;
  /** Hex SHA-256 of the body. */
  payloadHash: string;
}

const ALGORITHM = 'AWS4-HMAC-SHA256';

export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

const hmac = (key: string | Buffer, data: string): Buffer =>
  createHmac('sha256', key).update(data, 'utf8').digest();

/** `20130524T000000Z` */
export function toAmzDate(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** Percent-encodes everything but RFC 3986's unreserved characters, as SigV4 requires. */
export function uriEncode(value: string): string {
  return encodeURIComponent(value).replace(
    /[!'()*]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

function canonicalUri(url: URL): string {
  // S3 signs the path as sent, each segment encoded once (no normalisation, no double encoding).
  return url.pathname
    .split('/')
    .map((segment) => uriEncode(decodeURIComponent(segment)))
    .join('/');
}

function canonicalQuery(url: URL): string {
  return [...url.searchParams.entries()]
    .map(([name, value]) => [uriEncode(name), uriEncode(value)])
    .sort(([a, av], [b, bv]) => (a === b ? compare(av, bv) : compare(a, b)))
    .map(([name, value]) => `${name}=${value}`)
    .join('&');
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function canonicalRequest(
  request: RequestToSign,
  headers: Record<string, string>,
): { canonical: string; signedHeaders: string } {
  const entries = Object.entries(headers)
    .map(([name, value]) => [name.toLowerCase(), value.trim().replace(/\s+/g, ' ')] as const)
    .sort(([a], [b]) => compare(a, b));
  const signedHeaders = entries.map(([name]) => name).join(';');
  const canonical = [
    request.method.toUpperCase(),
    canonicalUri(request.url),
    canonicalQuery(request.url),
    entries.map(([name, value]) => `${name}:${value}\n`).join(''),
    signedHeaders,
    request.payloadHash,
  ].join('\n');
  return { canonical, signedHeaders };
}

export function credentialScope(date: Date, credentials: SigningCredentials): string {
  const day = toAmzDate(date).slice(0, 8);
  return `${day}/${credentials.region}/${credentials.service}/aws4_request`;
}

export function stringToSign(date: Date, scope: string, canonical: string): string {
  return [ALGORITHM, toAmzDate(date), scope, sha256Hex(canonical)].join('\n');
}

export function signingKey(date: Date, credentials: SigningCredentials): Buffer {
  const day = toAmzDate(date).slice(0, 8);
  const dateKey = hmac(`AWS4${credentials.secretAccessKey}`, day);
  const regionKey = hmac(dateKey, credentials.region);
  const serviceKey = hmac(regionKey, credentials.service);
  return hmac(serviceKey, 'aws4_request');
}

/** The headers to send: the request's own, plus the date, payload hash and Authorization. */
export function signRequest(
  request: RequestToSign,
  credentials: SigningCredentials,
  date: Date,
): Record<string, string> {
  const sent: Record<string, string> = {
    ...request.headers,
    'x-amz-date': toAmzDate(date),
    'x-amz-content-sha256': request.payloadHash,
  };
  const { canonical, signedHeaders } = canonicalRequest(request, {
    ...sent,
    host: request.url.host,
  });
  const scope = credentialScope(date, credentials);
  const signature = createHmac('sha256', signingKey(date, credentials))
    .update(stringToSign(date, scope, canonical), 'utf8')
    .digest('hex');
  return {
    ...sent,
    authorization: `${ALGORITHM} Credential=${credentials.accessKeyId}/${scope},SignedHeaders=${signedHeaders},Signature=${signature}`,
  };
}
