import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Buying: carts, orders split into one sub-order per seller, their status history,
 * card payments with the Stripe events already handled, refunds, the sellers' ledger with
 * payouts, and the email outbox. Every amount is integer centimes of MAD.
 */
export class Buying1764403700000 implements MigrationInterface {
  name = 'Buying1764403700000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE sellers
        ADD COLUMN shipping_morocco_amount integer NOT NULL DEFAULT 3500
          CHECK (shipping_morocco_amount >= 0),
        ADD COLUMN shipping_international_amount integer NOT NULL DEFAULT 25000
          CHECK (shipping_international_amount >= 0)`);

    await queryRunner.query(`
      CREATE TABLE carts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        token_hash text,
        user_id uuid REFERENCES users (id) ON DELETE CASCADE,
        order_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    // One open cart per user and per guest token; a cart that became an order is closed.
    // A guest keeps the same token for the next cart, and reads past orders with it.
    await queryRunner.query(
      `CREATE UNIQUE INDEX carts_one_open_per_user ON carts (user_id) WHERE order_id IS NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX carts_one_open_per_token ON carts (token_hash) WHERE order_id IS NULL`,
    );
    await queryRunner.query(`
      CREATE TABLE cart_items (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        cart_id uuid NOT NULL REFERENCES carts (id) ON DELETE CASCADE,
        product_id uuid NOT NULL REFERENCES products (id) ON DELETE CASCADE,
        quantity integer NOT NULL CHECK (quantity BETWEEN 1 AND 100000),
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (cart_id, product_id)
      )`);

    await queryRunner.query(`CREATE SEQUENCE order_number_seq`);
    await queryRunner.query(`
      CREATE TABLE orders (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        number text NOT NULL UNIQUE,
        user_id uuid REFERENCES users (id) ON DELETE SET NULL,
        cart_id uuid UNIQUE REFERENCES carts (id) ON DELETE SET NULL,
        idempotency_key text UNIQUE,
        email text NOT NULL,
        language text NOT NULL DEFAULT 'fr' CHECK (language IN ('fr', 'ar', 'en')),
        payment_method text NOT NULL CHECK (payment_method IN ('card', 'cod')),
        shipping_name text NOT NULL,
        shipping_phone text NOT NULL,
        shipping_line1 text NOT NULL,
        shipping_line2 text,
        shipping_city text NOT NULL,
        shipping_postal_code text,
        shipping_country char(2) NOT NULL,
        currency char(3) NOT NULL DEFAULT 'MAD' CHECK (currency = 'MAD'),
        items_amount integer NOT NULL CHECK (items_amount >= 0),
        shipping_amount integer NOT NULL CHECK (shipping_amount >= 0),
        total_amount integer NOT NULL CHECK (total_amount = items_amount + shipping_amount),
        payment_due_at timestamptz,
        paid_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (payment_method = 'card' OR shipping_country = 'MA')
      )`);
    await queryRunner.query(`CREATE INDEX orders_user_idx ON orders (user_id, created_at DESC)`);
    await queryRunner.query(`CREATE INDEX orders_created_idx ON orders (created_at DESC, id)`);
    await queryRunner.query(
      `CREATE INDEX orders_payment_due_idx ON orders (payment_due_at) WHERE paid_at IS NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE carts ADD CONSTRAINT carts_order_fk FOREIGN KEY (order_id) REFERENCES orders (id) ON DELETE SET NULL`,
    );

    await queryRunner.query(`
      CREATE TABLE sub_orders (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        order_id uuid NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
        seller_id uuid NOT NULL REFERENCES sellers (id),
        status text NOT NULL CHECK (status IN ('pending_payment', 'paid', 'placed', 'confirmed',
          'accepted', 'shipped', 'delivered', 'remitted', 'refused', 'returned', 'cancelled',
          'refunded')),
        items_amount integer NOT NULL CHECK (items_amount >= 0),
        shipping_amount integer NOT NULL CHECK (shipping_amount >= 0),
        total_amount integer NOT NULL CHECK (total_amount = items_amount + shipping_amount),
        commission_rate_bps integer NOT NULL CHECK (commission_rate_bps BETWEEN 0 AND 10000),
        refunded_amount integer NOT NULL DEFAULT 0 CHECK (refunded_amount BETWEEN 0 AND total_amount),
        tracking_number text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (order_id, seller_id)
      )`);
    await queryRunner.query(
      `CREATE INDEX sub_orders_seller_idx ON sub_orders (seller_id, created_at DESC)`,
    );
    await queryRunner.query(`
      CREATE TABLE order_lines (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        sub_order_id uuid NOT NULL REFERENCES sub_orders (id) ON DELETE CASCADE,
        product_id uuid REFERENCES products (id) ON DELETE SET NULL,
        product_slug text NOT NULL,
        title text NOT NULL,
        unit_price integer NOT NULL CHECK (unit_price >= 0),
        quantity integer NOT NULL CHECK (quantity >= 1),
        line_total integer NOT NULL CHECK (line_total = unit_price * quantity),
        made_by_member_id uuid REFERENCES cooperative_members (id) ON DELETE SET NULL
      )`);
    await queryRunner.query(`CREATE INDEX order_lines_sub_order_idx ON order_lines (sub_order_id)`);
    await queryRunner.query(`
      CREATE TABLE order_status_changes (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        sub_order_id uuid NOT NULL REFERENCES sub_orders (id) ON DELETE CASCADE,
        from_status text,
        to_status text NOT NULL,
        actor_kind text NOT NULL CHECK (actor_kind IN ('shopper', 'seller', 'staff', 'system', 'payment')),
        actor_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
        note text,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX order_status_changes_sub_order_idx ON order_status_changes (sub_order_id, id)`,
    );

