import type { DataSource } from 'typeorm';

/**
 * Tables that record attempts rather than outcomes: a refused sign-in counts as a failure,
 * and rate limits count every request. Everything else must be untouched by a refusal.
 */
const ATTEMPT_TABLES = /^(login_failures|migrations|typeorm_metadata)$|throttl|rate_limit/;

/**
 * One fingerprint of every row of every application table (row count and an md5 of the rows'
 * text, so any insert, update or delete changes it), to show that a refused request wrote
 * nothing.
 */
export async function tableChecksums(dataSource: DataSource): Promise<Record<string, string>> {
  const tables: { name: string }[] = await dataSource.query(
    `SELECT table_name AS name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  const names = tables.map((table) => table.name).filter((name) => !ATTEMPT_TABLES.test(name));
  const parts = names.map(
    (name) =>
      `SELECT '${name}' AS name, count(*)::text || ':' || coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') AS sum FROM "${name}" t`,
  );
  const rows: { name: string; sum: string }[] = await dataSource.query(parts.join(' UNION ALL '));
  return Object.fromEntries(rows.map((row) => [row.name, row.sum]));
}

/** The tables whose fingerprint differs between two readings. */
export function changedTables(
  before: Record<string, string>,
  after: Record<string, string>,
): string[] {
  const names = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...names].filter((name) => before[name] !== after[name]).sort();
}
