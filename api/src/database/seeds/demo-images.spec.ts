import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { DEMO_IMAGE_KEYS } from './demo-catalog';
import { ensureDemoImages, renderDemoImageSvg } from './demo-images';

jest.setTimeout(60_000);

describe('ensureDemoImages', () => {
  let mediaDir: string;
  let firstRun: Awaited<ReturnType<typeof ensureDemoImages>>;

  // Rendered once for the file: every test below starts from a complete folder, in any order.
  beforeAll(async () => {
    mediaDir = mkdtempSync(join(tmpdir(), 'hirfa-demo-images-'));
    firstRun = await ensureDemoImages(mediaDir);
  });

  afterAll(() => {
    rmSync(mediaDir, { recursive: true, force: true });
  });

  function files(): string[] {
    return DEMO_IMAGE_KEYS.flatMap((key) => [
      join(mediaDir, 'demo', `${key}-800.webp`),
      join(mediaDir, 'demo', `${key}-400.webp`),
    ]);
  }

  it('renders an 800 px image and a 400 px thumbnail in WebP for every key', async () => {
    const images = firstRun;

    expect([...images.keys()]).toEqual([...DEMO_IMAGE_KEYS]);
    expect(images.get('pottery-1')).toEqual({
      key: 'pottery-1',
      url: '/media/demo/pottery-1-800.webp',
      width: 800,
      height: 800,
      thumbUrl: '/media/demo/pottery-1-400.webp',
      thumbWidth: 400,
      thumbHeight: 400,
    });
    for (const file of files()) {
      expect(existsSync(file)).toBe(true);
      const bytes = readFileSync(file);
      expect(bytes.subarray(0, 4).toString('ascii')).toBe('RIFF');
      expect(bytes.subarray(8, 12).toString('ascii')).toBe('WEBP');
      const size = file.endsWith('-800.webp') ? 800 : 400;
      const metadata = await sharp(bytes).metadata();
      expect(metadata).toMatchObject({ format: 'webp', width: size, height: size });
      // Small pages for slow phone connections.
      expect(bytes.length).toBeLessThan(size === 800 ? 40 * 1024 : 25 * 1024);
    }
  });

  it('does not rewrite existing files on a second run', async () => {
    const before = files().map((file) => statSync(file).mtimeMs);
    await ensureDemoImages(mediaDir);
    expect(files().map((file) => statSync(file).mtimeMs)).toEqual(before);
  });

  it('renders again only what is missing', async () => {
    const [first, ...others] = files();
    const before = others.map((file) => statSync(file).mtimeMs);
    unlinkSync(first);
    await ensureDemoImages(mediaDir);
    expect(existsSync(first)).toBe(true);
    expect(others.map((file) => statSync(file).mtimeMs)).toEqual(before);
  });

  it('builds URLs from the given prefix', async () => {
    const images = await ensureDemoImages(mediaDir, '/static/');
    expect(images.get('argan-2')?.url).toBe('/static/demo/argan-2-800.webp');
    expect(images.get('argan-2')?.thumbUrl).toBe('/static/demo/argan-2-400.webp');
  });
});

describe('renderDemoImageSvg', () => {
  it('draws every key without text, so no font is needed', () => {
    const drawings = DEMO_IMAGE_KEYS.map((key) => renderDemoImageSvg(key));
    for (const svg of drawings) {
      expect(svg.startsWith('<svg ')).toBe(true);
      expect(svg).not.toMatch(/<text|<image|href=/);
    }
    expect(new Set(drawings).size).toBe(drawings.length);
  });

  it('rejects unknown keys', () => {
    expect(() => renderDemoImageSvg('plastic-1')).toThrow('Unknown demo image key');
    expect(() => renderDemoImageSvg('pottery-9')).toThrow('Unknown demo image key');
  });
});
