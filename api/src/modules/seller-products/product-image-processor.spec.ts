import sharp from 'sharp';
import { processProductImage, UnsupportedImageError } from './product-image-processor';

const photo = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: { r: 180, g: 90, b: 40 } } });

describe('processProductImage', () => {
  it('fits a large JPEG inside 1200 and 400 pixels, as WebP', async () => {
    const jpeg = await photo(2400, 1600).jpeg().toBuffer();
    const { page, thumb } = await processProductImage(jpeg);
    expect([page.width, page.height]).toEqual([1200, 800]);
    expect([thumb.width, thumb.height]).toEqual([400, 267]);
    const pageMeta = await sharp(page.bytes).metadata();
    expect(pageMeta.format).toBe('webp');
    expect([pageMeta.width, pageMeta.height]).toEqual([1200, 800]);
  });

  it('never enlarges a small picture', async () => {
    const png = await photo(300, 200).png().toBuffer();
    const { page, thumb } = await processProductImage(png);
    expect([page.width, page.height]).toEqual([300, 200]);
    expect([thumb.width, thumb.height]).toEqual([300, 200]);
  });

  it('turns the photo upright from its EXIF orientation and drops the metadata', async () => {
    const sideways = await photo(600, 300)
      .jpeg()
      .withMetadata({ orientation: 6 })
      .withExif({ IFD0: { Artist: 'Atelier Fakhar', Copyright: 'GPS 32.29N 9.23W' } })
      .toBuffer();
    const { page } = await processProductImage(sideways);
    expect([page.width, page.height]).toEqual([300, 600]);
    const meta = await sharp(page.bytes).metadata();
    expect(meta.exif).toBeUndefined();
    expect(meta.orientation).toBeUndefined();
  });

  it('refuses what is not a JPEG, PNG or WebP, whatever it claims to be', async () => {
    await expect(processProductImage(Buffer.from('not an image at all'))).rejects.toThrow(
      UnsupportedImageError,
    );
    const gif = await photo(10, 10).gif().toBuffer();
    await expect(processProductImage(gif)).rejects.toThrow(/GIF/);
    const jpeg = await photo(800, 800).jpeg().toBuffer();
    await expect(processProductImage(jpeg.subarray(0, 600))).rejects.toThrow(UnsupportedImageError);
  });
});
