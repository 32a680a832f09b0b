/**
 * Property lookups on plain objects keyed by values from outside the code (a URL parameter,
 * a facet value from the search index, an id in the corpus). `obj[key]` would find inherited
 * members too: a facet value "constructor" would read `Object`, "__proto__" the prototype.
 */

/** `obj[key]` when `obj` has `key` as its own property, else undefined. */
export function own<V>(obj: Readonly<Record<string, V>> | undefined, key: string): V | undefined {
  return obj !== undefined && Object.hasOwn(obj, key) ? obj[key] : undefined;
}
