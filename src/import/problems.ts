/**
 * What the importer could not place, each with the cell an editor looks at (表3!B12), in Chinese with an English
 * line, and what to do about it. Notes are what it deliberately left out (a hidden column, a derived column).
 */
export interface ImportProblem {
  /** Stable id, like the check's rule ids. */
  readonly rule: string;
  /** 表3!B12, or the sheet name alone. */
  readonly at: string;
  readonly message: string;
  readonly messageEn: string;
  /** What to do, in Chinese. */
  readonly fix: string;
}

export interface ImportNote {
  readonly at: string;
  readonly message: string;
}

export function formatProblem(problem: ImportProblem, file: string): string {
  return [`${file} ${problem.at}  error  ${problem.rule}  ${problem.message}`, `    怎么改：${problem.fix}`, `    (${problem.messageEn})`].join('\n');
}

export const formatNote = (note: ImportNote, file: string): string => `${file} ${note.at}  说明  ${note.message}`;
