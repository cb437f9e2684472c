import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { money } from '@hirfa/shared';
import { createTestApp, type TestApp } from './support/test-app';
import { findFreePort } from '../src/database/embedded-postgres';
import { OutboxEmailEntity } from '../src/modules/notifications/entities/outbox-email.entity';
import type { FileOutboxRecord } from '../src/modules/notifications/mail-transport';
import { MailTransport } from '../src/modules/notifications/mail-transport';
import { MailWorker } from '../src/modules/notifications/mail.worker';
import { OutboxService, type OutboxEmail } from '../src/modules/notifications/outbox.service';

const shopperEmail = (recipient: string, language: 'fr' | 'ar' | 'en' = 'fr'): OutboxEmail => ({
  recipient,
  language,
  template: 'order-confirmation',
  payload: {
    orderNumber: 'HRF-2026-000042',
    orderUrl: 'https://hirfa.ma/orders/HRF-2026-000042',
    paymentMethod: 'cod',
    total: money(48_500),
    lines: [
      {
        title: 'Tajine de Safi',
        quantity: 1,
        lineTotal: money(45_000),
        sellerName: 'Atelier Nour',
      },
    ],
    shipping: { name: 'Salma Idrissi', city: 'Marrakech', country: 'MA' },
  },
});

const sellerEmail = (recipient: string, language: 'fr' | 'ar' | 'en'): OutboxEmail => ({
  recipient,
  language,
  template: 'seller-new-order',
  payload: {
    orderNumber: 'HRF-2026-000042',
    subOrderId: '6d1f0c1e-8f3a-4b7e-9a52-0c4d2b1e9f10',
    dashboardUrl: 'https://hirfa.ma/seller/orders/6d1f0c1e-8f3a-4b7e-9a52-0c4d2b1e9f10',
    sellerName: 'Atelier Nour',
    paymentMethod: 'cod',
    total: money(48_500),
    lines: [{ title: 'Tajine de Safi', quantity: 1, lineTotal: money(45_000) }],
    shipping: { name: 'Salma Idrissi', city: 'Marrakech', country: 'MA' },
  },
});

function readOutbox(t: TestApp): FileOutboxRecord[] {
  const directory = t.config.mail.outboxDir;
  if (!existsSync(directory)) return [];
  return readdirSync(directory)
    .filter((name) => name.endsWith('.json'))
    .map((name) => JSON.parse(readFileSync(join(directory, name), 'utf8')) as FileOutboxRecord);
}

const outboxRows = (t: TestApp) =>
  t.dataSource.getRepository(OutboxEmailEntity).find({ order: { recipient: 'ASC' } });

async function enqueueCommitted(t: TestApp, emails: OutboxEmail[]): Promise<void> {
  const outbox = t.app.get(OutboxService);
  await t.dataSource.transaction((manager) => outbox.enqueueMany(manager, emails));
}

async function resetOutbox(t: TestApp): Promise<void> {
  await t.dataSource.query('DELETE FROM outbox_emails');
  rmSync(t.config.mail.outboxDir, { recursive: true, force: true });
}

