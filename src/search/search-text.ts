/**
 * How text is cut for the search index, shared by the index builder and the search page so both sides always
 * agree.
 *
 * Chinese has no spaces, and a word segmenter cuts the same characters differently in different contexts
 * ("培训费" is one word, so "培训" would not match it). Indexing every run of Chinese characters as overlapping
 * bigrams, and querying the same way, makes every occurrence of a query findable: a text containing the query
 * contains all of its bigrams. Quoted queries keep the bigrams in order, which is an exact substring match.
 */
const CJK_RUN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+/g;
const CJK_GRAM = /^[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{2}$/;
const LATIN_EDGE = /[0-9A-Za-z]/;

export function cjkBigrams(text: string): string {
  return text.replace(CJK_RUN, (run) => {
    if (run.length < 2) return ` ${run} `;
    const grams: string[] = [];
    for (let i = 0; i < run.length - 1; i++) grams.push(run.slice(i, i + 2));
    return ` ${grams.join(' ')} `;
  }).replace(/\s+/g, ' ').trim();
}

/**
 * Removes money figures (1,992.86 / 1992.86 / 90万元 / 147.92%), which would flood the index and match nothing a
 * reader types; counts, codes and years ("50人次", "2013201", "2023年") stay searchable.
 */
export function withoutAmounts(text: string): string {
  return text
    .replace(/[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\s*(?:万元|元|%|％)|[-+]?\d{1,3}(?:,\d{3})+(?:\.\d+)?|[-+]?\d+\.\d+/g, ' ')
    .replace(/[ \t]+/g, ' ')
    .trim();
}

/**
 * Text in index form back to readable text (for result snippets): overlapping bigrams of one run join up again
 * ("干部 部教 教育" → "干部教育"). Two runs that happen to meet on the same character join too, which a snippet
 * can bear.
 */
export function bigramsToText(indexed: string): string {
  let text = '';
  let previousGram = '';
  for (const word of indexed.split(/\s+/)) {
    if (!word) continue;
    const gram = CJK_GRAM.test(word) ? word : '';
    if (gram && previousGram[1] === gram[0]) text += gram[1];
    else text += (LATIN_EDGE.test(text.at(-1) ?? '') && LATIN_EDGE.test(word[0]!) ? ' ' : '') + word;
    previousGram = gram;
  }
  return text;
}

/**
 * The index's most common bigrams, most common first, as one string of two-character grams (compact: the search
 * page fetches it). A bigram not listed is rare. The index builder writes it next to the index; the search page
 * reads it to leave out bigrams whose index chunks are large.
 */
export const COMMON_GRAMS_FILE = 'common-grams.json';

/** How common each listed bigram is (higher is more common); a bigram not in the map is rare. */
export type GramCounts = ReadonlyMap<string, number>;

export function gramCounts(commonGramsText: string): GramCounts {
  const counts = new Map<string, number>();
  const total = Math.floor(commonGramsText.length / 2);
  for (let i = 0; i < total; i++) counts.set(commonGramsText.slice(i * 2, i * 2 + 2), total - i);
  return counts;
}

/** A word's bigrams a query looks up: at most this many, the rarest (each costs the reader one index chunk). */
export const MAX_GRAMS_PER_WORD = 2;

/**
 * The bigrams of an unquoted word that the search looks up. A text containing the word contains every one of its
 * bigrams, so looking up any subset finds every such text (recall stays whole); the rarest ones narrow the results
 * most and have the smallest index chunks. Common bigrams are left out whenever a rarer one remains; the two kept
 * lie as far apart in the word as they can, so a match holds most of the word.
 */
export function searchGrams(grams: readonly string[], counts: GramCounts): string[] {
  const count = (gram: string) => counts.get(gram) ?? 0;
  const rarest = Math.min(...grams.map(count));
  // The rare bigrams (or, if none is rare, the least common), then the two furthest apart of those.
  const candidates = grams.filter((gram) => count(gram) === rarest);
  return [...new Set(candidates.length <= MAX_GRAMS_PER_WORD ? candidates : [candidates[0]!, candidates.at(-1)!])];
}

/**
 * A reader's query in index form; "quoted phrases" stay quoted, whole (and so stay exact). With the index's bigram
 * counts, unquoted words look up only their rarest bigrams (see searchGrams).
 */
export function queryToBigrams(rawQuery: string, counts: GramCounts = new Map()): string {
  const query = withoutAmounts(rawQuery);
  const parts: string[] = [];
  const pattern = /"([^"]*)"|“([^”]*)”|(\S+)/g;
  for (const match of query.matchAll(pattern)) {
    const phrase = match[1] ?? match[2];
    if (phrase !== undefined) {
      const grams = cjkBigrams(phrase);
      if (grams) parts.push(`"${grams}"`);
    } else if (match[3]) {
      for (const token of cjkBigrams(match[3]).split(' ').reduce<string[][]>((runs, word) => {
        // Consecutive bigrams of one run are one word of the query; anything else stands alone.
        const run = runs.at(-1);
        if (CJK_GRAM.test(word) && run && CJK_GRAM.test(run.at(-1)!) && run.at(-1)![1] === word[0]) run.push(word);
        else runs.push([word]);
        return runs;
      }, [])) parts.push(CJK_GRAM.test(token[0]!) ? searchGrams(token, counts).join(' ') : token.join(' '));
    }
  }
  return parts.filter(Boolean).join(' ');
}

/** Adds the bigram occurrences of one index-form text to `counts`. */
export function countGrams(counts: Map<string, number>, indexedText: string): void {
  for (const word of indexedText.split(' ')) if (CJK_GRAM.test(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
}

/** The `limit` most common bigrams seen at least `minimum` times, most common first, as the string gramCounts reads. */
export function mostCommonGrams(counts: ReadonlyMap<string, number>, minimum: number, limit: number): string {
  return [...counts].filter(([, n]) => n >= minimum).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, limit).map(([gram]) => gram).join('');
}
