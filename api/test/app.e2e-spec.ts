import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { createTestApp, type TestApp } from './support/test-app';

describe('health', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('answers ok while the database answers', async () => {
    const response = await request(t.http).get('/api/health').expect(200);
    expect(response.body).toEqual({ status: 'ok', database: 'up' });
  });

  it('answers 503 with the error shape and Retry-After once the database is gone', async () => {
    await t.dataSource.destroy();
    const response = await request(t.http).get('/api/health').expect(503);
    expect(response.body).toEqual({
      statusCode: 503,
      error: 'Service Unavailable',
      code: 'service.unavailable',
      message: 'The database is not answering',
    });
    expect(response.headers['retry-after']).toBe('5');
    await t.dataSource.initialize();
    await request(t.http).get('/api/health').expect(200);
  });
});

describe('the common error shape and request ids', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('answers an unknown API route with 404 in the error shape', async () => {
    const response = await request(t.http).get('/api/nothing-here').expect(404);
    expect(response.body).toEqual({
      statusCode: 404,
      error: 'Not Found',
      message: 'Cannot GET /api/nothing-here',
    });
  });

  it('answers malformed JSON with 400 in the error shape', async () => {
    const response = await request(t.http)
      .post('/api/products')
      .set('Content-Type', 'application/json')
      .send('{"title": ')
      .expect(400);
    expect(response.body).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      message: expect.stringMatching(/JSON/),
    });
  });

  it('answers an oversized body with 413 in the error shape', async () => {
    const response = await request(t.http)
      .post('/api/products')
      .set('Content-Type', 'application/json')
      .send(JSON.stringify({ text: 'x'.repeat(1_200_000) }))
      .expect(413);
    expect(response.body).toMatchObject({ statusCode: 413, error: 'Payload Too Large' });
  });

  it('gives each response a request id, keeping a sane one from the caller', async () => {
    const generated = await request(t.http).get('/api/health').expect(200);
    expect(generated.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const kept = await request(t.http)
      .get('/api/health')
      .set('X-Request-Id', 'trace-1234abcd')
      .expect(200);
    expect(kept.headers['x-request-id']).toBe('trace-1234abcd');
    const replaced = await request(t.http)
      .get('/api/health')
      .set('X-Request-Id', '<bad id>')
      .expect(200);
    expect(replaced.headers['x-request-id']).not.toBe('<bad id>');
  });

  it('sets security headers', async () => {
    const response = await request(t.http).get('/api/health').expect(200);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['x-powered-by']).toBeUndefined();
  });

  it('publishes the OpenAPI description at /api/docs', async () => {
    await request(t.http).get('/api/docs').expect(200).expect('Content-Type', /html/);
    const spec = await request(t.http).get('/api/docs-json').expect(200);
    expect(Object.keys(spec.body.paths)).toEqual(
      expect.arrayContaining(['/api/health', '/api/products', '/api/products/{slug}']),
    );
  });
});

describe('serving the built storefront', () => {
  let t: TestApp;
  let webDist: string;
  beforeAll(async () => {
    webDist = mkdtempSync(join(tmpdir(), 'hirfa-web-'));
    mkdirSync(join(webDist, 'assets'), { recursive: true });
    writeFileSync(
      join(webDist, 'index.html'),
      '<!doctype html><title>Hirfa</title><div id="root"></div>',
    );
    writeFileSync(join(webDist, 'assets', 'app-1234.js'), 'console.log("hirfa")');
    t = await createTestApp({ WEB_DIST_DIR: webDist });
  });
  afterAll(async () => {
    await t.close();
    rmSync(webDist, { recursive: true, force: true });
  });

  it('answers client routes with index.html', async () => {
    for (const path of ['/', '/products', '/products/tajine-bleu', '/ar/anything']) {
      const response = await request(t.http).get(path).set('Accept', 'text/html').expect(200);
      expect(response.text).toContain('<div id="root">');
    }
  });

  it('serves hashed assets with a long cache life', async () => {
    const response = await request(t.http).get('/assets/app-1234.js').expect(200);
    expect(response.headers['cache-control']).toContain('immutable');
  });

  it('keeps API 404s as JSON, not the storefront', async () => {
    const response = await request(t.http)
      .get('/api/unknown')
      .set('Accept', 'text/html')
      .expect(404);
    expect(response.body.statusCode).toBe(404);
  });

  it('answers a missing asset or media file with 404', async () => {
    await request(t.http).get('/assets/missing.js').expect(404);
    await request(t.http).get('/media/missing.webp').expect(404);
  });
});

describe('content security policy with photos in an S3 bucket', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({
      S3_BUCKET: 'hirfa-media',
      S3_ACCESS_KEY_ID: 'AKIDEXAMPLE',
      S3_SECRET_ACCESS_KEY: 'secret-example',
      S3_PUBLIC_URL: 'https://cdn.hirfa.example/media',
    });
  });
  afterAll(() => t.close());

  it('allows images from the bucket origin and nowhere else', async () => {
    const response = await request(t.http).get('/api/health').expect(200);
    const policy: string = response.headers['content-security-policy'];
    const imageSources = policy
      .split(';')
      .find((directive) => directive.trim().startsWith('img-src'));
    expect(imageSources?.trim()).toBe("img-src 'self' data: https://cdn.hirfa.example");
  });
});
