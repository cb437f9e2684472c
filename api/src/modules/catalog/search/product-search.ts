import type { SelectQueryBuilder } from 'typeorm';
import type { ProductEntity } from '../entities/product.entity';

/**
 * The prefix query of one folded word, built from the lexemes PostgreSQL itself makes of it,
 * each quoted: folding can turn a character into several words or punctuation (unaccent
 * makes " 1/2" of "½"), and text given to to_tsquery as is would be read as its operators.
 * No lexemes (only punctuation) gives an empty query, which matches nothing.
 */
function prefixQuery(folded: string): string {
  const quoted = `'''' || replace(replace(word.lexeme, '\\', '\\\\'), '''', '''''') || ''':*'`;
  return `to_tsquery('simple', coalesce((SELECT string_agg(${quoted}, ' & ')
      FROM unnest(to_tsvector('simple', ${folded})) AS word), ''))`;
}

/**
 * The text condition for a product query: every word must match, each either as the start
 * of a plain word or as a French, English or Arabic stem. Words arrive as parameters; only
 * their positions are written into the SQL.
 */
export function searchCondition(terms: string[]): {
  sql: string;
  parameters: Record<string, string>;
} {
  const parameters: Record<string, string> = {};
  const perTerm = terms.map((term, index) => {
    const name = `term${index}`;
    parameters[name] = term;
    const folded = `hirfa_fold(:${name})`;
    return `(${prefixQuery(folded)}
      || plainto_tsquery('french', ${folded})
      || plainto_tsquery('english', ${folded})
      || plainto_tsquery('arabic', ${folded}))`;
  });
  return { sql: perTerm.join(' && '), parameters };
}

/** Restricts a product query (aliased `product`) to the words, when there are any. */
export function applySearch(
  query: SelectQueryBuilder<ProductEntity>,
  terms: string[],
): string | null {
  if (terms.length === 0) return null;
  const { sql, parameters } = searchCondition(terms);
  query.andWhere(`product.search_document @@ (${sql})`, parameters);
  return sql;
}
