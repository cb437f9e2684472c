import {
  Column,
  CreateDateColumn,
  Entity,
  OneToMany,
  PrimaryGeneratedColumn,
  Relation,
  UpdateDateColumn,
} from 'typeorm';
import { CartItemEntity } from './cart-item.entity';

/**
 * A shopping cart: a guest's, reached with the token of the `hirfa_cart` cookie (only its
 * hash is kept), or a signed-in user's. It closes when it becomes an order.
 */
@Entity({ name: 'carts' })
export class CartEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'token_hash', type: 'text', nullable: true })
  tokenHash: string | null;

  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId: string | null;

  /** Set once the cart became this order. */
  @Column({ name: 'order_id', type: 'uuid', nullable: true })
  orderId: string | null;

  @OneToMany(() => CartItemEntity, (item) => item.cart)
  items?: Relation<CartItemEntity>[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
