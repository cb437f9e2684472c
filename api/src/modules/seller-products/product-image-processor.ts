import sharp from 'sharp';

/** Formats accepted from sellers, as sharp names them after reading the bytes. */
const ACCEPTED_FORMATS = ['jpeg', 'png', 'webp'] as const;

/** A phone's 48-megapixel photo passes; a decompression bomb does not. */
const MAX_INPUT_PIXELS = 50_000_000;

export const PAGE_SIZE = 1200;
export const THUMB_SIZE = 400;

export interface EncodedImage {
  bytes: Buffer;
  width: number;
  height: number;
}

export interface ProcessedImage {
  page: EncodedImage;
  thumb: EncodedImage;
}

/** The upload is not a photo we take; the message says why, for the seller. */
export class UnsupportedImageError extends Error {}

const inputOptions = { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' } as const;

async function encode(bytes: Buffer, size: number, quality: number): Promise<EncodedImage> {
  const { data, info } = await sharp(bytes, inputOptions)
    .autoOrient()
    .resize({ width: size, height: size, fit: 'inside', withoutEnlargement: true })
    .webp({ quality })
    .toBuffer({ resolveWithObject: true });
  return { bytes: data, width: info.width, height: info.height };
}

/**
 * Checks what the bytes are (never the file name or the declared type), then re-encodes
 * them as WebP for the product page and a thumbnail: turned upright from the EXIF
 * orientation, with all metadata (GPS position of the workshop included) left out.
 */
export async function processProductImage(bytes: Buffer): Promise<ProcessedImage> {
  let format: string | undefined;
  try {
    ({ format } = await sharp(bytes, inputOptions).metadata());
  } catch {
    throw new UnsupportedImageError('The file is not a JPEG, PNG or WebP image');
  }
  if (!format || !(ACCEPTED_FORMATS as readonly string[]).includes(format)) {
    throw new UnsupportedImageError(
      `The file is ${format ? `a ${format.toUpperCase()} image` : 'not an image we can read'}; send a JPEG, PNG or WebP photo`,
    );
  }
  try {
    const [page, thumb] = await Promise.all([
      encode(bytes, PAGE_SIZE, 82),
      encode(bytes, THUMB_SIZE, 75),
    ]);
    return { page, thumb };
  } catch (error) {
    const message = error instanceof Error ? error.message : '';
    throw new UnsupportedImageError(
      /pixel limit/i.test(message)
        ? `The photo has more than ${MAX_INPUT_PIXELS / 1_000_000} million pixels`
        : 'The image is damaged or incomplete and cannot be read',
    );
  }
}
