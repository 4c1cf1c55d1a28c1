/**
 * The whole-site data package of the sample content, written as the build writes it: datapackage.json valid against
 * the official Tabular Data Package and Table Schema profiles, every CSV valid against its Table Schema, the licence
 * from site.yaml, each resource the stack of the per-disclosure downloads, and the ZIP holding the same files.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSiteData } from '../../../src/data/site-data.ts';
import { checkContent } from '../../../src/validation/check-content.ts';
import { disclosureDownloads } from '../../../src/data/downloads.ts';
import { tableToCsv } from '../../../src/data/csv.ts';
import { DATA_PACKAGE_DESCRIPTOR, DATA_PACKAGE_DIR, DATA_PACKAGE_ZIP } from '../../../src/data/data-package.ts';
import { writeDataPackage } from '../../../scripts/write-data-package.ts';
import { csvProblems, csvRecords, descriptorProblems, type PackageDescriptor } from '../../helpers/frictionless.ts';
import { makeTempDir, SAMPLE_CONTENT } from '../../helpers/content.ts';

const temp = makeTempDir('budget-package-');
afterAll(() => temp.cleanup());

describe('the data package of the sample content', () => {
  const data = buildSiteData(checkContent(SAMPLE_CONTENT));
  const written = writeDataPackage(temp.root, data);
  const dir = join(temp.root, DATA_PACKAGE_DIR);
  const descriptor = JSON.parse(readFileSync(join(dir, DATA_PACKAGE_DESCRIPTOR), 'utf8')) as PackageDescriptor & { resources: Array<{ name: string; path: string; schema: { fields: Array<{ name: string; type: string; columnType?: string }> } }> };
  const csv = (path: string) => readFileSync(join(dir, path), 'utf8');

  it('is a valid Tabular Data Package, each schema a valid Table Schema', () => {
    expect(descriptorProblems(descriptor)).toEqual([]);
    expect(descriptor.resources.length).toBe(written.resources);
    expect(descriptor.resources.length).toBeGreaterThan(10);
  });

  it('has every CSV valid against its Table Schema', () => {
    const problems = descriptor.resources.flatMap((resource) => csvProblems(resource, csv(resource.path)));
    expect(problems).toEqual([]);
  });

  it('states the licence site.yaml gives, pointing at the open-data page', () => {
    expect(descriptor.licenses).toEqual([{ path: 'https://budget.example.gov.cn/data/#licence', title: data.site.licence }]);
  });

  it('stacks the per-disclosure downloads: each resource has exactly their rows', () => {
    const resource = descriptor.resources.find((r) => r.name === 'budget-general_budget_expenditure')!;
    const records = csvRecords(csv(resource.path));
    const shizhu = data.disclosures.find((d) => d.id === '2023-shizhu-organization-budget')!;
    const own = disclosureDownloads(shizhu).find((download) => download.key === 'general_budget_expenditure')!;
    const ownRecords = csvRecords(tableToCsv(own.table()));
    expect(records).toEqual(ownRecords);
    expect(records.length).toBeGreaterThan(5);
    // Codes of this table are functional classification (支出功能分类), mapped as such for the Fiscal Data Package.
    expect(resource.schema.fields.find((f) => f.name === '科目编码')?.columnType).toBe('functional-classification:generic:code');
    expect(resource.schema.fields.find((f) => f.name === '合计')).toMatchObject({ type: 'number', columnType: 'value' });
    const basic = descriptor.resources.find((r) => r.name === 'budget-general_budget_basic_expenditure')!;
    expect(basic.schema.fields.find((f) => f.name === '科目编码')?.columnType).toBe('economic-classification:generic:code');
  });

  it('puts the projects of every disclosure in one indicators resource per stage, labels on every row', () => {
    const records = csvRecords(csv('final-projects-indicators.csv'));
    const jingyan = data.disclosures.find((d) => d.id === '2021-jingyan-organization-final')!;
    const indicators = jingyan.projects.flatMap((p) => p.project.indicators.map((i) => [p.project.id, i.level1 ?? '', i.level2 ?? '', i.name ?? '']));
    expect(records.map((r) => [r['项目标识'], r['一级指标'], r['二级指标'], r['三级指标']])).toEqual(indicators);
    expect(records.every((r) => r['部门标识'] === 'jingyan-organization' && r['年度'] === '2021' && r['阶段'] === '决算')).toBe(true);
  });

  it('ships the same files as one ZIP that unzip accepts', () => {
    expect(execFileSync('unzip', ['-t', join(dir, DATA_PACKAGE_ZIP)], { encoding: 'utf8' })).toMatch(/No errors detected/);
    const names = execFileSync('unzip', ['-Z1', join(dir, DATA_PACKAGE_ZIP)], { encoding: 'utf8' }).trim().split('\n').sort();
    expect(names).toEqual(readdirSync(dir).filter((name) => name !== DATA_PACKAGE_ZIP).sort());
    for (const name of names) expect(execFileSync('unzip', ['-p', join(dir, DATA_PACKAGE_ZIP), name]).equals(readFileSync(join(dir, name))), name).toBe(true);
  });
});

describe('the validators can fail', () => {
  it('reject a descriptor without resources and a schema with an unknown type', () => {
    expect(descriptorProblems({ profile: 'tabular-data-package', name: 'x' }).length).toBeGreaterThan(0);
    expect(descriptorProblems({ profile: 'tabular-data-package', name: 'x', resources: [{ profile: 'tabular-data-resource', name: 'r', path: 'r.csv', schema: { fields: [{ name: 'a', type: 'money' }] } }] }).length).toBeGreaterThan(0);
  });
  it('reject a CSV whose header, types or constraints do not match', () => {
    const resource = { name: 'r', path: 'r.csv', schema: { fields: [
      { name: '年度', type: 'integer', constraints: { required: true } }, { name: '合计', type: 'number' }, { name: '合计行', type: 'boolean', trueValues: ['是'], falseValues: ['否'] },
      { name: '级次', type: 'string', constraints: { enum: ['类', '款', '项'] } },
    ], missingValues: [''] } };
    expect(csvProblems(resource, '年度,合计,合计行,级次\r\n2023,1.5,是,类\r\n')).toEqual([]);
    expect(csvProblems(resource, '年度,金额,合计行,级次\r\n')).toHaveLength(1);
    expect(csvProblems(resource, '年度,合计,合计行,级次\r\n,1,5,目\r\n二〇二三,1,是,类\r\n2023,1.5万,是,类\r\n')).toEqual([
      'r row 2 年度: required but missing', 'r row 2 合计行: “5” is not one of the boolean values', 'r row 2 级次: “目” not in ["类","款","项"]',
      'r row 3 年度: “二〇二三” is not an integer', 'r row 4 合计: “1.5万” is not a number',
    ]);
  });
});
