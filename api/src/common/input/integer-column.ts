/**
 * The largest value of a PostgreSQL `integer` column: every amount of money (centimes) and
 * every quantity this API stores is one. A sum that could pass it must be refused or split
 * before it is written.
 */
export const INTEGER_COLUMN_MAX = 2_147_483_647;
