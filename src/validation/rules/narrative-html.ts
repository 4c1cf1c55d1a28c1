/**
 * A disclosure as the page will show it: raw HTML the page would leave out and links whose scheme is not http(s), in
 * the narrative (what is allowed is decided in src/validation/narrative-markup.ts, which the page uses too), and
 * characters no output can hold, in the narrative and in every text of the disclosure's files.
 * Cheap for the usual disclosure: each file's text is tested once as written (no value is visited unless the file
 * may hold such a character), and only a narrative that may hold markup is parsed.
 */
import { firstUnsafeCharacter, hasUnsafeCharacter, mayHoldUnsafeCharacter, unsafeCharacterMessage } from '../../domain/unsafe-characters.ts';
import { schemeOf } from '../../domain/web-address.ts';
import type { DisclosureContext, LocatedRuleFinding, RuleFile } from '../context.ts';
import type { WrittenFile } from '../load-content.ts';
import { applyNarrativeMarkup, mayHoldMarkup, parseNarrative, stripFactTagsWithPlaces, type MarkupProblem, type TaggedFigure } from '../narrative-markup.ts';
import { findStrings, lineCounter } from './text-scan.ts';
import { sentenceAt } from '../display-path.ts';

const REASONS: Record<NonNullable<MarkupProblem['reason']>, string> = {
  'not-allowed': '说明中只能使用 <br>（换行）、<sup>…</sup>（上标）和 <sub>…</sub>（下标）；表格请用 Markdown 表格写法（| 列 | 列 |），其他格式请删去 HTML 标记',
  attributes: '<br>、<sup>、<sub> 不能带属性，请写成不带属性的形式',
  unclosed: '没有对应的结束标记：上标、下标须在同一段落或同一表格单元格内成对写出',
  unopened: '没有对应的开始标记：上标、下标须在同一段落或同一表格单元格内成对写出',
};

export function narrativeHtmlRules(context: DisclosureContext): LocatedRuleFinding[] {
  const body = context.body;
  const findings = [
    // The front matter is small: its values are tested one by one (its text as written is not at hand).
    ...unsafeFieldFindings('index.md', context.meta, undefined),
    ...unsafeFieldFindings('tables.yaml', context.tables, context.texts.tables),
    ...unsafeFieldFindings('performance.yaml', context.performance, context.texts.performance),
    ...(hasUnsafeCharacter(body) ? unsafeCharacterFindings(body) : []),
  ];
  if (!mayHoldMarkup(body)) return findings;
  const { text, tags, sourceOffset } = stripFactTagsWithPlaces(body);
  const problems = applyNarrativeMarkup(parseNarrative(text));
  if (problems.length === 0) return findings;
  const lineOf = lineCounter(body);
  const bodyLineOf = (problem: MarkupProblem) => lineOf(sourceOffset(problem.start));
  const tagsIn = (problem: MarkupProblem) => tags.filter((tag) => tag.start >= problem.start && tag.end <= problem.end);

  // Raw HTML: one finding per body line, naming every element on it; a comment only when it hides a tagged figure.
  const byLine = new Map<number, { elements: string[]; reasons: Set<string>; tags: TaggedFigure[]; sentence: string }>();
  for (const problem of problems) {
    if (problem.kind === 'link') continue;
    const hidden = tagsIn(problem);
    if (problem.kind === 'comment' && hidden.length === 0) continue;
    const bodyLine = bodyLineOf(problem);
    const entry = byLine.get(bodyLine) ?? { elements: [], reasons: new Set<string>(), tags: [], sentence: sentenceAt(body, sourceOffset(problem.start)) };
    byLine.set(bodyLine, entry);
    entry.elements.push(problem.kind === 'comment' ? '<!-- -->' : problem.what);
    entry.reasons.add(problem.kind === 'comment' ? '注释中的文字不会显示，其中标注的数字仍按表格核对：请删去注释标记，或删去其中的标注' : REASONS[problem.reason ?? 'not-allowed']);
    entry.tags.push(...hidden);
  }
  for (const [bodyLine, entry] of byLine) {
    const elements = [...new Set(entry.elements)];
    const hidden = entry.tags.map((tag) => tag.tag);
    findings.push({
      severity: 'error', rule: 'narrative/raw-html', file: 'index.md', at: [], bodyLine, sentence: entry.sentence,
      message: `HTML ${elements.join('、')} 不会显示在页面上${hidden.length ? `（其中标注的数字 ${hidden.join('、')} 也不会显示）` : ''}：${[...entry.reasons].join('；')}`,
      messageEn: `Raw HTML ${elements.join(', ')} is left out of the page${hidden.length ? ', with the tagged figures in it' : ''}`,
      values: [{ label: 'HTML', value: elements.join(' ') }, ...(hidden.length ? [{ label: '其中标注的数字', value: hidden.join(' ') }] : [])],
    });
  }

  for (const problem of problems) {
    if (problem.kind !== 'link') continue;
    const scheme = schemeOf(problem.what) ?? '';
    findings.push({
      severity: 'error', rule: 'narrative/link-scheme', file: 'index.md', at: [], bodyLine: bodyLineOf(problem), sentence: sentenceAt(body, sourceOffset(problem.start)),
      message: `链接地址“${problem.what}”以“${scheme}:”开头：说明中的链接和图片地址只能以 http:// 或 https:// 开头（或写本站的相对地址，如 /2024/），请改正或删去链接`,
      messageEn: `Link scheme ${scheme}: is not allowed (http or https only)`,
      values: [{ label: '地址', value: problem.what }],
    });
  }
  return findings;
}

/** Texts of a file's values holding a character no output can carry; none are visited when the file cannot hold one. */
function unsafeFieldFindings(file: RuleFile, data: unknown, written: WrittenFile | undefined): LocatedRuleFinding[] {
  if (data === undefined || (written !== undefined && !mayHoldUnsafeCharacter(written.text, written.withoutUnsafeCharacters))) return [];
  return findStrings(data, hasUnsafeCharacter).map((field) => {
    const found = firstUnsafeCharacter(field.text)!;
    return {
      severity: 'error', rule: 'text/control-character', file, at: field.at,
      message: unsafeCharacterMessage(found),
      messageEn: `Control character ${found.code} at character ${found.position} of the value`,
      values: [{ label: '字符', value: `${found.code}（${found.name}）` }],
    };
  });
}

/**
 * One finding per body line holding a character no output can carry, naming its position in the line. Its path is
 * the line, not the sentence: a path holding the character could not be written in an acknowledgement.
 */
function unsafeCharacterFindings(body: string): LocatedRuleFinding[] {
  const findings: LocatedRuleFinding[] = [];
  body.split('\n').forEach((line, bodyLine) => {
    const found = firstUnsafeCharacter(line);
    if (!found) return;
    findings.push({
      severity: 'error', rule: 'text/control-character', file: 'index.md', at: [], bodyLine,
      message: unsafeCharacterMessage(found, '本行'),
      messageEn: `Control character ${found.code} at character ${found.position} of the line`,
      values: [{ label: '字符', value: `${found.code}（${found.name}）` }],
    });
  });
  return findings;
}
