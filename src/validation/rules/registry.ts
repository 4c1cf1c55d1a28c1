/** Site-wide rules: the department registry, glossary ids, and disclosures that point at departments. */
import { basename } from 'node:path';
import { placeFinding, type SiteFiles } from '../load-content.ts';
import type { Finding } from '../finding.ts';

export function registryFindings(content: SiteFiles): Finding[] {
  const findings: Finding[] = [];
  const ids = new Map<string, string>();
  for (const parsed of content.departments) {
    const department = parsed.data;
    if (!department) continue;
    const fileId = basename(parsed.source.file, '.yaml');
    if (fileId !== department.id) {
      findings.push(placeFinding(parsed.source, {
        severity: 'error', rule: 'ref/file-name', at: ['id'],
        message: `部门标识“${department.id}”必须与文件名“${fileId}.yaml”一致`,
        messageEn: 'Department id must equal the file name',
        values: [{ label: 'id', value: department.id }, { label: '文件名', value: fileId }],
      }));
    }
    const earlier = ids.get(department.id);
    if (earlier) {
      findings.push(placeFinding(parsed.source, {
        severity: 'error', rule: 'schema/duplicate-id', at: ['id'],
        message: `部门标识“${department.id}”重复（另见 ${earlier}）`, messageEn: `Duplicate department id ${department.id}`,
      }));
    } else ids.set(department.id, parsed.source.file);
  }
  for (const parsed of content.departments) {
    const parent = parsed.data?.parent;
    if (parent && !ids.has(parent)) {
      findings.push(placeFinding(parsed.source, {
        severity: 'error', rule: 'ref/unknown-department', at: ['parent'],
        message: `上级部门“${parent}”不存在（content/departments/ 中没有 ${parent}.yaml）`,
        messageEn: `Unknown parent department ${parent}`,
        values: [{ label: '已登记的部门', value: [...ids.keys()].join(', ') || '（无）' }],
      }));
    }
  }
  const glossary = content.glossary;
  const seen = new Map<string, number>();
  glossary?.data?.terms.forEach((term, index) => {
    for (const key of [term.id, term.term]) {
      const earlier = seen.get(key);
      if (earlier !== undefined && earlier !== index) {
        findings.push(placeFinding(glossary.source, {
          severity: 'error', rule: 'schema/duplicate-id', at: ['terms', index, key === term.id ? 'id' : 'term'],
          message: `名词解释中“${key}”重复（第${earlier + 1}条和第${index + 1}条）`, messageEn: `Duplicate glossary entry ${key}`,
        }));
      } else seen.set(key, index);
    }
  });
  return findings;
}
