import { OutboxEmailEntity } from './outbox-email.entity';

export const NOTIFICATIONS_ENTITIES = [OutboxEmailEntity];
