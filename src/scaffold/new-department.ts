/**
 * A new department's registry file (npm run new -- department ID --name … --region …), pure: the fields are checked
 * with the same schema the check uses, and the file is only written when they pass.
 */
import { stringify } from 'yaml';
import { department, type Department } from '../schemas/site.ts';
import { zodIssuesToFindings } from '../validation/schema-issues.ts';

/** The command-line flags, each with its field and whether the file needs it. */
export const DEPARTMENT_FLAGS: ReadonlyArray<{ flag: string; field: keyof Department; required: boolean; zh: string }> = [
  { flag: '--name', field: 'name', required: true, zh: '部门全称（如 中共石柱土家族自治县委组织部）' },
  { flag: '--region', field: 'region', required: true, zh: '所属地区（省、市、县，如 重庆市石柱土家族自治县）' },
  { flag: '--kind', field: 'kind', required: true, zh: '类型：department（部门，含所属单位）或 unit（单位本级）' },
  { flag: '--short-name', field: 'short_name', required: false, zh: '简称' },
  { flag: '--code', field: 'code', required: false, zh: '部门编码（预算系统中的编码）' },
  { flag: '--category', field: 'category', required: false, zh: '部门类别（党委部门、政府部门、事业单位……）' },
  { flag: '--parent', field: 'parent', required: false, zh: '上级部门的标识' },
  { flag: '--description', field: 'description', required: false, zh: '简介' },
];

export type DepartmentResult = { ok: true; department: Department; text: string } | { ok: false; problems: string[] };

/** The registry file for these fields, or what is wrong with them (in Chinese, naming the flag to fix). */
export function newDepartmentFile(id: string, fields: Readonly<Record<string, string | undefined>>): DepartmentResult {
  const input: Record<string, unknown> = { id };
  for (const { field } of DEPARTMENT_FLAGS) if (fields[field] !== undefined && fields[field] !== '') input[field] = fields[field];
  const parsed = department.safeParse(input);
  if (!parsed.success) {
    // The check's own messages for the same schema, each prefixed with the flag that sets the field.
    const problems = zodIssuesToFindings(department, parsed.error).map((finding) => {
      const field = String(finding.at[0] ?? '');
      const flag = field === 'id' ? '部门标识' : DEPARTMENT_FLAGS.find((entry) => entry.field === field)?.flag ?? field;
      return `${flag}：${finding.message}`;
    });
    return { ok: false, problems };
  }
  const ordered: Record<string, unknown> = { id };
  for (const { field } of DEPARTMENT_FLAGS) if (input[field] !== undefined) ordered[field] = input[field];
  return { ok: true, department: parsed.data, text: `# 部门登记：文件名须与 id 一致（${id}.yaml）。字段说明见 content/README.md。\n${stringify(ordered, { lineWidth: 0 })}` };
}
