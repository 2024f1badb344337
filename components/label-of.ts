/**
 * The label of `id` in a table of labels, or `id` itself when the table has none. Ids come from data
 * (stored entries, imported files, content packs), so the table is read with Object.hasOwn: an id such
 * as "constructor" or "__proto__" is an unknown id, not a property of every object. eslint keeps label
 * tables read through here (no-restricted-syntax in eslint.config.js).
 */
export function labelOf(labels: Readonly<Record<string, string>> | undefined, id: string): string {
  // An own property only: the descriptor of "constructor" on a plain table is undefined.
  const label: unknown = labels ? Object.getOwnPropertyDescriptor(labels, id)?.value : undefined;
  return typeof label === 'string' ? label : id;
}
