import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What a checkout compares and counts. Each cart line keeps the unit price and its seller's
 * shipping rates as the shopper saw them when they last set the line, so a refused checkout
 * can say what changed since. Each order keeps who holds it (`user:<id>`, or `guest:` and a
 * hash of the email with the IP), so that the open orders of one buyer can be counted.
 */
export class BuyerHoldings1764870000000 implements MigrationInterface {
  name = 'BuyerHoldings1764870000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE cart_items
        ADD COLUMN seen_unit_price integer CHECK (seen_unit_price >= 0),
        ADD COLUMN seen_shipping_morocco integer CHECK (seen_shipping_morocco >= 0),
        ADD COLUMN seen_shipping_international integer CHECK (seen_shipping_international >= 0),
        ADD COLUMN seen_at timestamptz`);
    await queryRunner.query(`ALTER TABLE orders ADD COLUMN buyer_key text`);
    await queryRunner.query(
      `UPDATE orders SET buyer_key = 'user:' || user_id WHERE user_id IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX orders_buyer_key_idx ON orders (buyer_key) WHERE buyer_key IS NOT NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX orders_buyer_key_idx`);
    await queryRunner.query(`ALTER TABLE orders DROP COLUMN buyer_key`);
    await queryRunner.query(`
      ALTER TABLE cart_items
        DROP COLUMN seen_unit_price,
        DROP COLUMN seen_shipping_morocco,
        DROP COLUMN seen_shipping_international,
        DROP COLUMN seen_at`);
  }
}
