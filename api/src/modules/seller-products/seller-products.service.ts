import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { pageOffset } from '@hirfa/shared';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { toPage } from '../../common/dto/pagination-query.dto';
import { InvalidInputException } from '../../common/filters/api-exception.filter';
import { ProductEntity } from '../catalog/entities/product.entity';
import { ProductImageEntity } from '../catalog/entities/product-image.entity';
import { CooperativeMemberEntity } from '../sellers/entities/cooperative-member.entity';
import type { SellerEntity } from '../sellers/entities/seller.entity';
import type { ListSellerProductsQueryDto } from './dto/list-seller-products-query.dto';
import type {
  CreateSellerProductDto,
  UpdateSellerProductDto,
} from './dto/seller-product-request.dto';
import type { SellerProductDto, SellerProductPageDto } from './dto/seller-product-response.dto';
import { PRODUCT_NOT_FOUND, ProductImagesService } from './product-images.service';
import { transitionListing } from './product-listing';
import { applySellerChanges, productRuleViolations } from './product-rules';
import { productSlug } from './product-slug';
import { toSellerProduct } from './seller-product.mapper';
import { SellerScopeService } from './seller-scope.service';

const SLUG_ATTEMPTS = 3;
const PG_UNIQUE_VIOLATION = '23505';

