import { createHash } from 'node:crypto';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, relative } from 'node:path';
import sharp from 'sharp';
import request from 'supertest';
import type { ProductDetail, SellerProduct, SellerProductImage } from '@hirfa/shared';
import { createTestApp, type TestApp } from './support/test-app';
import { signInAs, signInAsSeller, type SignedInSeller } from './support/accounts';
import { makeProduct } from './support/factories';
import { ProductImageEntity } from '../src/modules/catalog/entities/product-image.entity';
import type { ProductEntity } from '../src/modules/catalog/entities/product.entity';

const solid = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: { r: 30, g: 80, b: 160 } } });

/** Every file under a folder, as paths relative to it. */
function filesUnder(directory: string): string[] {
  if (!existsSync(directory)) return [];
  return readdirSync(directory, { recursive: true, encoding: 'utf8' })
    .filter((path) => statSync(join(directory, path)).isFile())
    .map((path) => relative(directory, join(directory, path)))
    .sort();
}

describe('product photos (/api/seller/products/:id/images)', () => {
  let t: TestApp;
  let seller: SignedInSeller;
  let other: SignedInSeller;
  let jpeg: Buffer;
  let png: Buffer;

  beforeAll(async () => {
    t = await createTestApp();
    seller = await signInAsSeller(t);
    other = await signInAsSeller(t);
    jpeg = await solid(2400, 1600).jpeg().toBuffer();
    png = await solid(300, 500).png().toBuffer();
  });

  afterAll(async () => {
    await t.close();
  });

  const images = () => t.dataSource.getRepository(ProductImageEntity);
  const mediaFiles = () => filesUnder(t.config.mediaDir);
  const newProduct = (owner: SignedInSeller = seller): Promise<ProductEntity> =>
    makeProduct(t.dataSource, owner.shop, { images: 0 });

  function upload(
    product: { id: string },
    bytes: Buffer,
    filename = 'photo.jpg',
    as: SignedInSeller = seller,
  ) {
    return request(t.http)
      .post(`/api/seller/products/${product.id}/images`)
      .set(as.headers)
      .attach('file', bytes, { filename, contentType: 'image/jpeg' });
  }

  async function expectNothingAdded(
    product: { id: string },
    run: () => Promise<unknown>,
  ): Promise<void> {
    const rows = await images().countBy({ productId: product.id });
    const files = mediaFiles();
    await run();
    expect(await images().countBy({ productId: product.id })).toBe(rows);
    expect(mediaFiles()).toEqual(files);
  }

  it('turns a JPEG and a PNG into WebP page and thumbnail files of the right sizes', async () => {
    const product = await newProduct();
    const first = await upload(product, jpeg, 'atelier.jpg')
      .field('alt', 'Tajine bleu')
      .expect(201);
    const second = await upload(product, png, 'detail.png').expect(201);

    expect(first.body).toEqual({
      id: expect.any(String),
      url: expect.stringMatching(
        new RegExp(`^/media/products/${product.id}/[0-9a-f-]+-1200\\.webp$`),
      ),
      width: 1200,
      height: 800,
      thumbUrl: expect.stringMatching(/-400\.webp$/),
      thumbWidth: 400,
      thumbHeight: 267,
      alt: 'Tajine bleu',
      position: 0,
    });
    expect(second.body).toMatchObject({
      width: 300,
      height: 500,
      thumbWidth: 240,
      thumbHeight: 400,
      alt: '',
      position: 1,
    });

    const productFiles = mediaFiles().filter((path) => path.startsWith(`products/${product.id}/`));
    expect(productFiles).toHaveLength(4);
    for (const image of [first.body, second.body] as SellerProductImage[]) {
      for (const [url, width, height] of [
        [image.url, image.width, image.height],
        [image.thumbUrl, image.thumbWidth, image.thumbHeight],
      ] as const) {
        const onDisk = await sharp(
          join(t.config.mediaDir, url.replace(/^\/media\//, '')),
        ).metadata();
        expect([onDisk.format, onDisk.width, onDisk.height]).toEqual(['webp', width, height]);
        const served = await request(t.http).get(url).expect(200);
        expect(served.headers['content-type']).toBe('image/webp');
      }
    }

    const own = await request(t.http)
      .get(`/api/seller/products/${product.id}`)
      .set(seller.headers)
      .expect(200);
    expect((own.body as SellerProduct).images.map((image) => image.id)).toEqual([
      first.body.id,
      second.body.id,
    ]);
    const listed = await request(t.http).get(`/api/products/${product.slug}`).expect(200);
    expect((listed.body as ProductDetail).images.map((image) => image.url)).toEqual([
      first.body.url,
      second.body.url,
    ]);
  });

  it('refuses a text file named photo.jpg with 422, adding no row and no file', async () => {
    const product = await newProduct();
    await expectNothingAdded(product, async () => {
      const response = await upload(product, Buffer.from('just some text, not a photo')).expect(
        422,
      );
      expect(response.body).toEqual({
        statusCode: 422,
        error: 'Unprocessable Entity',
        message: 'The file is not a JPEG, PNG or WebP image',
      });
    });
  });

  it('refuses other image formats, whatever their name', async () => {
    const product = await newProduct();
    const gif = await solid(20, 20).gif().toBuffer();
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>');
    await expectNothingAdded(product, async () => {
      await upload(product, gif, 'photo.jpg').expect(422);
      await upload(product, svg, 'photo.png').expect(422);
      await upload(product, jpeg.subarray(0, 500), 'cut.jpg').expect(422);
    });
  });

  it('refuses a file over 8 MB with 413 in the common error shape', async () => {
    const product = await newProduct();
    const large = Buffer.concat([jpeg, Buffer.alloc(8 * 1024 * 1024, 7)]);
    await expectNothingAdded(product, async () => {
      const response = await upload(product, large).expect(413);
      expect(response.body).toEqual({
        statusCode: 413,
        error: 'Payload Too Large',
        message: 'A photo may weigh at most 8 MB',
      });
    });
  });

  it('refuses a ninth photo with 409', async () => {
    const product = await newProduct();
    const small = await solid(40, 30).jpeg().toBuffer();
    for (let index = 0; index < 8; index++) await upload(product, small).expect(201);
    await expectNothingAdded(product, async () => {
      const response = await upload(product, jpeg).expect(409);
      expect(response.body.message).toMatch(/at most 8 photos/);
    });
    const positions = (await images().findBy({ productId: product.id })).map((row) => row.position);
    expect(positions.sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  it('refuses a request without a file, or with unknown fields', async () => {
    const product = await newProduct();
    await expectNothingAdded(product, async () => {
      const missing = await request(t.http)
        .post(`/api/seller/products/${product.id}/images`)
        .set(seller.headers)
        .field('alt', 'nothing attached')
        .expect(400);
      expect(missing.body.details).toEqual([{ field: 'file', messages: ['file is required'] }]);
      await upload(product, png).field('position', '0').expect(400);
      await upload(product, png).field('alt', 'x'.repeat(201)).expect(400);
      await request(t.http)
        .post(`/api/seller/products/${product.id}/images`)
        .set(seller.headers)
        .attach('photo', png, 'photo.png')
        .expect(400);
    });
  });

  it('deletes a photo with its files', async () => {
    const product = await newProduct();
    const uploaded = (await upload(product, png).expect(201)).body as SellerProductImage;
    const row = await images().findOneByOrFail({ id: uploaded.id });
    const files = [row.storageKey, row.thumbStorageKey].map((key) => join(t.config.mediaDir, key!));
    expect(files.every((file) => existsSync(file))).toBe(true);

    await request(t.http)
      .delete(`/api/seller/products/${product.id}/images/${uploaded.id}`)
      .set(seller.headers)
      .expect(204);
    expect(await images().existsBy({ id: uploaded.id })).toBe(false);
    expect(files.some((file) => existsSync(file))).toBe(false);
    await request(t.http)
      .delete(`/api/seller/products/${product.id}/images/${uploaded.id}`)
      .set(seller.headers)
      .expect(404);
  });

  it('deletes the files of every photo with the product', async () => {
    const product = await newProduct();
    await upload(product, png).expect(201);
    await upload(product, jpeg).expect(201);
    expect(mediaFiles().filter((path) => path.includes(product.id))).toHaveLength(4);

    await request(t.http)
      .delete(`/api/seller/products/${product.id}`)
      .set(seller.headers)
      .expect(204);
    expect(mediaFiles().filter((path) => path.includes(product.id))).toEqual([]);
    expect(await images().countBy({ productId: product.id })).toBe(0);
  });

  it('answers 404 for another shop’s product or photo, changing nothing', async () => {
    const theirs = await newProduct(other);
    const theirPhoto = (await upload(theirs, png, 'p.png', other).expect(201))
      .body as SellerProductImage;

    await expectNothingAdded(theirs, async () => {
      await upload(theirs, png).expect(404);
      await request(t.http)
        .delete(`/api/seller/products/${theirs.id}/images/${theirPhoto.id}`)
        .set(seller.headers)
        .expect(404);
      // Their photo under one of the caller's own products is not found either.
      const mine = await newProduct();
      await request(t.http)
        .delete(`/api/seller/products/${mine.id}/images/${theirPhoto.id}`)
        .set(seller.headers)
        .expect(404);
    });
    expect(await images().existsBy({ id: theirPhoto.id })).toBe(true);
  });

  it('refuses other roles before reading the upload', async () => {
    const product = await newProduct();
    const shopper = await signInAs(t, 'shopper');
    await expectNothingAdded(product, async () => {
      await request(t.http)
        .post(`/api/seller/products/${product.id}/images`)
        .set(shopper.headers)
        .attach('file', png, 'photo.png')
        .expect(403);
      await request(t.http)
        .post(`/api/seller/products/${product.id}/images`)
        .attach('file', png, 'photo.png')
        .expect(401);
    });
  });
});

describe('product photos in an S3-compatible bucket', () => {
  let t: TestApp;
  let bucket: Server;
  const objects = new Map<string, { body: Buffer; contentType: string }>();
  const calls: { method: string; path: string; signed: boolean }[] = [];

  beforeAll(async () => {
    // A stand-in for the bucket on 127.0.0.1: keeps what is PUT, forgets what is DELETEd.
    bucket = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const body = Buffer.concat(chunks);
        const path = req.url ?? '';
        const signed =
          /^AWS4-HMAC-SHA256 Credential=e2e-key\/\d{8}\/eu-west-3\/s3\/aws4_request,/.test(
            String(req.headers.authorization),
          ) &&
          req.headers['x-amz-content-sha256'] === createHash('sha256').update(body).digest('hex');
        calls.push({ method: req.method ?? '', path, signed });
        if (req.method === 'PUT') {
          objects.set(path, { body, contentType: String(req.headers['content-type']) });
        }
        if (req.method === 'DELETE') objects.delete(path);
        res.writeHead(req.method === 'DELETE' ? 204 : 200).end();
      });
    });
    await new Promise<void>((resolve) => bucket.listen(0, '127.0.0.1', resolve));
    const port = (bucket.address() as AddressInfo).port;
    t = await createTestApp({
      S3_BUCKET: 'hirfa-media',
      S3_ENDPOINT: `http://127.0.0.1:${port}`,
      S3_REGION: 'eu-west-3',
      S3_ACCESS_KEY_ID: 'e2e-key',
      S3_SECRET_ACCESS_KEY: 'e2e-secret',
      S3_PUBLIC_URL: 'https://media.hirfa.test',
    });
  });

  afterAll(async () => {
    await t.close();
    await new Promise((resolve) => bucket.close(resolve));
  });

  it('stores both sizes in the bucket, serves them from the public URL, and deletes them', async () => {
    const seller = await signInAsSeller(t);
    const product = await makeProduct(t.dataSource, seller.shop, { images: 0 });
    const photo = await solid(1600, 1600).png().toBuffer();

    const response = await request(t.http)
      .post(`/api/seller/products/${product.id}/images`)
      .set(seller.headers)
      .attach('file', photo, 'photo.png')
      .expect(201);
    const image = response.body as SellerProductImage;
    expect(image.url).toMatch(/^https:\/\/media\.hirfa\.test\/products\/.+-1200\.webp$/);
    expect(image.thumbUrl).toMatch(/^https:\/\/media\.hirfa\.test\/products\/.+-400\.webp$/);
    expect(calls.every((call) => call.method === 'PUT' && call.signed)).toBe(true);
    expect([...objects.keys()].sort()).toEqual(
      [image.url, image.thumbUrl]
        .map((url) => url.replace('https://media.hirfa.test/', '/hirfa-media/'))
        .sort(),
    );
    const stored = objects.get(image.url.replace('https://media.hirfa.test/', '/hirfa-media/'))!;
    expect(stored.contentType).toBe('image/webp');
    expect((await sharp(stored.body).metadata()).width).toBe(1200);
    expect(filesUnder(t.config.mediaDir)).toEqual([]);

    await request(t.http)
      .delete(`/api/seller/products/${product.id}/images/${image.id}`)
      .set(seller.headers)
      .expect(204);
    expect(objects.size).toBe(0);
    expect(calls.filter((call) => call.method === 'DELETE' && call.signed)).toHaveLength(2);
  });
});