describe('email outbox (file transport)', () => {
  let t: TestApp;
  let outbox: OutboxService;
  let worker: MailWorker;

  beforeAll(async () => {
    t = await createTestApp();
    outbox = t.app.get(OutboxService);
    worker = t.app.get(MailWorker);
  });

  afterAll(async () => {
    await t.close();
  });

  beforeEach(() => resetOutbox(t));

  it('leaves the background loop off in tests, where drains are explicit', () => {
    expect(t.config.mail.workerIntervalSeconds).toBe(0);
  });

  it('writes nothing when the transaction that queued the email rolls back', async () => {
    await expect(
      t.dataSource.transaction(async (manager) => {
        await outbox.enqueue(manager, shopperEmail('salma@example.ma'));
        await outbox.enqueue(manager, sellerEmail('nour@example.ma', 'fr'));
        throw new Error('the order failed after its emails were queued');
      }),
    ).rejects.toThrow('the order failed');

    expect(await outboxRows(t)).toEqual([]);
    expect(await worker.drain()).toEqual({ sent: 0, retried: 0, failed: 0 });
    expect(readOutbox(t)).toEqual([]);
  });

  it('keeps a queued email pending until it is sent', async () => {
    await t.dataSource.transaction((manager) =>
      outbox.enqueue(manager, shopperEmail('salma@example.ma')),
    );

    const [row] = await outboxRows(t);
    expect(row).toMatchObject({
      recipient: 'salma@example.ma',
      language: 'fr',
      template: 'order-confirmation',
      status: 'pending',
      attempts: 0,
      lastError: null,
      sentAt: null,
    });
    expect(row.payload).toEqual(shopperEmail('salma@example.ma').payload);
    expect(readOutbox(t)).toEqual([]);
  });

  it('queues several emails in one statement', async () => {
    t.queries.reset();
    await enqueueCommitted(t, [
      shopperEmail('salma@example.ma'),
      sellerEmail('nour@example.ma', 'ar'),
      sellerEmail('tifaout@example.ma', 'en'),
    ]);

    expect(t.queries.queries.filter((query) => /^INSERT/i.test(query))).toHaveLength(1);
    expect(await outboxRows(t)).toHaveLength(3);
  });

  it('refuses an email it could not send, and the transaction writes nothing', async () => {
    const unsafeLink = shopperEmail('salma@example.ma');
    if (unsafeLink.template === 'order-confirmation') {
      unsafeLink.payload = { ...unsafeLink.payload, orderUrl: 'javascript:alert(1)' };
    }
    for (const [email, message] of [
      [shopperEmail('salma@example.ma\r\nBcc: everyone@example.ma'), 'Cannot queue an email'],
      [shopperEmail('Salma <salma@example.ma>'), 'Cannot queue an email'],
      [unsafeLink, 'http(s)'],
    ] as const) {
      await expect(
        t.dataSource.transaction(async (manager) => {
          await outbox.enqueue(manager, sellerEmail('nour@example.ma', 'fr'));
          await outbox.enqueue(manager, email);
        }),
      ).rejects.toThrow(message);
    }
    expect(await outboxRows(t)).toEqual([]);
  });

  it('sends each due email once, as a file per email with its recipient, subject and language', async () => {
    await enqueueCommitted(t, [
      shopperEmail('salma@example.ma', 'fr'),
      sellerEmail('nour@example.ma', 'ar'),
      sellerEmail('tifaout@example.ma', 'en'),
    ]);

    expect(await worker.drain()).toEqual({ sent: 3, retried: 0, failed: 0 });

    const files = readOutbox(t).sort((a, b) => a.to.localeCompare(b.to));
    expect(
      files.map(({ to, subject, language, template }) => ({ to, subject, language, template })),
    ).toEqual([
      {
        to: 'nour@example.ma',
        subject: 'طلب جديد رقم HRF-2026-000042 للتحضير',
        language: 'ar',
        template: 'seller-new-order',
      },
      {
        to: 'salma@example.ma',
        subject: 'Votre commande HRF-2026-000042 a bien été reçue',
        language: 'fr',
        template: 'order-confirmation',
      },
      {
        to: 'tifaout@example.ma',
        subject: 'New order HRF-2026-000042 to prepare',
        language: 'en',
        template: 'seller-new-order',
      },
    ]);
    const arabic = files[0];
    expect(arabic.from).toBe(t.config.mail.from);
    expect(arabic.html).toContain('dir="rtl"');
    expect(arabic.text).toContain('Tajine de Safi');
    const eml = readFileSync(join(t.config.mail.outboxDir, `${arabic.id}.eml`), 'utf8');
    expect(eml).toContain('To: nour@example.ma');
    expect(eml).toContain('Content-Language: ar');
    expect(eml).toContain(`Message-ID: ${arabic.messageId}`);

    const rows = await outboxRows(t);
    expect(rows.map((row) => [row.status, row.attempts])).toEqual([
      ['sent', 1],
      ['sent', 1],
      ['sent', 1],
    ]);
    expect(rows.every((row) => row.sentAt instanceof Date && row.lastError === null)).toBe(true);
    expect(new Set(rows.map((row) => row.id))).toEqual(new Set(files.map((file) => file.id)));

    expect(await worker.drain()).toEqual({ sent: 0, retried: 0, failed: 0 });
    expect(readOutbox(t)).toHaveLength(3);
  });

  it('does not send an email before its next attempt is due', async () => {
    await enqueueCommitted(t, [shopperEmail('salma@example.ma')]);
    await t.dataSource.query(
      `UPDATE outbox_emails SET next_attempt_at = now() + interval '1 minute'`,
    );

    expect(await worker.drain()).toEqual({ sent: 0, retried: 0, failed: 0 });
    expect(readOutbox(t)).toEqual([]);
  });

  it('never sends an email twice when workers drain at the same time', async () => {
    const count = 45;
    await enqueueCommitted(
      t,
      Array.from({ length: count }, (_, i) => shopperEmail(`shopper-${i}@example.ma`)),
    );
    const otherWorker = new MailWorker(t.dataSource, t.config, t.app.get(MailTransport));

    const summaries = await Promise.all([
      worker.drain(),
      worker.drain(),
      otherWorker.drain(),
      otherWorker.drain(),
    ]);

    expect(summaries.reduce((total, summary) => total + summary.sent, 0)).toBe(count);
    expect(summaries.every((summary) => summary.retried + summary.failed === 0)).toBe(true);
    // The drains really ran side by side, each taking its own share.
    expect(summaries.filter((summary) => summary.sent > 0).length).toBeGreaterThan(1);
    const files = readOutbox(t);
    expect(files).toHaveLength(count);
    expect(new Set(files.map((file) => file.to)).size).toBe(count);
    const rows = await outboxRows(t);
    // One claim each: no email was taken by two drains.
    expect(rows.every((row) => row.status === 'sent' && row.attempts === 1)).toBe(true);
  });

  it('skips an email another worker holds, without waiting for it', async () => {
    await enqueueCommitted(t, [shopperEmail('held@example.ma'), shopperEmail('free@example.ma')]);
    const otherWorker = t.dataSource.createQueryRunner();
    await otherWorker.connect();
    try {
      await otherWorker.startTransaction();
      await otherWorker.query(
        `SELECT id FROM outbox_emails WHERE recipient = 'held@example.ma' FOR UPDATE`,
      );

      expect(await worker.drain()).toEqual({ sent: 1, retried: 0, failed: 0 });
      expect(readOutbox(t).map((file) => file.to)).toEqual(['free@example.ma']);
    } finally {
      await otherWorker.rollbackTransaction();
      await otherWorker.release();
    }

    expect(await worker.drain()).toEqual({ sent: 1, retried: 0, failed: 0 });
    expect(readOutbox(t)).toHaveLength(2);
  });
});

