import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CRAFTS, PROVINCE_CODES, SELLER_STATUSES, type SellerStatus } from '@hirfa/shared';
import type { ChamberStatsDto } from './dto/seller-response.dto';

interface SellerCountRow {
  status: SellerStatus | null;
  province_code: string | null;
  craft_slug: string | null;
  sellers: string;
  approved: string;
}

interface ProductCountRow {
  province_code: string | null;
  craft_slug: string | null;
  products: string;
}

/** Counts for reporting on the programme, in two grouped queries whatever the data. */
@Injectable()
export class ChamberStatsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async stats(): Promise<ChamberStatsDto> {
    const [sellerRows, productRows] = await Promise.all([
      this.dataSource.query<SellerCountRow[]>(`
        SELECT status, province_code, craft_slug,
               count(*) AS sellers,
               count(*) FILTER (WHERE status = 'approved') AS approved
        FROM sellers
        GROUP BY GROUPING SETS ((status), (province_code), (craft_slug))`),
      // What shoppers can see: active products of approved sellers.
      this.dataSource.query<ProductCountRow[]>(`
        SELECT product.province_code, product.craft_slug, count(*) AS products
        FROM products product
        JOIN sellers seller ON seller.id = product.seller_id AND seller.status = 'approved'
        WHERE product.status = 'active'
        GROUP BY GROUPING SETS ((product.province_code), (product.craft_slug))`),
    ]);

    const sellersByStatus = Object.fromEntries(
      SELLER_STATUSES.map((status) => [status, 0]),
    ) as Record<SellerStatus, number>;
    const approvedByProvince = new Map<string, number>();
    const approvedByCraft = new Map<string, number>();
    for (const row of sellerRows) {
      if (row.status) sellersByStatus[row.status] = Number(row.sellers);
      if (row.province_code) approvedByProvince.set(row.province_code, Number(row.approved));
      if (row.craft_slug) approvedByCraft.set(row.craft_slug, Number(row.approved));
    }
    const productsByProvince = new Map<string, number>();
    const productsByCraft = new Map<string, number>();
    for (const row of productRows) {
      if (row.province_code) productsByProvince.set(row.province_code, Number(row.products));
      if (row.craft_slug) productsByCraft.set(row.craft_slug, Number(row.products));
    }

    return {
      sellersByStatus,
      byProvince: PROVINCE_CODES.map((province) => ({
        province,
        approvedSellers: approvedByProvince.get(province) ?? 0,
        activeProducts: productsByProvince.get(province) ?? 0,
      })),
      byCraft: CRAFTS.map(({ slug: craft }) => ({
        craft,
        approvedSellers: approvedByCraft.get(craft) ?? 0,
        activeProducts: productsByCraft.get(craft) ?? 0,
      })),
    };
  }
}
