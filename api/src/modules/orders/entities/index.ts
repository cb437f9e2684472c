import type { EntitySchema } from 'typeorm';
import { OrderEntity } from './order.entity';
import { SubOrderEntity } from './sub-order.entity';
import { OrderLineEntity } from './order-line.entity';
import { OrderStatusChangeEntity } from './order-status-change.entity';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const ORDERS_ENTITIES: (Function | EntitySchema)[] = [
  OrderEntity,
  SubOrderEntity,
  OrderLineEntity,
  OrderStatusChangeEntity,
];
