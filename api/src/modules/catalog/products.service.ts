import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, SelectQueryBuilder } from 'typeorm';
import type { Language, ProductSort } from '@hirfa/shared';
import { ProductEntity } from './entities/product.entity';
import { ProductImageEntity } from './entities/product-image.entity';
import { CooperativeMemberEntity } from '../sellers/entities/cooperative-member.entity';
import { ListProductsQueryDto } from './dto/list-products-query.dto';
import type { ProductDetailDto, ProductPageDto } from './dto/product-response.dto';
import { toProductDetail, toProductSummary } from './product.mapper';
import { toPage } from '../../common/dto/pagination-query.dto';
import { InvalidInputException } from '../../common/filters/api-exception.filter';
import { pageOffset } from '@hirfa/shared';
import { searchTerms } from './search/search-terms';
import { applySearch } from './search/product-search';
import { applyCatalogueFilters, FacetsService } from './search/facets.service';
import { CatalogueCacheService } from './catalogue-cache.service';

const SORT_ORDER: Record<Exclude<ProductSort, 'relevance'>, [string, 'ASC' | 'DESC'][]> = {
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
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly facets: FacetsService,
    private readonly cache: CatalogueCacheService,
  ) {}

  /** What the public may see: active products of approved sellers, not hidden by the chamber. */
  private visibleProducts(): SelectQueryBuilder<ProductEntity> {
    return this.dataSource
      .getRepository(ProductEntity)
      .createQueryBuilder('product')
      .innerJoinAndSelect('product.seller', 'seller', "seller.status = 'approved'")
      .where("product.status = 'active'")
      .andWhere('product.moderatedAt IS NULL');
  }

  /**
   * Products matching the words and filters, with facet counts. Three queries whatever the
   * page size: the page, the total with the facets, and the page's images.
   */
  list(query: ListProductsQueryDto, language: Language): Promise<ProductPageDto> {
    // Every query field is part of the key, so a new filter can never share a cached page.
    const key = JSON.stringify([language, { ...query }]);
    return this.cache.getOrCompute(key, () => this.search(query, language));
  }

  private async search(query: ListProductsQueryDto, language: Language): Promise<ProductPageDto> {
    if (
      query.minPrice !== undefined &&
      query.maxPrice !== undefined &&
      query.minPrice > query.maxPrice
    ) {
      throw new InvalidInputException('Invalid request: minPrice must not be above maxPrice', [
        { field: 'minPrice', messages: ['minPrice must not be above maxPrice'] },
      ]);
    }
    const terms = searchTerms(query.q);
    const matching = this.visibleProducts();
    if (query.seller) matching.andWhere('seller.slug = :seller', { seller: query.seller });
    const tsquery = applySearch(matching, terms);

    const page = matching.clone();
    applyCatalogueFilters(page, query);
    const sort = query.sort ?? (tsquery ? 'relevance' : 'newest');
    if (sort === 'relevance' && tsquery) {
      page
        .addSelect(`ts_rank_cd(product.search_document, ${tsquery})`, 'relevance')
        .orderBy('relevance', 'DESC')
        .addOrderBy('product.createdAt', 'DESC')
        .addOrderBy('product.id', 'DESC');
    } else {
      SORT_ORDER[sort === 'relevance' ? 'newest' : sort].forEach(([column, direction], index) =>
        index === 0 ? page.orderBy(column, direction) : page.addOrderBy(column, direction),
      );
    }
    const [products, { total, facets }] = await Promise.all([
      page.offset(pageOffset(query.page, query.limit)).limit(query.limit).getMany(),
      this.facets.count(matching.clone(), query),
    ]);
    const images = await this.imagesOf(products.map((product) => product.id));
    const items = products.map((product) =>
      toProductSummary(product, product.seller!, images.get(product.id) ?? [], language),
    );
    return { ...toPage(items, total, query), facets };
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
