import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { REPOSITORY_ROOT } from '../../src/config/configuration';

const SERVER = join(REPOSITORY_ROOT, 'infra', 'stripe-local', 'server.mjs');

export interface LocalStripeEvent {
  id: string;
  type: string;
  data: { object: { id: string } & Record<string, unknown> };
}

/** A failure the local server injects into coming API requests (see its README). */
export interface LocalStripeFault {
  method?: 'GET' | 'POST';
  /** An API path; `*` stands for one segment. */
  path: string;
  /** `before`: nothing is done; `after`: the request is carried out and only its answer lost. */
  when?: 'before' | 'after';
  /** A 500, a dropped connection, or no answer for `ms` and then a dropped connection. */
  fail?: 'error' | 'reset' | 'hang';
  /** Matching requests to fail; the SDK retries once, so 2 makes it give up. */
  times?: number;
  ms?: number;
}

export interface LocalStripeProcess {
  url: string;
  port: number;
  /** Pays (4242…) or declines (4000…0002) a Checkout Session on the hosted page. */
  pay(sessionId: string, card?: string): Promise<{ status: number; body: Record<string, unknown> }>;
  events(): Promise<LocalStripeEvent[]>;
  /** Makes coming API requests fail. */
  fault(fault: LocalStripeFault): Promise<void>;
  /** Faults not used up yet. */
  faults(): Promise<LocalStripeFault[]>;
  /** Removes the faults not used up, and lets requests held by a `hang` go (dropped). */
  clearFaults(): Promise<void>;
  /** Resolves once no webhook delivery is pending. */
  webhooksIdle(timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

export const PAYING_CARD = '4242424242424242';
export const DECLINED_CARD = '4000000000000002';

/**
 * Runs the local Stripe-compatible server in a child process (it is an ES module, which
 * Jest's CommonJS runtime cannot load), on a free port, sending signed webhooks to the app.
 */
export async function startLocalStripe(options: {
  webhookUrl: string;
  webhookSecret: string;
}): Promise<LocalStripeProcess> {
  const child = spawn(
    process.execPath,
    [
      SERVER,
      '--port',
      '0',
      '--webhook-url',
      options.webhookUrl,
      '--webhook-secret',
      options.webhookSecret,
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(
      () => reject(new Error(`stripe-local did not start: ${output}`)),
      10_000,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = output.match(/stripe-local listening on (http:\/\/\S+)/);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`stripe-local exited (${code}): ${output}`));
    });
  });
  // Keep draining its output so the child never blocks on a full pipe.
  child.stdout.resume();
  child.stderr.resume();

  const getJson = async <T>(path: string): Promise<T> => {
    const response = await fetch(`${url}${path}`);
    return (await response.json()) as T;
  };

  return {
    url,
    port: Number(new URL(url).port),
    async pay(sessionId, card = PAYING_CARD) {
      const response = await fetch(`${url}/pay/${encodeURIComponent(sessionId)}`, {
        method: 'POST',
        headers: {
          Accept: 'application/json',
          'Content-Type': 'application/x-www-form-urlencoded',
        },
        body: new URLSearchParams({ card }).toString(),
      });
      return { status: response.status, body: (await response.json()) as Record<string, unknown> };
    },
    async events() {
      const list = await getJson<{ data: LocalStripeEvent[] }>('/__local/events');
      return list.data;
    },
    async fault(fault) {
      const response = await fetch(`${url}/__local/faults`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(fault),
      });
      if (response.status !== 201) {
        throw new Error(`stripe-local refused the fault: ${await response.text()}`);
      }
    },
    async faults() {
      return (await getJson<{ data: LocalStripeFault[] }>('/__local/faults')).data;
    },
    async clearFaults() {
      const response = await fetch(`${url}/__local/faults`, { method: 'DELETE' });
      if (response.status !== 200) throw new Error(`stripe-local: ${await response.text()}`);
    },
    async webhooksIdle(timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const list = await getJson<{ data: { status: string }[] }>('/__local/webhook_deliveries');
        if (list.data.every((delivery) => delivery.status !== 'pending')) return;
        if (Date.now() > deadline) throw new Error('Webhook deliveries still pending');
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    },
    async close() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
