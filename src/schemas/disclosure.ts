/**
 * A disclosure's front matter (index.md): identity, unit, dates, provenance, corrections and acknowledgements.
 */
import { z } from 'zod';
import { date, doc, sha256, slug, stage, text, unit, year } from './primitives.ts';

export const acknowledgement = z.strictObject({
  rule: doc(z.string().regex(/^[a-z]+\/[a-z0-9-]+$/, { message: '规则编号格式应如 sum/tree' }), 'Rule id as printed by npm run check', '规则编号'),
  file: doc(z.enum(['index.md', 'tables.yaml', 'performance.yaml']).optional(), 'File of the finding (default: any file of this disclosure)', '文件'),
  path: doc(text, 'What the finding is about, as printed by npm run check (rows by code, projects by id, indicators by name, sentences by their text)', '字段路径'),
  figures: doc(text.optional(), 'The figures of the finding as printed by npm run check (涉及的数字); the acknowledgement lapses when any of them changes. npm run acknowledge fills it in', '涉及的数字'),
  difference: doc(text.optional(), 'Old form (before figures): the difference printed by npm run check; npm run acknowledge upgrades it', '差额（旧格式）'),
  explanation: doc(text, 'Why the published figure stands; shown to readers as a data note', '说明（将作为数据说明公开）'),
});
export type Acknowledgement = z.infer<typeof acknowledgement>;

export const frontMatter = z.strictObject({
  year: doc(year, 'Budget year', '年度'),
  department: doc(slug, 'Department id (file name in content/departments/)', '部门标识'),
  stage: doc(stage, 'budget (预算) or final (决算)', '阶段'),
  title: doc(text, 'Title as published', '标题'),
  unit: doc(unit, 'Amount unit of the whole disclosure', '金额单位'),
  unit_name: doc(text.optional(), 'Name of the publishing unit when it differs from the department (e.g. …本级)', '编制单位'),
  approved_on: doc(date.optional(), 'Date the finance bureau approved the budget/final accounts', '批复日期'),
  published_on: doc(date.optional(), 'Publication date', '公开日期'),
  contact: doc(
    z
      .strictObject({
        name: doc(text.optional(), 'Contact person', '联系人'),
        phone: doc(text.optional(), 'Phone', '联系电话'),
        email: doc(text.optional(), 'Email', '电子邮箱'),
      })
      .optional(),
    'Public contact',
    '公开联系人',
  ),
  confidentiality_review: doc(z.boolean().optional(), 'Confidentiality review done', '保密审查'),
  head_signoff: doc(z.boolean().optional(), "Department head's sign-off", '负责人审签'),
  source: doc(
    z.strictObject({
      document: doc(text, 'Source document name (its title as published)', '来源文件'),
      file: doc(text.optional(), 'File name of the published document in this folder, when the folder holds more than one other file', '原始文件名'),
      sha256: doc(sha256.optional(), 'Old form: a typed SHA-256, checked against the file in the folder. Never type it: the build computes it from the file', '来源文件SHA-256（旧格式）'),
      note: doc(text.optional(), 'Note on the source (extraction, damaged layout)', '来源说明'),
    }),
    'The published document this content was converted from; its file (PDF) lies in this folder, published with the page',
    '来源',
  ),
  corrections: doc(
    z
      .array(
        z.strictObject({
          date: doc(date, 'Date of the correction', '更正日期'),
          description: doc(text, 'What was corrected and why', '更正内容'),
        }),
      )
      .default([]),
    'Corrections log',
    '更正记录',
  ),
  rounding_tolerance: doc(
    z.enum(['0', '0.01']).optional(),
    'Tolerance for sums when the document rounds each addend (0 = exact)',
    '舍入容差',
  ),
  acknowledgements: doc(z.array(acknowledgement).default([]), 'Findings acknowledged as they are in the published document', '已确认的问题（数据说明）'),
  glossary: doc(
    z.array(z.strictObject({ term: doc(text, 'Term', '名词'), definition: doc(text, 'Definition', '解释') })).default([]),
    'Terms defined only in this disclosure',
    '本文件名词解释',
  ),
});
export type FrontMatter = z.infer<typeof frontMatter>;
