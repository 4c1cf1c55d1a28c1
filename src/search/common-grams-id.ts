/**
 * A short id of a common-bigram list (FNV-1a over its UTF-16 code units, 8 hex digits): written into an index's list
 * of bundles, so a page merging that index can tell whether it cuts queries with the same list. Pure.
 */
export function commonGramsId(grams: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < grams.length; i++) {
    hash ^= grams.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
