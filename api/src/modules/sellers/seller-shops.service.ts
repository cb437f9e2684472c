import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Language } from '@hirfa/shared';
import { ProductEntity } from '../catalog/entities/product.entity';
import { CooperativeMemberEntity } from './entities/cooperative-member.entity';
import { SellerEntity } from './entities/seller.entity';
import type { SellerShopDto } from './dto/seller-response.dto';
import { toSellerShop } from './seller-application.mapper';

/** Public shop pages: only approved sellers have one. */
@Injectable()
export class SellerShopsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async getBySlug(slug: string, language: Language): Promise<SellerShopDto> {
    const seller = await this.dataSource
      .getRepository(SellerEntity)
      .findOneBy({ slug, status: 'approved' });
    if (!seller?.slug) throw new NotFoundException(`No shop is open at "${slug}"`);
    const [members, productCount] = await Promise.all([
      seller.kind === 'cooperative'
        ? this.dataSource.getRepository(CooperativeMemberEntity).find({
            where: { sellerId: seller.id },
            order: { createdAt: 'ASC', name: 'ASC' },
          })
        : Promise.resolve([]),
      this.dataSource
        .getRepository(ProductEntity)
        .countBy({ sellerId: seller.id, status: 'active' }),
    ]);
    const approvedAt = seller.approvedAt ?? seller.createdAt;
    return toSellerShop(
      { ...seller, slug: seller.slug, approvedAt },
      members,
      productCount,
      language,
    );
  }
}
