import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Relation,
} from 'typeorm';
import { CartEntity } from './cart.entity';

/** A product and a quantity; never a price, which is read from the catalogue each time. */
@Entity({ name: 'cart_items' })
export class CartItemEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'cart_id', type: 'uuid' })
  cartId: string;

  @ManyToOne(() => CartEntity, (cart) => cart.items, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cart_id' })
  cart?: Relation<CartEntity>;

  @Column({ name: 'product_id', type: 'uuid' })
  productId: string;

  @Column({ type: 'integer' })
  quantity: number;

  /** The unit price (centimes) when the shopper last set this line: what they saw. */
  @Column({ name: 'seen_unit_price', type: 'integer', nullable: true })
  seenUnitPrice: number | null;

  /** The seller's flat shipping rates (centimes) when the shopper last set this line. */
  @Column({ name: 'seen_shipping_morocco', type: 'integer', nullable: true })
  seenShippingMorocco: number | null;

  @Column({ name: 'seen_shipping_international', type: 'integer', nullable: true })
  seenShippingInternational: number | null;

  @Column({ name: 'seen_at', type: 'timestamptz', nullable: true })
  seenAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
