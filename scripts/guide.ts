/**
 * npm run guide [-- --check]: writes content/README.md from scripts/guide/template.md, the schemas, the rule
 * catalogue and the current check of the sample content. With --check, exits 1 when the file is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fieldTable } from './guide/schema-fields.ts';
import { TABLE_KINDS } from '../src/table-kinds/registry.ts';
import { site, department, glossaryFile } from '../src/schemas/site.ts';
import { frontMatter } from '../src/schemas/disclosure.ts';
import { tablesFile } from '../src/schemas/tables.ts';
import { performanceFile } from '../src/schemas/performance.ts';
import { RULES } from '../src/validation/rule-catalogue.ts';
import { factTable } from './guide/fact-places.ts';
import { ruleExamples } from './guide/rule-examples.ts';
import { checkedContent } from './guide/checked.ts';
import { countFindings } from '../src/validation/format-findings.ts';
import type { Finding } from '../src/validation/finding.ts';

export function renderGuide(contentRoot: string): string {
  const template = readFileSync(resolve('scripts/guide/template.md'), 'utf8');
  const examples = ruleExamples(resolve('tests/fixtures'));
  const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
  const rules = [
    '| 规则编号 | 级别 | 含义 | 检查结果示例（取自测试用例） |', '| --- | --- | --- | --- |',
    ...RULES.map((rule) => `| \`${rule.id}\` | ${rule.severity === 'error' ? '错误' : '提示'} | ${cell(rule.zh)} | ${cell(examples.get(rule.id) ?? '（由程序测试生成，见 tests/unit）')} |`),
  ].join('\n');
  const facts = factTable([contentRoot, resolve('tests/fixtures/base')]);
  const fields: Record<string, string> = {
    site: fieldTable(site), department: fieldTable(department), glossary: fieldTable(glossaryFile),
    'front-matter': fieldTable(frontMatter), tables: fieldTable(tablesFile), performance: fieldTable(performanceFile),
  };
  const standard = (kind: (typeof TABLE_KINDS)[number]) => [kind.standard?.budget ? '预算' : '', kind.standard?.final ? '决算' : ''].filter(Boolean).join('、') || '—';
  const tableNames = ['| tables.yaml 中的名称 | 预算公开中的表名 | 决算公开中的表名 | 国家模板的标准表 |', '| --- | --- | --- | --- |',
    ...TABLE_KINDS.map((kind) => `| \`${kind.key}\` | ${kind.label.budget} | ${kind.label.final} | ${standard(kind)} |`)].join('\n');
  return template
    .replace('<!-- rules -->', rules)
    .replace('<!-- table-names -->', tableNames)
    .replace('<!-- facts -->', facts)
    .replace(/<!-- fields:([a-z-]+) -->/g, (_, key: string) => fields[key] ?? '')
    .replace('<!-- sample-report -->', sampleReport(contentRoot));
}

/** Per disclosure: counts, then every acknowledged finding and every warning, grouped by rule. */
function sampleReport(contentRoot: string): string {
  const { findings, content } = checkedContent(contentRoot);
  const root = resolve(contentRoot);
  const lines: string[] = [];
  for (const disclosure of content.disclosures) {
    const own = findings.filter((finding) => resolve(finding.file).startsWith(resolve(disclosure.dir) + '/'));
    const counts = countFindings(own);
    const meta = disclosure.index?.data;
    lines.push(`### ${disclosure.year}/${disclosure.department}/${disclosure.stage}：${meta?.title ?? ''}`, '');
    lines.push(`来源：${meta?.source.document ?? ''}${meta?.source.sha256 ? `（SHA-256 \`${meta.source.sha256.slice(0, 16)}…\`）` : ''}。`);
    lines.push(`检查结果：错误 ${counts.errors} 项，已确认 ${counts.acknowledged} 项，提示 ${counts.warnings} 项。`, '');
    const acknowledged = own.filter((f) => f.acknowledged);
    if (acknowledged.length) {
      lines.push('已确认的原文差错（公开为数据说明）：', '');
      for (const finding of acknowledged) lines.push(`- \`${finding.rule}\` ${relativeTo(root, finding)}：${finding.acknowledged!.explanation}`);
      lines.push('');
    }
    const warnings = own.filter((f) => f.severity === 'warning');
    if (warnings.length) {
      lines.push('提示：', '');
      const byRule = new Map<string, Finding[]>();
      for (const warning of warnings) byRule.set(warning.rule, [...(byRule.get(warning.rule) ?? []), warning]);
      for (const [rule, list] of byRule) {
        lines.push(`- \`${rule}\`（${list.length} 项）：${list.slice(0, 3).map((f) => f.message).join('；')}${list.length > 3 ? '；……' : ''}`);
      }
      lines.push('');
    }
  }
  return lines.join('\n').trimEnd();
}

function relativeTo(root: string, finding: Finding): string {
  const file = resolve(finding.file).slice(root.length + 1);
  return `${file}:${finding.line} ${finding.path}`;
}

if (import.meta.main) {
  const output = resolve('content/README.md');
  const guide = renderGuide('content') + '\n';
  if (process.argv.includes('--check')) {
    const current = (() => { try { return readFileSync(output, 'utf8'); } catch { return ''; } })();
    if (current !== guide) {
      process.stdout.write('content/README.md 已过时，请运行 npm run guide 重新生成。\n(content/README.md is out of date: run npm run guide)\n');
      process.exitCode = 1;
    }
  } else {
    writeFileSync(output, guide);
    process.stdout.write(`已生成 ${output}\n`);
  }
}