describe('email outbox (failing SMTP server)', () => {
  let t: TestApp;
  let worker: MailWorker;

  beforeAll(async () => {
    const closedPort = await findFreePort();
    t = await createTestApp({
      MAIL_TRANSPORT: 'smtp',
      SMTP_URL: `smtp://127.0.0.1:${closedPort}`,
    });
    worker = t.app.get(MailWorker);
  });

  afterAll(async () => {
    await t.close();
  });

  it('retries with exponential backoff, then marks the email failed after five attempts', async () => {
    await enqueueCommitted(t, [shopperEmail('salma@example.ma')]);
    const expectedDelays = [60, 120, 240, 480];

    for (const [index, delaySeconds] of expectedDelays.entries()) {
      const before = Date.now();
      expect(await worker.drain()).toEqual({ sent: 0, retried: 1, failed: 0 });
      const [row] = await outboxRows(t);
      expect(row).toMatchObject({ status: 'pending', attempts: index + 1, sentAt: null });
      expect(row.lastError).toMatch(/ECONNREFUSED/);
      const waited = (row.nextAttemptAt.getTime() - before) / 1000;
      expect(waited).toBeGreaterThanOrEqual(delaySeconds - 1);
      expect(waited).toBeLessThan(delaySeconds + 5);

      // Not due yet: a drain leaves it alone.
      expect(await worker.drain()).toEqual({ sent: 0, retried: 0, failed: 0 });
      await t.dataSource.query(`UPDATE outbox_emails SET next_attempt_at = now()`);
    }

    expect(await worker.drain()).toEqual({ sent: 0, retried: 0, failed: 1 });
    const [failed] = await outboxRows(t);
    expect(failed).toMatchObject({ status: 'failed', attempts: 5, sentAt: null });
    expect(failed.lastError).toMatch(/ECONNREFUSED/);

    // A failed email is never picked up again.
    await t.dataSource.query(`UPDATE outbox_emails SET next_attempt_at = now()`);
    expect(await worker.drain()).toEqual({ sent: 0, retried: 0, failed: 0 });
    expect(readOutbox(t)).toEqual([]);
  });
});

describe('email outbox (background loop)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ MAIL_WORKER_INTERVAL_SECONDS: '1' });
  });

  afterAll(async () => {
    await t.close();
  });

  it('sends queued emails without a drain when the worker interval is set', async () => {
    await enqueueCommitted(t, [shopperEmail('salma@example.ma', 'en')]);

    const deadline = Date.now() + 10_000;
    let [row] = await outboxRows(t);
    while (row.status !== 'sent' && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      [row] = await outboxRows(t);
    }

    expect(row).toMatchObject({ status: 'sent', attempts: 1 });
    expect(readOutbox(t).map((file) => file.to)).toEqual(['salma@example.ma']);
  });
});
