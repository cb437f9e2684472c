import type { EntitySchema } from 'typeorm';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const NOTIFICATIONS_ENTITIES: (Function | EntitySchema)[] = [];
