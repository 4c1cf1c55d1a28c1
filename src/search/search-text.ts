/**
 * How text is cut for the search index, shared by the index builder and the search page so both sides always
 * agree.
 *
 * Chinese has no spaces, and a word segmenter cuts the same characters differently in different contexts
 * ("培训费" is one word, so "培训" would not match it). Indexing every run of Chinese characters as overlapping
 * bigrams, and querying the same way, makes every occurrence of a query findable: a text containing the query
 * contains all of its bigrams. Quoted queries keep the bigrams in order, which is an exact substring match.
 */
import { isSpaceUnit } from '../domain/characters.ts';

const CJK_RUN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+/g;
const CJK_GRAM = /^[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{2}$/;
/** A marked common bigram, possibly with quotation marks in it ("z经费", "z“三公"). */
const MARKED_TOKEN = /^z[“”‘’「」『』《》〈〉"']*[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
const LATIN_EDGE = /[0-9A-Za-z]/;
/** The same characters as CJK_RUN (code units, as that pattern has no u flag). */
const isCjkUnit = (unit: number) => (unit >= 0x4e00 && unit <= 0x9fff) || (unit >= 0x3400 && unit <= 0x4dbf) || (unit >= 0xf900 && unit <= 0xfaff);

/**
 * The index's most common bigrams (see mostCommonGrams), most common first, as one string of two-character grams
 * (compact: the search page fetches it). The index builder writes it next to the index.
 */
export const COMMON_GRAMS_FILE = 'common-grams.json';

/** How common each listed bigram is (higher is more common); a bigram not in the map is rare. */
export type GramCounts = ReadonlyMap<string, number>;
const NO_COUNTS: GramCounts = new Map();

export function gramCounts(commonGramsText: string): GramCounts {
  const counts = new Map<string, number>();
  const total = Math.floor(commonGramsText.length / 2);
  for (let i = 0; i < total; i++) counts.set(commonGramsText.slice(i * 2, i * 2 + 2), total - i);
  return counts;
}

/**
 * A bigram as the index holds it. Common bigrams carry a mark ("z部门"), which sorts them apart from the rest:
 * Pagefind cuts its word list into chunks in sorted order, and a rare bigram next to a common one ("部教" before
 * "部门") would otherwise share its chunk, and a reader looking it up would download the common one's long list too.
 */
const indexToken = (gram: string, common: GramCounts) => (common.has(gram) ? `z${gram}` : gram);

const gramsOf = (run: string): string[] => Array.from({ length: run.length - 1 }, (_, i) => run.slice(i, i + 2));

/** Each run of Chinese characters as the bigrams `pick` keeps of it (index tokens), the rest of the text as is. */
function cutRuns(text: string, common: GramCounts, pick: (grams: string[]) => string[]): string {
  return text.replace(CJK_RUN, (run) => (run.length < 2 ? ` ${run} ` : ` ${pick(gramsOf(run)).map((gram) => indexToken(gram, common)).join(' ')} `))
    .replace(/\s+/g, ' ').trim();
}

/**
 * Quotation and book-title marks inside Chinese text do not end a run: "“三公”经费" is cut as 三公 公经 经费, so a
 * reader typing 三公经费 finds the “三公”经费 table. Each mark stays in the bigram that spans it ("公”经"), so the
 * excerpt keeps it; Pagefind indexes the bigram without it.
 */
const TRANSPARENT = new Set([...'“”‘’「」『』《》〈〉"\''].map((c) => c.charCodeAt(0)));
/** TRANSPARENT.has, first ruling out the usual characters by range (the index builder asks for every character). */
const isMarkUnit = (unit: number) => (unit === 0x22 || unit === 0x27 || (unit >= 0x2018 && unit <= 0x201d) || (unit >= 0x3008 && unit <= 0x300f)) && TRANSPARENT.has(unit);
export const TRANSPARENT_MARKS = /[“”‘’「」『』《》〈〉"']/g;

/** Index of the first Chinese character at or after `i` past transparent marks, or -1 if another character comes first. */
function cjkAfterMarks(text: string, i: number): number {
  let at = i;
  while (at < text.length && isMarkUnit(text.charCodeAt(at))) at++;
  return at < text.length && isCjkUnit(text.charCodeAt(at)) ? at : -1;
}

/**
 * Text in index form: each run of Chinese characters as its overlapping bigrams (common ones marked), the rest as is,
 * words separated by single spaces. Written in one pass: the index builder cuts a whole site's text, and this is
 * several times faster than a pattern with a callback, an array per run and a second pattern over the result.
 */
export function cjkBigrams(text: string, common: GramCounts = NO_COUNTS): string {
  let out = '';
  let separated = false;
  const put = (token: string) => {
    out += separated && out ? ` ${token}` : token;
    separated = false;
  };
  let i = 0;
  while (i < text.length) {
    const unit = text.charCodeAt(i);
    const first = isCjkUnit(unit) ? i : isMarkUnit(unit) ? cjkAfterMarks(text, i) : -1;
    if (first >= 0) {
      // A run: each bigram is written once the next character (or the run's end) is known, so marks after the run's
      // last character can join its last bigram. `lead`: marks before the first character; `gap`: marks since the
      // previous character.
      const lead = text.slice(i, first);
      let previous = text[first]!;
      let pending = '';
      let pendingGram = '';
      let grams = 0;
      let at = first + 1;
      for (;;) {
        const unitAt = text.charCodeAt(at);
        const next = isCjkUnit(unitAt) ? at : isMarkUnit(unitAt) ? cjkAfterMarks(text, at) : -1;
        if (next < 0) break;
        if (grams > 0) {
          separated = true;
          put(common.has(pendingGram) ? `z${pending}` : pending);
        }
        const current = text[next]!;
        pending = (grams === 0 ? lead : '') + previous + (next === at ? '' : text.slice(at, next)) + current;
        pendingGram = previous + current;
        grams++;
        previous = current;
        at = next + 1;
      }
      let end = at;
      while (end < text.length && isMarkUnit(text.charCodeAt(end))) end++;
      const trailing = end === at ? '' : text.slice(at, end);
      // A run stands apart from what surrounds it, and each of its bigrams from the next.
      separated = true;
      if (grams === 0) put(lead + previous + trailing);
      else put(common.has(pendingGram) ? `z${pending}${trailing}` : pending + trailing);
      separated = true;
      i = end;
    } else if (isSpaceUnit(unit)) {
      separated = true;
      i++;
    } else {
      let end = i + 1;
      while (end < text.length && !isCjkUnit(text.charCodeAt(end)) && !isSpaceUnit(text.charCodeAt(end)) && !(isMarkUnit(text.charCodeAt(end)) && cjkAfterMarks(text, end) >= 0)) end++;
      put(text.slice(i, end));
      i = end;
    }
  }
  return out;
}

/**
 * Money figures (1,992.86 / 1992.86 / 90万元 / 147.92%). They would flood the index (every figure a word of its own,
 * split again at its commas and points) and match nothing a reader types, so they are never indexed; counts, codes
 * and years ("50人次", "2013201", "2023年") stay searchable.
 */
const AMOUNT = /[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\s*(?:万元|元|%|％)|[-+]?\d{1,3}(?:,\d{3})+(?:\.\d+)?|[-+]?\d+\.\d+/g;

/** Removes money figures (see AMOUNT): what a reader's query is cut from. */
export function withoutAmounts(text: string): string {
  return text.replace(AMOUNT, ' ').replace(/[ \t]+/g, ' ').trim();
}

/**
 * Money figures written so that Pagefind keeps them in a result's text but does not index them: each character of a
 * figure becomes a Braille pattern (U+2801 on), which Pagefind's word pattern (\w) does not match, so the figure is
 * no word (checked against Pagefind itself in tests/unit/search/pagefind-amounts.test.ts). The search page turns them
 * back (decodeAmounts), so excerpts show the figures without the index paying for them.
 */
const AMOUNT_ALPHABET = '0123456789.,%％-+万元 ';
const AMOUNT_CODE_BASE = 0x2801;
const CODED_AMOUNT = /[\u2801-\u2813]+/g;

export function encodeAmounts(text: string): string {
  return text.replace(AMOUNT, (figure) => {
    let coded = '';
    for (const character of figure) coded += String.fromCharCode(AMOUNT_CODE_BASE + AMOUNT_ALPHABET.indexOf(/\s/.test(character) ? ' ' : character));
    return coded;
  });
}

export function decodeAmounts(text: string): string {
  return text.replace(CODED_AMOUNT, (coded) => [...coded].map((unit) => AMOUNT_ALPHABET[unit.charCodeAt(0) - AMOUNT_CODE_BASE]).join(''));
}

/**
 * Table text in a search record: the cells of a row are kept apart (and in order) by CELL_SEPARATOR, rows by
 * ROW_SEPARATOR, so an excerpt reads as the table does ("公务接待费｜1.20｜0.80"). Both are punctuation: never indexed.
 */
export const CELL_SEPARATOR = '｜';
export const ROW_SEPARATOR = '；';

/**
 * Text in index form back to readable text (for result snippets): overlapping bigrams of one run join up again
 * ("干部 部教 z教育" → "干部教育") and money figures are decoded (see encodeAmounts). Two runs that happen to meet
 * on the same character join too, which a snippet can bear.
 */
export function indexTextToReadable(indexed: string): string {
  return decodeAmounts(bigramsToText(indexed));
}

export function bigramsToText(indexed: string): string {
  let text = '';
  let previousGram = '';
  for (const raw of indexed.split(/\s+/)) {
    if (!raw) continue;
    // Pagefind ends the last word of each heading and paragraph with "."; between Chinese text it is only a break.
    const blockEnd = raw.length > 2 && raw.endsWith('.') && (isCjkUnit(raw.charCodeAt(raw.length - 2)) || TRANSPARENT.has(raw.charCodeAt(raw.length - 2)));
    const token = blockEnd ? raw.slice(0, -1) : raw;
    const word = MARKED_TOKEN.test(token) ? token.slice(1) : token;
    const core = word.replace(TRANSPARENT_MARKS, '');
    const gram = CJK_GRAM.test(core) ? core : '';
    if (gram && previousGram[1] === gram[0]) text += word.slice(word.indexOf(gram[0]!) + 1);
    else text += (LATIN_EDGE.test(text.at(-1) ?? '') && LATIN_EDGE.test(word[0]!) ? ' ' : '') + word;
    previousGram = blockEnd ? '' : gram;
    if (blockEnd) text += ' ';
  }
  return text.trim();
}

/** A word's bigrams a query looks up: at most this many (each costs the reader an index chunk). */
export const MAX_GRAMS_PER_WORD = 2;

/**
 * The bigrams of an unquoted word that the search looks up. A text containing the word contains every one of its
 * bigrams, so looking up any subset finds every such text (recall stays whole). Rare bigrams have small index
 * chunks and narrow the results most: the two rare ones furthest apart in the word are looked up (so a match holds
 * most of the word); a word made only of common bigrams looks up its two least common.
 */
export function searchGrams(grams: readonly string[], counts: GramCounts): string[] {
  const unique = [...new Set(grams)];
  const rare = unique.filter((gram) => !counts.has(gram));
  if (rare.length > MAX_GRAMS_PER_WORD) return [rare[0]!, rare.at(-1)!];
  if (rare.length > 0) return rare;
  return unique.sort((a, b) => counts.get(a)! - counts.get(b)!).slice(0, MAX_GRAMS_PER_WORD);
}

/**
 * A reader's query in index form; "quoted phrases" are looked up whole, so they stay exact. Unquoted words look
 * up only their rarest bigrams (see searchGrams). `common` must be the list the index was built with.
 */
export function queryToBigrams(rawQuery: string, common: GramCounts = NO_COUNTS): string {
  const query = withoutAmounts(rawQuery);
  const parts: string[] = [];
  const pattern = /"([^"]*)"|“([^”]*)”|(\S+)/g;
  for (const match of query.matchAll(pattern)) {
    const phrase = match[1] ?? match[2];
    if (phrase !== undefined) {
      const grams = cjkBigrams(phrase, common);
      if (grams) parts.push(`"${grams}"`);
    } else if (match[3]) {
      parts.push(cutRuns(match[3], common, (grams) => searchGrams(grams, common)));
    }
  }
  return parts.filter(Boolean).join(' ');
}

/**
 * Bigram occurrences, keyed by the bigram's two UTF-16 code units packed into one number (first × 65536 + second):
 * a whole site's text is counted before the index can be written, and number keys make that several times faster
 * than a string per bigram. Packed keys sort in the same order as the two-character strings.
 */
export type GramTally = Map<number, number>;

/** Adds the bigram occurrences of a (natural) text to `tally`: each pair of neighbouring Chinese characters (quotation marks between them do not count, as in cjkBigrams). */
export function countGrams(tally: GramTally, text: string): void {
  let previous = -1;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (TRANSPARENT.has(unit)) continue;
    if (!isCjkUnit(unit)) {
      previous = -1;
      continue;
    }
    if (previous >= 0) {
      const key = previous * 65536 + unit;
      tally.set(key, (tally.get(key) ?? 0) + 1);
    }
    previous = unit;
  }
}

/**
 * The bigrams seen at least `minimum` times (at most `limit` of them), most common first (ties in code order), as
 * the string gramCounts reads.
 */
export function mostCommonGrams(tally: ReadonlyMap<number, number>, minimum: number, limit: number): string {
  return [...tally].filter(([, n]) => n >= minimum).sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, limit)
    .map(([key]) => String.fromCharCode(Math.floor(key / 65536), key % 65536)).join('');
}
