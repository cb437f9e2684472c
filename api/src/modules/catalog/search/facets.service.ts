import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, SelectQueryBuilder } from 'typeorm';
import { PRICE_RANGES, type ProductFacets } from '@hirfa/shared';
import type { ProductEntity } from '../entities/product.entity';
import type { ListProductsQueryDto } from '../dto/list-products-query.dto';

/** The province, craft, category and price filters of a product query (aliased `product`). */
export function applyCatalogueFilters(
  query: SelectQueryBuilder<ProductEntity>,
  filters: Pick<ListProductsQueryDto, 'province' | 'craft' | 'category' | 'minPrice' | 'maxPrice'>,
): void {
  if (filters.province) query.andWhere('product.provinceCode = :province', filters);
  if (filters.craft) query.andWhere('product.craftSlug = :craft', filters);
  if (filters.category) query.andWhere('product.categorySlug = :category', filters);
  if (filters.minPrice !== undefined) query.andWhere('product.priceAmount >= :minPrice', filters);
  if (filters.maxPrice !== undefined) query.andWhere('product.priceAmount <= :maxPrice', filters);
}

const BUCKET_THRESHOLDS = PRICE_RANGES.slice(1).map((range) => range.min);

interface FacetRow {
  facet: 'total' | 'province' | 'craft' | 'category' | 'price';
  value: string | null;
  bucket: number | null;
  count: number;
}

/**
 * Counts the matching products, and the matching products per facet value, in one statement. Each facet ignores its own
 * filter (a shopper who picked Safi still sees how many pieces Essaouira has) and applies
 * all the others.
 */
@Injectable()
export class FacetsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async count(
    matching: SelectQueryBuilder<ProductEntity>,
    filters: Pick<
      ListProductsQueryDto,
      'province' | 'craft' | 'category' | 'minPrice' | 'maxPrice'
    >,
  ): Promise<{ total: number; facets: ProductFacets }> {
    const [baseSql, baseParameters] = matching
      .select('product.provinceCode', 'province_code')
      .addSelect('product.craftSlug', 'craft_slug')
      .addSelect('product.categorySlug', 'category_slug')
      .addSelect('product.priceAmount', 'price_amount')
      .getQueryAndParameters();
    const at = (offset: number) => `$${baseParameters.length + offset}`;
    const province = `(${at(1)}::text IS NULL OR province_code = ${at(1)})`;
    const craft = `(${at(2)}::text IS NULL OR craft_slug = ${at(2)})`;
    const category = `(${at(3)}::text IS NULL OR category_slug = ${at(3)})`;
    const price =
      `(${at(4)}::int IS NULL OR price_amount >= ${at(4)}) AND ` +
      `(${at(5)}::int IS NULL OR price_amount <= ${at(5)})`;
    const sql = `
      WITH matching AS (${baseSql})
      SELECT 'total' AS facet, NULL AS value, NULL::int AS bucket, count(*)::int AS count
        FROM matching WHERE ${province} AND ${craft} AND ${category} AND ${price}
      UNION ALL
      SELECT 'province', province_code, NULL, count(*)::int
        FROM matching WHERE ${craft} AND ${category} AND ${price} GROUP BY province_code
      UNION ALL
      SELECT 'craft', craft_slug, NULL, count(*)::int
        FROM matching WHERE ${province} AND ${category} AND ${price} GROUP BY craft_slug
      UNION ALL
      SELECT 'category', category_slug, NULL, count(*)::int
        FROM matching WHERE ${province} AND ${craft} AND ${price} GROUP BY category_slug
      UNION ALL
      SELECT 'price', NULL, width_bucket(price_amount, ${at(6)}::int[]), count(*)::int
        FROM matching WHERE ${province} AND ${craft} AND ${category}
        GROUP BY width_bucket(price_amount, ${at(6)}::int[])`;
    const rows: FacetRow[] = await this.dataSource.query(sql, [
      ...baseParameters,
      filters.province ?? null,
      filters.craft ?? null,
      filters.category ?? null,
      filters.minPrice ?? null,
      filters.maxPrice ?? null,
      BUCKET_THRESHOLDS,
    ]);
    const total = rows.find((row) => row.facet === 'total')?.count ?? 0;
    return { total, facets: toFacets(rows) };
  }
}

function toFacets(rows: FacetRow[]): ProductFacets {
  const byCount = (a: { count: number; value: string }, b: { count: number; value: string }) =>
    b.count - a.count || a.value.localeCompare(b.value);
  const values = (facet: FacetRow['facet']) =>
    rows
      .filter((row) => row.facet === facet && row.value !== null)
      .map((row) => ({ value: row.value as string, count: row.count }))
      .sort(byCount);
  const priceCounts = new Map(
    rows.filter((row) => row.facet === 'price').map((row) => [row.bucket, row.count]),
  );
  return {
    province: values('province'),
    craft: values('craft'),
    category: values('category'),
    price: PRICE_RANGES.map((range, index) => ({
      ...range,
      count: priceCounts.get(index) ?? 0,
    })),
  };
}
