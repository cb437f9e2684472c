import type { EntitySchema } from 'typeorm';
import { LedgerEntryEntity } from './ledger-entry.entity';
import { PayoutBatchEntity } from './payout-batch.entity';
import { PayoutEntity } from './payout.entity';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const LEDGER_ENTITIES: (Function | EntitySchema)[] = [
  LedgerEntryEntity,
  PayoutBatchEntity,
  PayoutEntity,
];
