import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Full-text search over products. Texts are folded first (lower case, Latin accents removed
 * by unaccent, Arabic diacritics and tatweel removed, alef, ya and ta marbuta forms unified),
 * then indexed three ways in one tsvector: as plain words (for prefix matches in any
 * language) and stemmed in French, English and Arabic. A trigger keeps the document current,
 * including the seller's name and the craft's and province's names.
 */
const CATALOGUE_TABLES = ['products', 'product_images', 'sellers', 'cooperative_members'];

export class CatalogueSearch1764403600000 implements MigrationInterface {
  name = 'CatalogueSearch1764403600000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    // unaccent() with a named dictionary is stable in practice; declaring the wrapper
    // IMMUTABLE lets the trigger and indexes use it.
    await queryRunner.query(`
      CREATE FUNCTION hirfa_fold(input text) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT translate(
          regexp_replace(
            lower(public.unaccent('public.unaccent'::regdictionary, coalesce(input, ''))),
            '[\\u064B-\\u065F\\u0670\\u0640]', '', 'g'),
          'أإآٱىة', 'اااايه')
      $$`);
    await queryRunner.query(`ALTER TABLE products ADD COLUMN search_document tsvector`);
    // Documents stay inline and uncompressed: a search that reads many of them then costs
    // no decompression, and the planner's estimates match what the scans really cost.
    await queryRunner.query(
      `ALTER TABLE products ALTER COLUMN search_document SET STORAGE MAIN, SET (toast_tuple_target = 8160)`,
    );
    await queryRunner.query(`
      CREATE FUNCTION products_search_document(p products) RETURNS tsvector
      LANGUAGE plpgsql STABLE AS $$
      DECLARE
        context text;
      BEGIN
        SELECT concat_ws(' ', s.name, c.name_fr, c.name_ar, c.name_en,
                         pr.name_fr, pr.name_ar, pr.name_en)
          INTO context
          FROM sellers s, crafts c, provinces pr
         WHERE s.id = p.seller_id AND c.slug = p.craft_slug AND pr.code = p.province_code;
        RETURN
          setweight(to_tsvector('simple', hirfa_fold(concat_ws(' ', p.title_fr, p.title_en, p.title_ar))), 'A')
          || setweight(to_tsvector('french', hirfa_fold(p.title_fr)), 'A')
          || setweight(to_tsvector('english', hirfa_fold(p.title_en)), 'A')
          || setweight(to_tsvector('arabic', hirfa_fold(p.title_ar)), 'A')
          || setweight(to_tsvector('simple', hirfa_fold(context)), 'B')
          || setweight(to_tsvector('french', hirfa_fold(context)), 'B')
          -- Descriptions match but do not rank: stripped of positions they weigh a third
          -- less, which keeps most documents small enough to stay out of TOAST storage.
          || strip(
            to_tsvector('simple', hirfa_fold(concat_ws(' ', p.description_fr, p.description_en, p.description_ar)))
            || to_tsvector('french', hirfa_fold(p.description_fr))
            || to_tsvector('english', hirfa_fold(p.description_en))
            || to_tsvector('arabic', hirfa_fold(p.description_ar)));
      END
      $$`);
    await queryRunner.query(`
      CREATE FUNCTION products_search_document_trigger() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        NEW.search_document := products_search_document(NEW);
        RETURN NEW;
      END
      $$`);
    await queryRunner.query(`
      CREATE TRIGGER products_search_document_refresh
      BEFORE INSERT OR UPDATE OF title_fr, title_ar, title_en, description_fr, description_ar,
        description_en, craft_slug, province_code, seller_id
      ON products FOR EACH ROW EXECUTE FUNCTION products_search_document_trigger()`);
    // A renamed seller is found under the new name.
    await queryRunner.query(`
      CREATE FUNCTION sellers_refresh_product_search() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE products p SET search_document = products_search_document(p)
         WHERE p.seller_id = NEW.id;
        RETURN NULL;
      END
      $$`);
    await queryRunner.query(`
      CREATE TRIGGER sellers_refresh_product_search
      AFTER UPDATE OF name ON sellers
      FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name)
      EXECUTE FUNCTION sellers_refresh_product_search()`);
    await queryRunner.query(`UPDATE products p SET search_document = products_search_document(p)`);
    // Without a pending list, a search never has to scan unmerged entries after bulk writes.
    await queryRunner.query(
      `CREATE INDEX products_search_idx ON products USING gin (search_document) WITH (fastupdate = off)`,
    );

    // Any write to what the catalogue shows moves this counter; cached listings are keyed
    // by it. A sequence, not a row, so that concurrent writers never wait on each other.
    await queryRunner.query(`CREATE SEQUENCE catalogue_version`);
    await queryRunner.query(`
      CREATE FUNCTION bump_catalogue_version() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM nextval('catalogue_version');
        RETURN NULL;
      END
      $$`);
    for (const table of CATALOGUE_TABLES) {
      await queryRunner.query(`
        CREATE TRIGGER ${table}_bump_catalogue_version
        AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ${table}
        FOR EACH STATEMENT EXECUTE FUNCTION bump_catalogue_version()`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of CATALOGUE_TABLES) {
      await queryRunner.query(`DROP TRIGGER ${table}_bump_catalogue_version ON ${table}`);
    }
    await queryRunner.query(`DROP FUNCTION bump_catalogue_version()`);
    await queryRunner.query(`DROP SEQUENCE catalogue_version`);
    await queryRunner.query(`DROP TRIGGER sellers_refresh_product_search ON sellers`);
    await queryRunner.query(`DROP FUNCTION sellers_refresh_product_search()`);
    await queryRunner.query(`DROP TRIGGER products_search_document_refresh ON products`);
    await queryRunner.query(`DROP FUNCTION products_search_document_trigger()`);
    await queryRunner.query(`DROP FUNCTION products_search_document(products)`);
    await queryRunner.query(`DROP INDEX products_search_idx`);
    await queryRunner.query(`ALTER TABLE products DROP COLUMN search_document`);
    await queryRunner.query(`ALTER TABLE products RESET (toast_tuple_target)`);
    await queryRunner.query(`DROP FUNCTION hirfa_fold(text)`);
  }
}
