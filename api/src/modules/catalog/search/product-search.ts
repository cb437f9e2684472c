import type { SelectQueryBuilder } from 'typeorm';
import type { ProductEntity } from '../entities/product.entity';

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
    return `(to_tsquery('simple', ${folded} || ':*')
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
