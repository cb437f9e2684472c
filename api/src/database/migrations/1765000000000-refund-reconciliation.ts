import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Refunds whose outcome at Stripe is not known yet are found by the reconciler through a
 * small partial index, oldest attempt first; and a payment that arrives for a cancelled part
 * is given back at most once per part.
 */
export class RefundReconciliation1765000000000 implements MigrationInterface {
  name = 'RefundReconciliation1765000000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX refunds_pending_idx ON refunds (updated_at, id) WHERE status = 'pending'`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX refunds_late_payment_idx ON refunds (sub_order_id) WHERE reason = 'late_payment'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX refunds_late_payment_idx`);
    await queryRunner.query(`DROP INDEX refunds_pending_idx`);
  }
}
