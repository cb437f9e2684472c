import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What sellers describe about their products (one of a kind, size, weight, lead time), the
 * chamber's moderation of listings with its history, and the storage keys of product photos
 * so that they can be removed with the product.
 */
export class SellerProducts1764403500000 implements MigrationInterface {
  name = 'SellerProducts1764403500000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE products
        ADD COLUMN one_of_a_kind boolean NOT NULL DEFAULT false,
        ADD COLUMN length_cm integer,
        ADD COLUMN width_cm integer,
        ADD COLUMN height_cm integer,
        ADD COLUMN weight_grams integer,
        ADD COLUMN lead_time_days integer,
        ADD COLUMN moderated_at timestamptz,
        ADD COLUMN moderated_by_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
        ADD COLUMN moderation_reason text,
        ADD COLUMN status_before_moderation text,
        ADD CONSTRAINT products_one_of_a_kind_stock_check CHECK (NOT one_of_a_kind OR stock <= 1),
        ADD CONSTRAINT products_dimensions_check CHECK (
          length_cm BETWEEN 1 AND 10000
          AND width_cm BETWEEN 1 AND 10000
          AND height_cm BETWEEN 1 AND 10000),
        ADD CONSTRAINT products_weight_check CHECK (weight_grams > 0),
        ADD CONSTRAINT products_lead_time_check CHECK (lead_time_days BETWEEN 1 AND 365),
        ADD CONSTRAINT products_moderation_check CHECK (
          (moderated_at IS NULL AND moderation_reason IS NULL AND status_before_moderation IS NULL)
          OR (moderated_at IS NOT NULL AND moderation_reason IS NOT NULL AND status = 'hidden'
              AND status_before_moderation IN ('active', 'hidden', 'draft')))`);
    // The seller's list is read newest first within one shop.
    await queryRunner.query(`DROP INDEX products_seller_idx`);
    await queryRunner.query(
      `CREATE INDEX products_seller_newest_idx ON products (seller_id, created_at DESC, id DESC)`,
    );

    await queryRunner.query(`
      CREATE TABLE product_moderation_events (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        product_id uuid NOT NULL REFERENCES products (id) ON DELETE CASCADE,
        action text NOT NULL CHECK (action IN ('hide', 'restore')),
        reason text CHECK (action = 'restore' OR reason IS NOT NULL),
        staff_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX product_moderation_events_product_idx
         ON product_moderation_events (product_id, created_at)`,
    );

    await queryRunner.query(`
      ALTER TABLE product_images
        ADD COLUMN storage_key text,
        ADD COLUMN thumb_storage_key text`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE product_images
        DROP COLUMN thumb_storage_key,
        DROP COLUMN storage_key`);
    await queryRunner.query(`DROP TABLE product_moderation_events`);
    await queryRunner.query(`DROP INDEX products_seller_newest_idx`);
    await queryRunner.query(`CREATE INDEX products_seller_idx ON products (seller_id)`);
    await queryRunner.query(`
      ALTER TABLE products
        DROP CONSTRAINT products_moderation_check,
        DROP CONSTRAINT products_lead_time_check,
        DROP CONSTRAINT products_weight_check,
        DROP CONSTRAINT products_dimensions_check,
        DROP CONSTRAINT products_one_of_a_kind_stock_check,
        DROP COLUMN status_before_moderation,
        DROP COLUMN moderation_reason,
        DROP COLUMN moderated_by_user_id,
        DROP COLUMN moderated_at,
        DROP COLUMN lead_time_days,
        DROP COLUMN weight_grams,
        DROP COLUMN height_cm,
        DROP COLUMN width_cm,
        DROP COLUMN length_cm,
        DROP COLUMN one_of_a_kind`);
  }
}
