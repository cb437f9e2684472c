import { Client } from 'pg';

/** The same server, another database. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export function databaseName(url: string): string {
  return decodeURIComponent(new URL(url).pathname.replace(/^\//, '')) || 'postgres';
}

const quoteIdentifier = (name: string) => `"${name.replace(/"/g, '""')}"`;

async function onServer<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: withDatabase(url, 'postgres') });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function databaseExists(url: string, name: string): Promise<boolean> {
  return onServer(url, async (client) => {
    const result = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    return (result.rowCount ?? 0) > 0;
  });
}

export async function createDatabase(url: string, name: string, template?: string): Promise<void> {
  await onServer(url, async (client) => {
    const from = template ? ` TEMPLATE ${quoteIdentifier(template)}` : '';
    await client.query(`CREATE DATABASE ${quoteIdentifier(name)}${from}`);
  });
}

export async function dropDatabase(url: string, name: string): Promise<void> {
  await onServer(url, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${quoteIdentifier(name)} WITH (FORCE)`);
  });
}
