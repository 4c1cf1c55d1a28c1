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

/** A reader's query in index form; "quoted phrases" stay quoted (and so stay exact). */
export function queryToBigrams(rawQuery: string): string {
  const query = withoutAmounts(rawQuery);
  const parts: string[] = [];
  const pattern = /"([^"]*)"|“([^”]*)”|(\S+)/g;
  for (const match of query.matchAll(pattern)) {
    const phrase = match[1] ?? match[2];
    if (phrase !== undefined) {
      const grams = cjkBigrams(phrase);
      if (grams) parts.push(`"${grams}"`);
    } else if (match[3]) parts.push(cjkBigrams(match[3]));
  }
  return parts.join(' ');
}
