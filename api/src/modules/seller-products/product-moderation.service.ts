import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { ProductEntity } from '../catalog/entities/product.entity';
import { ProductModerationEventEntity } from '../catalog/entities/product-moderation-event.entity';
import type { ModeratedProductDto } from './dto/moderation.dto';
import { transitionListing, type ListingEvent } from './product-listing';
import { toModeratedProduct } from './seller-product.mapper';

/** The chamber hides listings that break its rules, and restores them; each decision is kept. */
@Injectable()
export class ProductModerationService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

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
