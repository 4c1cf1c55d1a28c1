/** The publishing site, the department registry and the shared glossary. */
import { z } from 'zod';
import { code, doc, slug, text, webAddress, withoutUnsafeCharacters, year } from './primitives.ts';

export const site = withoutUnsafeCharacters(z.strictObject({
  name: doc(text, 'Site name', '站点名称'),
  publisher: doc(text, 'Publishing government or office', '发布机关'),
  region: doc(text, 'Region covered', '地区'),
  base_url: doc(webAddress, 'Public base URL (for sitemap and feed), http:// or https://', '站点网址'),
  description: doc(text.optional(), 'One-sentence description', '站点简介'),
  contact: doc(
    z.strictObject({ phone: doc(text.optional(), 'Phone', '电话'), email: doc(text.optional(), 'Email', '邮箱'), address: doc(text.optional(), 'Address', '地址') }).optional(),
    'Contact',
    '联系方式',
  ),
  licence: doc(text.optional(), 'Data licence', '数据使用许可'),
  fictitious: doc(
    z.boolean().optional(),
    'The content is made up (a demonstration site): every page says 虚构示例数据 at its top',
    '虚构示例数据（演示站点用：每个页面顶部标明内容为虚构）',
  ),
}));
export type Site = z.infer<typeof site>;

export const DEPARTMENT_KINDS = { department: '部门（汇总）', unit: '单位（本级）' } as const;

export const department = withoutUnsafeCharacters(z.strictObject({
  id: doc(slug, 'Stable id; must equal the file name', '部门标识'),
  name: doc(text, 'Current full name', '部门全称'),
  short_name: doc(text.optional(), 'Short name', '简称'),
  former_names: doc(
    z.array(z.strictObject({ name: doc(text, 'Former name', '曾用名'), until: doc(year, 'Last year the name was used', '使用至年份') })).default([]),
    'Former names (renamed departments keep their id)',
    '曾用名',
  ),
  aliases: doc(z.array(text).default([]), 'Other accepted forms of the name', '其他写法'),
  code: doc(code.optional(), 'Department code in the budget system', '部门编码'),
  region: doc(text, 'Region (province, city, county)', '所属地区'),
  parent: doc(slug.optional(), 'Id of the parent department', '上级部门'),
  kind: doc(z.enum(['department', 'unit']), 'department = consolidated (部门), unit = the unit itself (单位/本级)', '类型'),
  category: doc(text.optional(), 'Category (党委部门, 政府部门, 事业单位 …)', '部门类别'),
  description: doc(text.optional(), 'Short profile', '简介'),
}));
export type Department = z.infer<typeof department>;

export const glossaryFile = withoutUnsafeCharacters(z.strictObject({
  terms: doc(
    z.array(
      z.strictObject({
        id: doc(slug, 'Anchor id', '锚点标识'),
        term: doc(text, 'Term', '名词'),
        aliases: doc(z.array(text).default([]), 'Other forms of the term', '其他写法'),
        definition: doc(text, 'Definition', '解释'),
      }),
    ),
    'Glossary terms',
    '名词解释',
  ),
}));
export type GlossaryFile = z.infer<typeof glossaryFile>;
