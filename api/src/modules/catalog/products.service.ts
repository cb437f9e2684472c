import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, SelectQueryBuilder } from 'typeorm';
import type { Language } from '@hirfa/shared';
import { ProductEntity } from './entities/product.entity';
import { ProductImageEntity } from './entities/product-image.entity';
import { CooperativeMemberEntity } from '../sellers/entities/cooperative-member.entity';
import { ListProductsQueryDto } from './dto/list-products-query.dto';
import type { ProductDetailDto, ProductPageDto } from './dto/product-response.dto';
import { toProductDetail, toProductSummary } from './product.mapper';
import { toPage } from '../../common/dto/pagination-query.dto';
import { pageOffset } from '@hirfa/shared';

const SORT_ORDER: Record<ListProductsQueryDto['sort'], [string, 'ASC' | 'DESC'][]> = {
  newest: [
    ['product.createdAt', 'DESC'],
    ['product.id', 'DESC'],
  ],
  price_asc: [
    ['product.priceAmount', 'ASC'],
    ['product.id', 'ASC'],
  ],
  price_desc: [
    ['product.priceAmount', 'DESC'],
    ['product.id', 'DESC'],
  ],
};

@Injectable()
export class ProductsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** What the public may see: active products of approved sellers. */
  private visibleProducts(): SelectQueryBuilder<ProductEntity> {
    return this.dataSource
      .getRepository(ProductEntity)
      .createQueryBuilder('product')
      .innerJoinAndSelect('product.seller', 'seller', "seller.status = 'approved'")
      .where("product.status = 'active'");
  }

  /** Three queries whatever the page size: the count, the page, and the page's images. */
  async list(query: ListProductsQueryDto, language: Language): Promise<ProductPageDto> {
    const filtered = this.visibleProducts();
    if (query.province) filtered.andWhere('product.provinceCode = :province', query);
    if (query.craft) filtered.andWhere('product.craftSlug = :craft', query);
    if (query.category) filtered.andWhere('product.categorySlug = :category', query);

    const total = await filtered.clone().getCount();
    const ordered = filtered.clone();
    SORT_ORDER[query.sort].forEach(([column, direction], index) =>
      index === 0 ? ordered.orderBy(column, direction) : ordered.addOrderBy(column, direction),
    );
    const products =
      total > pageOffset(query.page, query.limit)
        ? await ordered.offset(pageOffset(query.page, query.limit)).limit(query.limit).getMany()
        : [];
    const images = await this.imagesOf(products.map((product) => product.id));
    const items = products.map((product) =>
      toProductSummary(product, product.seller!, images.get(product.id) ?? [], language),
    );
    return toPage(items, total, query);
  }

  async getBySlug(slug: string, language: Language): Promise<ProductDetailDto> {
    const product = await this.visibleProducts()
      .andWhere('product.slug = :slug', { slug })
      .getOne();
    if (!product) throw new NotFoundException(`No product is listed at "${slug}"`);
    const [images, madeBy] = await Promise.all([
      this.imagesOf([product.id]),
      product.madeByMemberId
        ? this.dataSource
            .getRepository(CooperativeMemberEntity)
            .findOneBy({ id: product.madeByMemberId })
        : Promise.resolve(null),
    ]);
    return toProductDetail(
      product,
      product.seller!,
      images.get(product.id) ?? [],
      madeBy?.name ?? null,
      language,
    );
  }

  private async imagesOf(productIds: string[]): Promise<Map<string, ProductImageEntity[]>> {
    const byProduct = new Map<string, ProductImageEntity[]>();
    if (productIds.length === 0) return byProduct;
    const images = await this.dataSource.getRepository(ProductImageEntity).find({
      where: { productId: In(productIds) },
      order: { position: 'ASC' },
    });
    for (const image of images) {
      const list = byProduct.get(image.productId) ?? [];
      list.push(image);
      byProduct.set(image.productId, list);
    }
    return byProduct;
  }
}
