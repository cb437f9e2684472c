import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The domain core: reference lists (provinces, crafts, categories), users, sellers with
 * cooperative members, products and their images. Money columns hold integer centimes.
 */
export class InitialSchema1764403200000 implements MigrationInterface {
  name = 'InitialSchema1764403200000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE provinces (
        code text PRIMARY KEY,
        name_fr text NOT NULL,
        name_ar text NOT NULL,
        name_en text NOT NULL,
        position integer NOT NULL DEFAULT 0
      )`);
    await queryRunner.query(`
      CREATE TABLE crafts (
        slug text PRIMARY KEY,
        name_fr text NOT NULL,
        name_ar text NOT NULL,
        name_en text NOT NULL,
        position integer NOT NULL DEFAULT 0
      )`);
    await queryRunner.query(`
      CREATE TABLE categories (
        slug text PRIMARY KEY,
        name_fr text NOT NULL,
        name_ar text NOT NULL,
        name_en text NOT NULL,
        position integer NOT NULL DEFAULT 0
      )`);
    await queryRunner.query(`
      INSERT INTO provinces (code, name_fr, name_ar, name_en, position) VALUES
      ('marrakech', 'Marrakech', 'مراكش', 'Marrakech', 0),
      ('al-haouz', 'Al Haouz', 'الحوز', 'Al Haouz', 1),
      ('chichaoua', 'Chichaoua', 'شيشاوة', 'Chichaoua', 2),
      ('el-kelaa-des-sraghna', 'El Kelaâ des Sraghna', 'قلعة السراغنة', 'El Kelaa des Sraghna', 3),
      ('essaouira', 'Essaouira', 'الصويرة', 'Essaouira', 4),
      ('rehamna', 'Rehamna', 'الرحامنة', 'Rehamna', 5),
      ('safi', 'Safi', 'آسفي', 'Safi', 6),
      ('youssoufia', 'Youssoufia', 'اليوسفية', 'Youssoufia', 7)`);
    await queryRunner.query(`
      INSERT INTO crafts (slug, name_fr, name_ar, name_en, position) VALUES
      ('pottery', 'Poterie', 'الفخار', 'Pottery', 0),
      ('zellige', 'Zellige', 'الزليج', 'Zellige', 1),
      ('leather', 'Maroquinerie', 'الجلد', 'Leatherwork', 2),
      ('dinanderie', 'Dinanderie', 'النحاسيات', 'Brass and copper', 3),
      ('wrought-iron', 'Ferronnerie', 'الحدادة الفنية', 'Wrought iron', 4),
      ('tadelakt', 'Tadelakt', 'تادلاكت', 'Tadelakt', 5),
      ('painted-wood', 'Bois peint', 'الخشب المصبوغ', 'Painted wood', 6),
      ('thuya-marquetry', 'Marqueterie de thuya', 'ترصيع العرعار', 'Thuya marquetry', 7),
      ('jewellery', 'Bijouterie', 'الحلي', 'Jewellery', 8),
      ('weaving', 'Tissage', 'النسيج', 'Weaving', 9),
      ('carpets', 'Tapis', 'الزرابي', 'Carpets', 10),
      ('basketry', 'Vannerie', 'صناعة السلال', 'Basketry', 11),
      ('argan', 'Argan', 'الأركان', 'Argan', 12),
      ('traditional-clothing', 'Habit traditionnel', 'اللباس التقليدي', 'Traditional clothing', 13)`);
    await queryRunner.query(`
      INSERT INTO categories (slug, name_fr, name_ar, name_en, position) VALUES
      ('tableware', 'Arts de la table', 'أواني المائدة', 'Tableware', 0),
      ('lighting', 'Luminaires', 'الإنارة', 'Lighting', 1),
      ('rugs', 'Tapis et kilims', 'زرابي وحنابل', 'Rugs and kilims', 2),
      ('bags', 'Sacs', 'الحقائب', 'Bags', 3),
      ('footwear', 'Babouches', 'البلاغي', 'Slippers', 4),
      ('home-decor', 'Décoration', 'الديكور', 'Home decor', 5),
      ('furniture', 'Mobilier', 'الأثاث', 'Furniture', 6),
      ('boxes', 'Coffrets', 'العلب', 'Boxes', 7),
      ('jewellery', 'Bijoux', 'المجوهرات', 'Jewellery', 8),
      ('clothing', 'Vêtements', 'الملابس', 'Clothing', 9),
      ('beauty', 'Beauté et bien-être', 'التجميل', 'Beauty', 10),
      ('baskets', 'Paniers', 'السلال', 'Baskets', 11)`);

    await queryRunner.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL CHECK (email = lower(email)),
        password_hash text NOT NULL,
        name text NOT NULL,
        role text NOT NULL CHECK (role IN
          ('shopper', 'artisan', 'cooperative_admin', 'cooperative_member', 'chamber_staff')),
        preferred_language text NOT NULL DEFAULT 'fr' CHECK (preferred_language IN ('fr', 'ar', 'en')),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX users_email_key ON users (email)`);

    await queryRunner.query(`
      CREATE TABLE sellers (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug text NOT NULL UNIQUE,
        kind text NOT NULL CHECK (kind IN ('artisan', 'cooperative')),
        name text NOT NULL,
        province_code text NOT NULL REFERENCES provinces (code),
        craft_slug text NOT NULL REFERENCES crafts (slug),
        status text NOT NULL CHECK (status IN ('draft', 'submitted', 'approved', 'rejected', 'suspended')),
        owner_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
        bio_fr text,
        bio_ar text,
        bio_en text,
        phone text,
        workshop_address text,
        artisan_card_number text,
        artisan_card_expires_on date,
        registration_number text,
        approved_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX sellers_owner_idx ON sellers (owner_user_id)`);
    await queryRunner.query(`CREATE INDEX sellers_status_idx ON sellers (status)`);

    await queryRunner.query(`
      CREATE TABLE cooperative_members (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seller_id uuid NOT NULL REFERENCES sellers (id) ON DELETE CASCADE,
        user_id uuid REFERENCES users (id) ON DELETE SET NULL,
        name text NOT NULL,
        craft_slug text NOT NULL REFERENCES crafts (slug),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX cooperative_members_seller_idx ON cooperative_members (seller_id)`,
    );

    await queryRunner.query(`
      CREATE TABLE products (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug text NOT NULL UNIQUE,
        seller_id uuid NOT NULL REFERENCES sellers (id) ON DELETE CASCADE,
        title_fr text,
        title_ar text,
        title_en text,
        description_fr text,
        description_ar text,
        description_en text,
        price_amount integer NOT NULL CHECK (price_amount >= 0),
        price_currency char(3) NOT NULL DEFAULT 'MAD' CHECK (price_currency = 'MAD'),
        stock integer NOT NULL CHECK (stock >= 0),
        category_slug text NOT NULL REFERENCES categories (slug),
        craft_slug text NOT NULL REFERENCES crafts (slug),
        province_code text NOT NULL REFERENCES provinces (code),
        materials text[] NOT NULL DEFAULT '{}',
        status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'hidden', 'draft')),
        made_by_member_id uuid REFERENCES cooperative_members (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (coalesce(title_fr, title_ar, title_en) IS NOT NULL)
      )`);
    await queryRunner.query(`CREATE INDEX products_seller_idx ON products (seller_id)`);
    await queryRunner.query(
      `CREATE INDEX products_active_newest_idx ON products (created_at DESC, id DESC) WHERE status = 'active'`,
    );
    await queryRunner.query(
      `CREATE INDEX products_active_price_idx ON products (price_amount, id) WHERE status = 'active'`,
    );
    await queryRunner.query(`CREATE INDEX products_province_idx ON products (province_code)`);
    await queryRunner.query(`CREATE INDEX products_craft_idx ON products (craft_slug)`);
    await queryRunner.query(`CREATE INDEX products_category_idx ON products (category_slug)`);

    await queryRunner.query(`
      CREATE TABLE product_images (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        product_id uuid NOT NULL REFERENCES products (id) ON DELETE CASCADE,
        position integer NOT NULL,
        url text NOT NULL,
        width integer NOT NULL CHECK (width > 0),
        height integer NOT NULL CHECK (height > 0),
        thumb_url text NOT NULL,
        thumb_width integer NOT NULL CHECK (thumb_width > 0),
        thumb_height integer NOT NULL CHECK (thumb_height > 0),
        alt text NOT NULL DEFAULT '',
        UNIQUE (product_id, position)
      )`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE product_images`);
    await queryRunner.query(`DROP TABLE products`);
    await queryRunner.query(`DROP TABLE cooperative_members`);
    await queryRunner.query(`DROP TABLE sellers`);
    await queryRunner.query(`DROP TABLE users`);
    await queryRunner.query(`DROP TABLE categories`);
    await queryRunner.query(`DROP TABLE crafts`);
    await queryRunner.query(`DROP TABLE provinces`);
  }
}
