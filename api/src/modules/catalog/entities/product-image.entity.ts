import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { ProductEntity } from './product.entity';

@Entity({ name: 'product_images' })
export class ProductImageEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'product_id', type: 'uuid' })
  productId: string;

  @ManyToOne(() => ProductEntity, (product) => product.images, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'product_id' })
  product?: Relation<ProductEntity>;

  @Column({ type: 'integer' })
  position: number;

  @Column({ type: 'text' })
  url: string;

  @Column({ type: 'integer' })
  width: number;

  @Column({ type: 'integer' })
  height: number;

  @Column({ name: 'thumb_url', type: 'text' })
  thumbUrl: string;

  @Column({ name: 'thumb_width', type: 'integer' })
  thumbWidth: number;

  @Column({ name: 'thumb_height', type: 'integer' })
  thumbHeight: number;

  @Column({ type: 'text', default: '' })
  alt: string;

  /** Where the media storage keeps each size; null for photos that were not uploaded here. */
  @Column({ name: 'storage_key', type: 'text', nullable: true })
  storageKey: string | null;

  @Column({ name: 'thumb_storage_key', type: 'text', nullable: true })
  thumbStorageKey: string | null;
}