    await queryRunner.query(`
      CREATE TABLE payments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        order_id uuid NOT NULL UNIQUE REFERENCES orders (id) ON DELETE CASCADE,
        checkout_session_id text NOT NULL UNIQUE,
        payment_intent_id text UNIQUE,
        amount integer NOT NULL CHECK (amount >= 0),
        currency char(3) NOT NULL,
        status text NOT NULL CHECK (status IN ('open', 'succeeded', 'failed', 'expired')),
        checkout_url text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE refunds (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        order_id uuid NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
        sub_order_id uuid NOT NULL REFERENCES sub_orders (id) ON DELETE CASCADE,
        amount integer NOT NULL CHECK (amount > 0),
        stripe_refund_id text UNIQUE,
        status text NOT NULL CHECK (status IN ('pending', 'succeeded', 'failed')),
        reason text,
        requested_by uuid REFERENCES users (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX refunds_sub_order_idx ON refunds (sub_order_id)`);
    // Each Stripe event is handled once: the id is stored with its effect, in one transaction.
    await queryRunner.query(`
      CREATE TABLE stripe_events (
        id text PRIMARY KEY,
        type text NOT NULL,
        processed_at timestamptz NOT NULL DEFAULT now()
      )`);

    await queryRunner.query(`
      CREATE TABLE payout_batches (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        minimum_amount integer NOT NULL CHECK (minimum_amount >= 0),
        created_by uuid REFERENCES users (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE payouts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        batch_id uuid NOT NULL REFERENCES payout_batches (id) ON DELETE CASCADE,
        seller_id uuid NOT NULL REFERENCES sellers (id),
        amount integer NOT NULL CHECK (amount > 0),
        status text NOT NULL CHECK (status IN ('pending', 'paid')),
        bank_reference text,
        paid_at timestamptz,
        paid_by uuid REFERENCES users (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (status = 'pending' OR (bank_reference IS NOT NULL AND paid_at IS NOT NULL))
      )`);
    await queryRunner.query(`CREATE INDEX payouts_seller_idx ON payouts (seller_id)`);
    await queryRunner.query(`CREATE INDEX payouts_batch_idx ON payouts (batch_id)`);
    await queryRunner.query(`
      CREATE TABLE ledger_entries (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        seller_id uuid NOT NULL REFERENCES sellers (id),
        sub_order_id uuid REFERENCES sub_orders (id) ON DELETE SET NULL,
        refund_id uuid REFERENCES refunds (id) ON DELETE SET NULL,
        payout_id uuid REFERENCES payouts (id) ON DELETE SET NULL,
        member_id uuid REFERENCES cooperative_members (id) ON DELETE SET NULL,
        kind text NOT NULL CHECK (kind IN ('sale', 'commission', 'refund', 'commission_refund', 'payout')),
        amount integer NOT NULL,
        description text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX ledger_entries_seller_idx ON ledger_entries (seller_id, id)`,
    );
    // A sale is credited once per sub-order, whatever retries or races happen.
    await queryRunner.query(
      `CREATE UNIQUE INDEX ledger_entries_one_sale ON ledger_entries (sub_order_id, kind, member_id)
         WHERE kind IN ('sale', 'commission') AND member_id IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX ledger_entries_one_shop_sale ON ledger_entries (sub_order_id, kind)
         WHERE kind IN ('sale', 'commission') AND member_id IS NULL`,
    );
    // A confirmed refund is debited once, and a payout once.
    await queryRunner.query(
      `CREATE UNIQUE INDEX ledger_entries_one_refund ON ledger_entries
         (refund_id, kind, coalesce(member_id::text, '')) WHERE refund_id IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX ledger_entries_one_payout ON ledger_entries (payout_id)
         WHERE payout_id IS NOT NULL`,
    );

    await queryRunner.query(`
      CREATE TABLE outbox_emails (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        recipient text NOT NULL,
        language text NOT NULL CHECK (language IN ('fr', 'ar', 'en')),
        template text NOT NULL,
        payload jsonb NOT NULL,
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed')),
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        last_error text,
        sent_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX outbox_emails_due_idx ON outbox_emails (next_attempt_at) WHERE status = 'pending'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE outbox_emails`);
    await queryRunner.query(`DROP TABLE ledger_entries`);
    await queryRunner.query(`DROP TABLE payouts`);
    await queryRunner.query(`DROP TABLE payout_batches`);
    await queryRunner.query(`DROP TABLE stripe_events`);
    await queryRunner.query(`DROP TABLE refunds`);
    await queryRunner.query(`DROP TABLE payments`);
    await queryRunner.query(`DROP TABLE order_status_changes`);
    await queryRunner.query(`DROP TABLE order_lines`);
    await queryRunner.query(`DROP TABLE sub_orders`);
    await queryRunner.query(`ALTER TABLE carts DROP CONSTRAINT carts_order_fk`);
    await queryRunner.query(`DROP TABLE orders`);
    await queryRunner.query(`DROP SEQUENCE order_number_seq`);
    await queryRunner.query(`DROP TABLE cart_items`);
    await queryRunner.query(`DROP TABLE carts`);
    await queryRunner.query(
      `ALTER TABLE sellers DROP COLUMN shipping_morocco_amount, DROP COLUMN shipping_international_amount`,
    );
  }
}
