import type { EntitySchema } from 'typeorm';
import { CartEntity } from './cart.entity';
import { CartItemEntity } from './cart-item.entity';
import { SellerShippingEntity } from './seller-shipping.entity';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const CART_ENTITIES: (Function | EntitySchema)[] = [
  CartEntity,
  CartItemEntity,
  SellerShippingEntity,
];
