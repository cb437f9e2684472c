import { Global, Module } from '@nestjs/common';
import { MailTransport } from './mail-transport';
import { MailWorker } from './mail.worker';
import { OutboxService } from './outbox.service';

/** Global so that any module writing an order or a payment can queue emails in its transaction. */
@Global()
@Module({
  providers: [OutboxService, MailTransport, MailWorker],
  exports: [OutboxService, MailWorker],
})
export class NotificationsModule {}
