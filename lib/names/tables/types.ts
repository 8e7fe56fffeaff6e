/**
 * One given name as a row of data: `[full, gender, short, equivalents]`.
 *
 * - `full`: the full name; further words are spelling variants of the same name ("Наталья Наталия").
 * - `gender`: `m`, `f`, or `u` when the name is given to both.
 * - `short`: short and affectionate forms people are addressed by ("Саша Шура Саня"). A form may be
 *   shared by several names (Саша: Александр and Александра); that is how "Саша" matches both.
 * - `equivalents`: the same name as it is written in other languages when transliteration cannot get
 *   there (Александр → Alexander, Джон → John). They link this row to the rows of those names, so each
 *   side's short forms count for the other.
 *
 * Words are separated by spaces; rows are plain strings so the tables stay readable as data.
 */
export type NameGender = 'm' | 'f' | 'u';
export type NameRow = readonly [full: string, gender: NameGender, short?: string, equivalents?: string];
