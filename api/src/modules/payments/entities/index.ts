import type { EntitySchema } from 'typeorm';
import { PaymentEntity } from './payment.entity';
import { RefundEntity } from './refund.entity';
import { StripeEventEntity } from './stripe-event.entity';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const PAYMENTS_ENTITIES: (Function | EntitySchema)[] = [
  PaymentEntity,
  RefundEntity,
  StripeEventEntity,
];
