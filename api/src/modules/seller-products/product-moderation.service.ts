import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource } from 'typeorm';
import { pageOffset, type Language } from '@hirfa/shared';
import { toPage } from '../../common/dto/pagination-query.dto';
import type { ChamberProductListQueryDto, ChamberProductPageDto } from './dto/chamber-products.dto';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { ProductEntity } from '../catalog/entities/product.entity';
import { ProductModerationEventEntity } from '../catalog/entities/product-moderation-event.entity';
import type { ModeratedProductDto } from './dto/moderation.dto';
import { transitionListing, type ListingEvent } from './product-listing';
import { toChamberProductListItem, toModeratedProduct } from './seller-product.mapper';

/** The chamber hides listings that break its rules, and restores them; each decision is kept. */
@Injectable()
export class ProductModerationService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Products for the moderation screen: all sellers, any status, paginated. */
  async list(
    query: ChamberProductListQueryDto,
    language: Language,
  ): Promise<ChamberProductPageDto> {
    const products = this.dataSource
      .getRepository(ProductEntity)
      .createQueryBuilder('product')
      .innerJoinAndSelect('product.seller', 'seller');
    if (query.hidden === true) products.andWhere('product.moderatedAt IS NOT NULL');
    if (query.hidden === false) products.andWhere('product.moderatedAt IS NULL');
    if (query.q) {
      const pattern = `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      products.andWhere(
        new Brackets((where) =>
          where
            .where('product.titleFr ILIKE :pattern', { pattern })
            .orWhere('product.titleAr ILIKE :pattern')
            .orWhere('product.titleEn ILIKE :pattern')
            .orWhere('product.slug ILIKE :pattern'),
        ),
      );
    }
    const [items, total] = await products
      .orderBy('product.moderatedAt', 'DESC', 'NULLS LAST')
      .addOrderBy('product.createdAt', 'DESC')
      .addOrderBy('product.id', 'DESC')
      .offset(pageOffset(query.page, query.limit))
      .limit(query.limit)
      .getManyAndCount();
    return toPage(
      items.map((product) => toChamberProductListItem(product, language)),
      total,
      query,
    );
  }

  hide(staff: AuthenticatedUser, productId: string, reason: string): Promise<ModeratedProductDto> {
    return this.decide(staff, productId, {
      type: 'moderate',
      staffUserId: staff.id,
      reason,
      at: new Date(),
    });
  }

  restore(staff: AuthenticatedUser, productId: string): Promise<ModeratedProductDto> {
    return this.decide(staff, productId, { type: 'restore' });
  }

  private decide(
    staff: AuthenticatedUser,
    productId: string,
    event: Extract<ListingEvent, { type: 'moderate' | 'restore' }>,
  ): Promise<ModeratedProductDto> {
    return this.dataSource.transaction(async (manager) => {
      const product = await manager
        .getRepository(ProductEntity)
        .createQueryBuilder('product')
        .setLock('pessimistic_write')
        .where('product.id = :productId', { productId })
        .getOne();
      if (!product) throw new NotFoundException('No product has this id');
      const transition = transitionListing(product, event);
      if (!transition.ok) throw new ConflictException(transition.refusal);
      Object.assign(product, transition.state);
      const saved = await manager.getRepository(ProductEntity).save(product);
      await manager.getRepository(ProductModerationEventEntity).insert({
        productId,
        action: event.type === 'moderate' ? 'hide' : 'restore',
        reason: event.type === 'moderate' ? event.reason : null,
        staffUserId: staff.id,
      });
      return toModeratedProduct(saved);
    });
  }
}
