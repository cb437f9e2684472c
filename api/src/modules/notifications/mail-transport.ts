import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Inject, Injectable } from '@nestjs/common';
import { createTransport, type SendMailOptions } from 'nodemailer';
import type { Language } from '@hirfa/shared';
import { APP_CONFIG, type AppConfig } from '../../config/configuration';
import type { RenderedEmail } from './templates';

export interface OutgoingEmail extends RenderedEmail {
  /** The outbox row's id: it names the files and makes the Message-ID stable across retries. */
  id: string;
  to: string;
  language: Language;
  template: string;
}

/** What the file transport writes beside each `.eml`, for the demo and the tests to read. */
export interface FileOutboxRecord extends OutgoingEmail {
  messageId: string;
  from: string;
  sentAt: string;
}

// An SMTP server that hangs must not hold a claimed batch past its lease.
const SMTP_TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 };

/** Hands rendered emails to the SMTP server, or writes them as files under the outbox folder. */
@Injectable()
export class MailTransport {
  private readonly deliver: (message: SendMailOptions, email: OutgoingEmail) => Promise<void>;
  private readonly messageIdDomain: string;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    const { mail } = config;
    this.messageIdDomain = /@([^\s>]+)>?\s*$/.exec(mail.from)?.[1] ?? 'hirfa.ma';
    if (mail.transport === 'smtp' && mail.smtpUrl) {
      const smtp = createTransport({ url: mail.smtpUrl, ...SMTP_TIMEOUTS });
      this.deliver = async (message) => {
        await smtp.sendMail(message);
      };
    } else {
      const files = createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
      this.deliver = async (message, email) => {
        const info = await files.sendMail(message);
        await this.writeFiles(email, info.messageId, info.message as Buffer);
      };
    }
  }

  async send(email: OutgoingEmail): Promise<void> {
    await this.deliver(
      {
        from: this.config.mail.from,
        to: email.to,
        subject: email.subject,
        text: email.text,
        html: email.html,
        messageId: `<${email.id}@${this.messageIdDomain}>`,
        headers: { 'Content-Language': email.language },
      },
      email,
    );
  }

  private async writeFiles(email: OutgoingEmail, messageId: string, eml: Buffer): Promise<void> {
    const directory = this.config.mail.outboxDir;
    await mkdir(directory, { recursive: true });
    const record: FileOutboxRecord = {
      ...email,
      messageId,
      from: this.config.mail.from,
      sentAt: new Date().toISOString(),
    };
    await writeAtomically(join(directory, `${email.id}.eml`), eml);
    await writeAtomically(
      join(directory, `${email.id}.json`),
      `${JSON.stringify(record, null, 2)}\n`,
    );
  }
}

/** Readers of the folder never see half a file. */
async function writeAtomically(path: string, content: string | Buffer): Promise<void> {
  const partial = `${path}.partial`;
  await writeFile(partial, content);
  await rename(partial, path);
}
