import { createHash, createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { MediaStorageError } from './media-storage';
import { S3MediaStorage } from './s3-media-storage';

interface ReceivedRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: Buffer;
}

const SECRET = 'test-secret-key/with+symbols';
const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');
const hmac = (key: Buffer | string, data: string) =>
  createHmac('sha256', key).update(data).digest();

/**
 * Recomputes the signature from what arrived on the wire, written out here independently of
 * the signer, the way S3 checks it.
 */
function expectValidSignature(request: ReceivedRequest): void {
  const match =
    /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/s3\/aws4_request,SignedHeaders=([^,]+),Signature=([0-9a-f]{64})$/.exec(
      String(request.headers.authorization),
    );
  expect(match).not.toBeNull();
  const [, accessKeyId, day, region, signedHeaders, signature] = match!;
  expect(accessKeyId).toBe('test-access-key');
  expect(region).toBe('eu-west-3');
  expect(signedHeaders.split(';')).toEqual(
    expect.arrayContaining(['host', 'x-amz-content-sha256', 'x-amz-date']),
  );
  expect(request.headers['x-amz-content-sha256']).toBe(sha256(request.body));
  const amzDate = String(request.headers['x-amz-date']);
  expect(amzDate.startsWith(day)).toBe(true);

  const canonical = [
    request.method,
    request.path,
    '',
    ...signedHeaders.split(';').map((name) => `${name}:${String(request.headers[name]).trim()}`),
    '',
    signedHeaders,
    sha256(request.body),
  ].join('\n');
  const toSign = [
    'AWS4-HMAC-SHA256',
    amzDate,
    `${day}/${region}/s3/aws4_request`,
    sha256(canonical),
  ];
  let key = hmac(`AWS4${SECRET}`, day);
  for (const part of [region, 's3', 'aws4_request']) key = hmac(key, part);
  expect(createHmac('sha256', key).update(toSign.join('\n')).digest('hex')).toBe(signature);
}

describe('S3MediaStorage against a local S3 stand-in', () => {
  let server: Server;
  let endpoint: string;
  const received: ReceivedRequest[] = [];
  let answer: { status: number; body: string } = { status: 200, body: '' };

  beforeAll(async () => {
    server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        received.push({
          method: request.method ?? '',
          path: request.url ?? '',
          headers: request.headers,
          body: Buffer.concat(chunks),
        });
        response.writeHead(answer.status).end(answer.body);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  beforeEach(() => {
    received.length = 0;
    answer = { status: 200, body: '' };
  });

  const storage = () =>
    new S3MediaStorage({
      endpoint,
      bucket: 'hirfa-media',
      region: 'eu-west-3',
      accessKeyId: 'test-access-key',
      secretAccessKey: SECRET,
      publicUrl: 'https://media.hirfa.test',
    });

  it('PUTs the bytes path-style with a valid signature and returns the public URL', async () => {
    const bytes = Buffer.from('RIFF....WEBPVP8 fake image bytes');
    const url = await storage().put('products/abc/photo-1200.webp', bytes, 'image/webp');

    expect(url).toBe('https://media.hirfa.test/products/abc/photo-1200.webp');
    expect(received).toHaveLength(1);
    const [request] = received;
    expect(request.method).toBe('PUT');
    expect(request.path).toBe('/hirfa-media/products/abc/photo-1200.webp');
    expect(request.body.equals(bytes)).toBe(true);
    expect(request.headers['content-type']).toBe('image/webp');
    expect(request.headers['cache-control']).toContain('immutable');
    expect(String(request.headers.authorization)).toContain(
      'SignedHeaders=cache-control;content-type;host;x-amz-content-sha256;x-amz-date',
    );
    expectValidSignature(request);
  });

  it('DELETEs with a valid signature, and takes a missing object as deleted', async () => {
    answer = { status: 204, body: '' };
    await storage().delete('products/abc/photo-400.webp');
    answer = { status: 404, body: '<Error><Code>NoSuchKey</Code></Error>' };
    await storage().delete('products/abc/photo-400.webp');

    expect(received.map((request) => [request.method, request.path])).toEqual([
      ['DELETE', '/hirfa-media/products/abc/photo-400.webp'],
      ['DELETE', '/hirfa-media/products/abc/photo-400.webp'],
    ]);
    received.forEach(expectValidSignature);
  });

  it('reports a refusal from the store as a MediaStorageError', async () => {
    answer = { status: 403, body: '<Error><Code>SignatureDoesNotMatch</Code></Error>' };
    await expect(
      storage().put('products/abc/x.webp', Buffer.from('x'), 'image/webp'),
    ).rejects.toThrow(MediaStorageError);
  });

  it('refuses keys that could escape their folder before sending anything', async () => {
    await expect(storage().put('../secrets', Buffer.from('x'), 'image/webp')).rejects.toThrow(
      MediaStorageError,
    );
    await expect(storage().delete('products/../../etc')).rejects.toThrow(MediaStorageError);
    expect(received).toHaveLength(0);
  });
});