const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, '\\$&')}%`;

/** A seller's own products. Every query is scoped to the shop of the signed-in seller. */
@Injectable()
export class SellerProductsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scope: SellerScopeService,
    private readonly images: ProductImagesService,
  ) {}

  /** Four queries whatever the page size: the shop, the count, the page and its photos. */
  async list(
    user: AuthenticatedUser,
    query: ListSellerProductsQueryDto,
  ): Promise<SellerProductPageDto> {
    const shop = await this.scope.requireApprovedShop(user);
    const filtered = this.dataSource
      .getRepository(ProductEntity)
      .createQueryBuilder('product')
      .where('product.sellerId = :sellerId', { sellerId: shop.id });
    if (query.visible !== undefined) {
      filtered.andWhere(query.visible ? "product.status = 'active'" : "product.status <> 'active'");
    }
    if (query.q) {
      const pattern = likePattern(query.q);
      filtered.andWhere(
        new Brackets((where) =>
          where
            .where('product.titleFr ILIKE :pattern', { pattern })
            .orWhere('product.titleAr ILIKE :pattern')
            .orWhere('product.titleEn ILIKE :pattern'),
        ),
      );
    }
    const total = await filtered.clone().getCount();
    const offset = pageOffset(query.page, query.limit);
    const products =
      total > offset
        ? await filtered
            .orderBy('product.createdAt', 'DESC')
            .addOrderBy('product.id', 'DESC')
            .offset(offset)
            .limit(query.limit)
            .getMany()
        : [];
    const images = await this.images.imagesOf(products.map((product) => product.id));
    const items = products.map((product) => toSellerProduct(product, images.get(product.id) ?? []));
    return toPage(items, total, query);
  }

  async get(user: AuthenticatedUser, productId: string): Promise<SellerProductDto> {
    const shop = await this.scope.requireApprovedShop(user);
    const product = await this.dataSource
      .getRepository(ProductEntity)
      .findOneBy({ id: productId, sellerId: shop.id });
    if (!product) throw new NotFoundException(PRODUCT_NOT_FOUND);
    return this.withImages(product);
  }

  async create(user: AuthenticatedUser, dto: CreateSellerProductDto): Promise<SellerProductDto> {
    const shop = await this.scope.requireApprovedShop(user);
    const product = this.dataSource.getRepository(ProductEntity).create({
      sellerId: shop.id,
      provinceCode: shop.provinceCode,
      craftSlug: shop.craftSlug,
      titleFr: null,
      titleAr: null,
      titleEn: null,
      descriptionFr: null,
      descriptionAr: null,
      descriptionEn: null,
      priceCurrency: 'MAD',
      oneOfAKind: false,
      materials: [],
      lengthCm: null,
      widthCm: null,
      heightCm: null,
      weightGrams: null,
      leadTimeDays: null,
      madeByMemberId: null,
      status: dto.visible === false ? 'hidden' : 'active',
      moderatedAt: null,
      moderatedByUserId: null,
      moderationReason: null,
      statusBeforeModeration: null,
    });
    applySellerChanges(product, dto);
    await this.checkRules(this.dataSource.manager, shop, product, dto);
    const saved = await this.insertWithFreshSlug(product);
    return toSellerProduct(saved, []);
  }

  async update(
    user: AuthenticatedUser,
    productId: string,
    dto: UpdateSellerProductDto,
  ): Promise<SellerProductDto> {
    const shop = await this.scope.requireApprovedShop(user);
    const product = await this.dataSource.transaction(async (manager) => {
      // Locked so that a moderation decision cannot interleave with the seller's change.
      const current = await this.lockOwnProduct(manager, shop.id, productId);
      applySellerChanges(current, dto);
      current.provinceCode = shop.provinceCode;
      await this.checkRules(manager, shop, current, dto);
      if (dto.visible !== undefined) {
        const transition = transitionListing(current, { type: dto.visible ? 'show' : 'hide' });
        if (!transition.ok) throw new ConflictException(transition.refusal);
        Object.assign(current, transition.state);
      }
      return manager.getRepository(ProductEntity).save(current);
    });
    return this.withImages(product);
  }

  /** Deletes the product with its photos, then their files from the media storage. */
  async remove(user: AuthenticatedUser, productId: string): Promise<void> {
    const shop = await this.scope.requireApprovedShop(user);
    const images = await this.dataSource.transaction(async (manager) => {
      await this.lockOwnProduct(manager, shop.id, productId);
      const photos = await manager.getRepository(ProductImageEntity).findBy({ productId });
      await manager.getRepository(ProductEntity).delete({ id: productId, sellerId: shop.id });
      return photos;
    });
    await this.images.discardFiles(
      images.flatMap((image) => [image.storageKey, image.thumbStorageKey]),
    );
  }

  private async withImages(product: ProductEntity): Promise<SellerProductDto> {
    const images = await this.images.imagesOf([product.id]);
    return toSellerProduct(product, images.get(product.id) ?? []);
  }

  private async lockOwnProduct(
    manager: EntityManager,
    sellerId: string,
    productId: string,
  ): Promise<ProductEntity> {
    const product = await manager
      .getRepository(ProductEntity)
      .createQueryBuilder('product')
      .setLock('pessimistic_write')
      .where('product.id = :productId AND product.sellerId = :sellerId', { productId, sellerId })
      .getOne();
    if (!product) throw new NotFoundException(PRODUCT_NOT_FOUND);
    return product;
  }

  /** Rules across fields, and that the named maker is one of this cooperative's members. */
  private async checkRules(
    manager: EntityManager,
    shop: SellerEntity,
    product: ProductEntity,
    dto: UpdateSellerProductDto,
  ): Promise<void> {
    const violations = productRuleViolations(product);
    if (dto.madeByMemberId) {
      const isMember =
        shop.kind === 'cooperative' &&
        (await manager
          .getRepository(CooperativeMemberEntity)
          .existsBy({ id: dto.madeByMemberId, sellerId: shop.id }));
      if (!isMember) {
        violations.push({
          field: 'madeByMemberId',
          messages: [
            shop.kind === 'cooperative'
              ? 'madeByMemberId must be a member of your cooperative'
              : 'only a cooperative names the member who made a product',
          ],
        });
      }
    }
    if (violations.length > 0) {
      const summary = violations.flatMap((violation) => violation.messages).join('; ');
      throw new InvalidInputException(`Invalid request: ${summary}`, violations);
    }
  }

  /** The slug's random suffix makes a clash unlikely; one is retried with another suffix. */
  private async insertWithFreshSlug(product: ProductEntity): Promise<ProductEntity> {
    for (let attempt = 1; ; attempt++) {
      product.slug = productSlug({
        fr: product.titleFr,
        ar: product.titleAr,
        en: product.titleEn,
      });
      try {
        return await this.dataSource.getRepository(ProductEntity).save(product);
      } catch (error) {
        const isSlugClash =
          error instanceof QueryFailedError &&
          (error.driverError as { code?: string; constraint?: string }).code ===
            PG_UNIQUE_VIOLATION &&
          /slug/.test((error.driverError as { constraint?: string }).constraint ?? '');
        if (!isSlugClash || attempt >= SLUG_ATTEMPTS) throw error;
      }
    }
  }
}
