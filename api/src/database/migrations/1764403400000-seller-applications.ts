import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Seller applications: a seller row is its own application. A shop slug exists only once
 * the chamber has approved it, each user owns at most one seller, and every change of
 * status is recorded with who made it and why.
 */
export class SellerApplications1764403400000 implements MigrationInterface {
  name = 'SellerApplications1764403400000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE sellers ALTER COLUMN slug DROP NOT NULL`);
    await queryRunner.query(`
      ALTER TABLE sellers ADD CONSTRAINT sellers_published_have_slug
        CHECK (slug IS NOT NULL OR status IN ('draft', 'submitted', 'rejected'))`);
    await queryRunner.query(`ALTER TABLE sellers ADD COLUMN submitted_at timestamptz`);
    await queryRunner.query(`UPDATE sellers SET submitted_at = created_at WHERE status <> 'draft'`);

    await queryRunner.query(`DROP INDEX sellers_owner_idx`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX sellers_one_per_owner ON sellers (owner_user_id) WHERE owner_user_id IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX sellers_queue_idx ON sellers (status, submitted_at, created_at, id)`,
    );

    await queryRunner.query(`
      CREATE TABLE seller_status_changes (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        seller_id uuid NOT NULL REFERENCES sellers (id) ON DELETE CASCADE,
        from_status text CHECK (from_status IN ('draft', 'submitted', 'approved', 'rejected', 'suspended')),
        to_status text NOT NULL CHECK (to_status IN ('draft', 'submitted', 'approved', 'rejected', 'suspended')),
        actor_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
        reason text,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (to_status NOT IN ('rejected', 'suspended') OR reason IS NOT NULL)
      )`);
    await queryRunner.query(
      `CREATE INDEX seller_status_changes_seller_idx ON seller_status_changes (seller_id, id)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE seller_status_changes`);
    await queryRunner.query(`DROP INDEX sellers_queue_idx`);
    await queryRunner.query(`DROP INDEX sellers_one_per_owner`);
    await queryRunner.query(`CREATE INDEX sellers_owner_idx ON sellers (owner_user_id)`);
    await queryRunner.query(`ALTER TABLE sellers DROP COLUMN submitted_at`);
    await queryRunner.query(`ALTER TABLE sellers DROP CONSTRAINT sellers_published_have_slug`);
    // Applications never approved have no slug; give them one derived from their id.
    await queryRunner.query(
      `UPDATE sellers SET slug = 'application-' || replace(id::text, '-', '') WHERE slug IS NULL`,
    );
    await queryRunner.query(`ALTER TABLE sellers ALTER COLUMN slug SET NOT NULL`);
  }
}
