import {
  ConflictException,
  Inject,
  Injectable,
  Logger,
  NotFoundException,
  ServiceUnavailableException,
  UnprocessableEntityException,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, In } from 'typeorm';
import { MAX_PRODUCT_IMAGES } from '@hirfa/shared';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { InvalidInputException } from '../../common/filters/api-exception.filter';
import {
  MEDIA_STORAGE,
  MediaStorageError,
  type MediaStorage,
} from '../../common/storage/media-storage';
import { ProductEntity } from '../catalog/entities/product.entity';
import { ProductImageEntity } from '../catalog/entities/product-image.entity';
import type { UploadProductImageDto } from './dto/upload-product-image.dto';
import type { SellerProductImageDto } from './dto/seller-product-response.dto';
import {
  PAGE_SIZE,
  processProductImage,
  THUMB_SIZE,
  UnsupportedImageError,
  type EncodedImage,
} from './product-image-processor';
import { toSellerProductImage } from './seller-product.mapper';
import { SellerScopeService } from './seller-scope.service';

/** What multer's memory storage hands over for the `file` part. */
export interface UploadedPhoto {
  buffer: Buffer;
  size: number;
  originalname: string;
  mimetype: string;
}

export const PRODUCT_NOT_FOUND = 'None of your products has this id';
const TOO_MANY_PHOTOS = `A product has at most ${MAX_PRODUCT_IMAGES} photos; delete one first`;

/** Photos of a seller's own products: checked, re-encoded, stored, and removed with them. */
@Injectable()
export class ProductImagesService {
  private readonly logger = new Logger(ProductImagesService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scope: SellerScopeService,
    @Inject(MEDIA_STORAGE) private readonly storage: MediaStorage,
  ) {}

  async upload(
    user: AuthenticatedUser,
    productId: string,
    file: UploadedPhoto | undefined,
    dto: UploadProductImageDto,
  ): Promise<SellerProductImageDto> {
    const shop = await this.scope.requireApprovedShop(user);
    if (!file) {
      throw new InvalidInputException('Attach the photo as the multipart field "file"', [
        { field: 'file', messages: ['file is required'] },
      ]);
    }
    // Refused early, before the image work; checked again under a lock below.
    const photoCount = await this.countPhotosOfOwnProduct(
      this.dataSource.manager,
      shop.id,
      productId,
    );
    if (photoCount >= MAX_PRODUCT_IMAGES) throw new ConflictException(TOO_MANY_PHOTOS);

    const processed = await processProductImage(file.buffer).catch((error: unknown) => {
      if (error instanceof UnsupportedImageError) {
        throw new UnprocessableEntityException(error.message);
      }
      throw error;
    });
    const imageId = randomUUID();
    const keys = {
      page: `products/${productId}/${imageId}-${PAGE_SIZE}.webp`,
      thumb: `products/${productId}/${imageId}-${THUMB_SIZE}.webp`,
    };
    const urls = await this.storeBoth(keys, processed.page, processed.thumb);
    try {
      const image = await this.dataSource.transaction(async (manager) => {
        await this.lockOwnProduct(manager, shop.id, productId);
        const { count, lastPosition } = await manager
          .getRepository(ProductImageEntity)
          .createQueryBuilder('image')
          .select('count(*)::int', 'count')
          .addSelect('max(image.position)', 'lastPosition')
          .where('image.productId = :productId', { productId })
          .getRawOne<{ count: number; lastPosition: number | null }>()
          .then((row) => row ?? { count: 0, lastPosition: null });
        if (count >= MAX_PRODUCT_IMAGES) throw new ConflictException(TOO_MANY_PHOTOS);
        return manager.getRepository(ProductImageEntity).save({
          id: imageId,
          productId,
          position: lastPosition === null ? 0 : lastPosition + 1,
          url: urls.page,
          width: processed.page.width,
          height: processed.page.height,
          thumbUrl: urls.thumb,
          thumbWidth: processed.thumb.width,
          thumbHeight: processed.thumb.height,
          alt: dto.alt ?? '',
          storageKey: keys.page,
          thumbStorageKey: keys.thumb,
        });
      });
      return toSellerProductImage(image);
    } catch (error) {
      await this.discardFiles([keys.page, keys.thumb]);
      throw error;
    }
  }

