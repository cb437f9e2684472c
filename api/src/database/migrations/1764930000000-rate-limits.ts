import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Rate-limit counters shared by every API process: one row per limit and client (address,
 * recipient email, account and address of a sign-in), counting hits in a fixed window that
 * ends at `expires_at`. Unlogged: counters are not worth a write-ahead log, and losing them
 * in a crash only restarts the windows.
 */
export class RateLimits1764930000000 implements MigrationInterface {
  name = 'RateLimits1764930000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE UNLOGGED TABLE rate_limit_hits (
        key text PRIMARY KEY,
        hits integer NOT NULL CHECK (hits >= 0),
        expires_at timestamptz NOT NULL
      ) WITH (fillfactor = 70)`);
    await queryRunner.query(
      `CREATE INDEX rate_limit_hits_expires_idx ON rate_limit_hits (expires_at)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE rate_limit_hits`);
  }
}
