import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  Relation,
} from 'typeorm';
import type { CurrencyCode, ProvinceCode } from '@hirfa/shared';
import { SellerEntity } from '../../sellers/entities/seller.entity';
import { CooperativeMemberEntity } from '../../sellers/entities/cooperative-member.entity';
import { ProductImageEntity } from './product-image.entity';

export const PRODUCT_STATUSES = ['active', 'hidden', 'draft'] as const;
export type ProductStatus = (typeof PRODUCT_STATUSES)[number];

@Entity({ name: 'products' })
export class ProductEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text', unique: true })
  slug: string;

  @Column({ name: 'seller_id', type: 'uuid' })
  sellerId: string;

  @ManyToOne(() => SellerEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'seller_id' })
  seller?: Relation<SellerEntity>;

  @Column({ name: 'title_fr', type: 'text', nullable: true })
  titleFr: string | null;

  @Column({ name: 'title_ar', type: 'text', nullable: true })
  titleAr: string | null;

  @Column({ name: 'title_en', type: 'text', nullable: true })
  titleEn: string | null;

  @Column({ name: 'description_fr', type: 'text', nullable: true })
  descriptionFr: string | null;

  @Column({ name: 'description_ar', type: 'text', nullable: true })
  descriptionAr: string | null;

  @Column({ name: 'description_en', type: 'text', nullable: true })
  descriptionEn: string | null;

  /** Integer centimes. */
  @Column({ name: 'price_amount', type: 'integer' })
  priceAmount: number;

  @Column({ name: 'price_currency', type: 'char', length: 3, default: 'MAD' })
  priceCurrency: CurrencyCode;

  @Column({ type: 'integer' })
  stock: number;

  @Column({ name: 'category_slug', type: 'text' })
  categorySlug: string;

  @Column({ name: 'craft_slug', type: 'text' })
  craftSlug: string;

  @Column({ name: 'province_code', type: 'text' })
  provinceCode: ProvinceCode;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  materials: string[];

  @Column({ type: 'text', default: 'active' })
  status: ProductStatus;

  /** A unique piece: its stock is 0 or 1. */
  @Column({ name: 'one_of_a_kind', type: 'boolean', default: false })
  oneOfAKind: boolean;

  @Column({ name: 'length_cm', type: 'integer', nullable: true })
  lengthCm: number | null;

  @Column({ name: 'width_cm', type: 'integer', nullable: true })
  widthCm: number | null;

  @Column({ name: 'height_cm', type: 'integer', nullable: true })
  heightCm: number | null;

  @Column({ name: 'weight_grams', type: 'integer', nullable: true })
  weightGrams: number | null;

  /** Made to order: days needed before the piece can ship. */
  @Column({ name: 'lead_time_days', type: 'integer', nullable: true })
  leadTimeDays: number | null;

  /** Set while the chamber hides the product; the status is then 'hidden'. */
  @Column({ name: 'moderated_at', type: 'timestamptz', nullable: true })
  moderatedAt: Date | null;

  @Column({ name: 'moderated_by_user_id', type: 'uuid', nullable: true })
  moderatedByUserId: string | null;

  @Column({ name: 'moderation_reason', type: 'text', nullable: true })
  moderationReason: string | null;

  /** The seller's status to return to when the chamber restores the product. */
  @Column({ name: 'status_before_moderation', type: 'text', nullable: true })
  statusBeforeModeration: ProductStatus | null;

  @Column({ name: 'made_by_member_id', type: 'uuid', nullable: true })
  madeByMemberId: string | null;

  @ManyToOne(() => CooperativeMemberEntity, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'made_by_member_id' })
  madeBy?: Relation<CooperativeMemberEntity> | null;

  @OneToMany(() => ProductImageEntity, (image) => image.product)
  images?: Relation<ProductImageEntity>[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
