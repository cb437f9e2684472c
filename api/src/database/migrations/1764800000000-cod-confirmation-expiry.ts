import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Cash-on-delivery parts still waiting for their confirmation, oldest first: what the expiry
 * sweep reads every minute, without scanning every sub-order ever placed.
 */
export class CodConfirmationExpiry1764800000000 implements MigrationInterface {
  name = 'CodConfirmationExpiry1764800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX sub_orders_awaiting_confirmation_idx ON sub_orders (created_at, id) WHERE status = 'placed'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX sub_orders_awaiting_confirmation_idx`);
  }
}