  async remove(user: AuthenticatedUser, productId: string, imageId: string): Promise<void> {
    const shop = await this.scope.requireApprovedShop(user);
    const image = await this.dataSource
      .getRepository(ProductImageEntity)
      .createQueryBuilder('image')
      .innerJoin('image.product', 'product', 'product.sellerId = :sellerId', { sellerId: shop.id })
      .where('image.id = :imageId AND image.productId = :productId', { imageId, productId })
      .getOne();
    if (!image) throw new NotFoundException('None of your product photos has this id');
    const { affected } = await this.dataSource
      .getRepository(ProductImageEntity)
      .delete({ id: image.id });
    if (!affected) throw new NotFoundException('None of your product photos has this id');
    await this.discardFiles([image.storageKey, image.thumbStorageKey]);
  }

  /** Photos of these products, in display order, in one query. */
  async imagesOf(productIds: string[]): Promise<Map<string, ProductImageEntity[]>> {
    const byProduct = new Map<string, ProductImageEntity[]>();
    if (productIds.length === 0) return byProduct;
    const images = await this.dataSource.getRepository(ProductImageEntity).find({
      where: { productId: In(productIds) },
      order: { position: 'ASC' },
    });
    for (const image of images) {
      byProduct.set(image.productId, [...(byProduct.get(image.productId) ?? []), image]);
    }
    return byProduct;
  }

  /**
   * Removes stored files once their rows are gone. A file that cannot be removed now is
   * only wasted space, so the seller's request still succeeds; the failure is logged.
   */
  async discardFiles(keys: (string | null)[]): Promise<void> {
    const present = keys.filter((key): key is string => key !== null);
    const results = await Promise.allSettled(present.map((key) => this.storage.delete(key)));
    results.forEach((result, index) => {
      if (result.status === 'rejected') {
        this.logger.warn(`Could not delete media ${present[index]}: ${String(result.reason)}`);
      }
    });
  }

  /** Locks the product row so that concurrent uploads count photos one after the other. */
  private async lockOwnProduct(
    manager: EntityManager,
    sellerId: string,
    productId: string,
  ): Promise<void> {
    const product = await manager
      .getRepository(ProductEntity)
      .createQueryBuilder('product')
      .setLock('pessimistic_write')
      .where('product.id = :productId AND product.sellerId = :sellerId', { productId, sellerId })
      .getOne();
    if (!product) throw new NotFoundException(PRODUCT_NOT_FOUND);
  }

  private async countPhotosOfOwnProduct(
    manager: EntityManager,
    sellerId: string,
    productId: string,
  ): Promise<number> {
    const row = await manager
      .getRepository(ProductEntity)
      .createQueryBuilder('product')
      .leftJoin('product.images', 'image')
      .select('count(image.id)::int', 'count')
      .where('product.id = :productId AND product.sellerId = :sellerId', { productId, sellerId })
      .groupBy('product.id')
      .getRawOne<{ count: number }>();
    if (!row) throw new NotFoundException(PRODUCT_NOT_FOUND);
    return row.count;
  }

  private async storeBoth(
    keys: { page: string; thumb: string },
    page: EncodedImage,
    thumb: EncodedImage,
  ): Promise<{ page: string; thumb: string }> {
    const [pageUrl, thumbUrl] = await Promise.allSettled([
      this.storage.put(keys.page, page.bytes, 'image/webp'),
      this.storage.put(keys.thumb, thumb.bytes, 'image/webp'),
    ]);
    if (pageUrl.status === 'fulfilled' && thumbUrl.status === 'fulfilled') {
      return { page: pageUrl.value, thumb: thumbUrl.value };
    }
    await this.discardFiles([keys.page, keys.thumb]);
    const failure = [pageUrl, thumbUrl].find((result) => result.status === 'rejected');
    const reason: unknown = failure?.status === 'rejected' ? failure.reason : undefined;
    if (reason instanceof MediaStorageError) {
      this.logger.error(`Could not store a product photo: ${reason.message}`);
      throw new ServiceUnavailableException('The photo could not be stored just now; try again');
    }
    throw reason;
  }
}
