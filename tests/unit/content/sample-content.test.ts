/**
 * The sample content (content/) must pass check, and its acknowledged findings must be exactly the ones its
 * index.md files acknowledge: every acknowledgement matched, none stale, nothing acknowledged by accident. The
 * front matter is read here with the `yaml` package, independently of the checker, and no count is hard-coded.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, SAMPLE_CONTENT, dump, isDirectory, runCheck } from '../../helpers/content.ts';

interface DeclaredAcknowledgement {
  readonly disclosure: string;
  readonly rule: string;
  readonly path: string;
  readonly file?: string;
}

function declaredAcknowledgements(): DeclaredAcknowledgement[] {
  const out: DeclaredAcknowledgement[] = [];
  const root = join(SAMPLE_CONTENT, 'disclosures');
  for (const year of readdirSync(root).sort()) {
    for (const department of isDirectory(join(root, year)) ? readdirSync(join(root, year)).sort() : []) {
      for (const stage of isDirectory(join(root, year, department)) ? readdirSync(join(root, year, department)).sort() : []) {
        const disclosure = `disclosures/${year}/${department}/${stage}`;
        const text = readFileSync(join(SAMPLE_CONTENT, disclosure, 'index.md'), 'utf8');
        const frontMatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1];
        expect(frontMatter, `${disclosure}/index.md has front matter`).toBeDefined();
        const meta = parse(frontMatter!) as { acknowledgements?: Array<{ rule: string; path: string; file?: string }> };
        for (const ack of meta.acknowledgements ?? []) {
          out.push({ disclosure, rule: ack.rule, path: ack.path, ...(ack.file ? { file: ack.file } : {}) });
        }
      }
    }
  }
  return out;
}

const disclosureOf = (contentFile: string) => contentFile.split('/').slice(0, 4).join('/');
const entry = (disclosure: string, rule: string, path: string) => `${disclosure} ${rule} ${path}`;

describe('sample content', () => {
  const run = runCheck(SAMPLE_CONTENT);

  it('has no blocking error', () => {
    expect(run.blocking, dump(run.blocking)).toEqual([]);
    expect(run.findings.filter((finding) => finding.rule === 'internal/unexpected')).toEqual([]);
  });

  it('npm run check exits 0 on it', () => {
    const child = spawnSync(process.execPath, ['scripts/check.ts', '--content', SAMPLE_CONTENT], { cwd: REPO_ROOT, encoding: 'utf8' });
    expect(child.status, child.stdout + child.stderr).toBe(0);
    expect(child.stdout).toContain('检查通过');
  });

  it('every acknowledgement in the three index.md files matches a finding, and nothing else is acknowledged', () => {
    const declared = declaredAcknowledgements();
    const acknowledged = run.findings.filter((finding) => finding.acknowledged);
    const declaredSet = new Set(declared.map((ack) => entry(ack.disclosure, ack.rule, ack.path)));
    const acknowledgedSet = new Set(acknowledged.map((finding) => entry(disclosureOf(finding.contentFile), finding.rule, finding.path)));
    expect([...acknowledgedSet].sort()).toEqual([...declaredSet].sort());
    expect(run.findings.filter((finding) => finding.rule === 'ack/unmatched'), dump(run.findings)).toEqual([]);
  });

  it('an acknowledgement that names a file is matched in that file', () => {
    for (const ack of declaredAcknowledgements().filter((a) => a.file)) {
      const matches = run.findings.filter((finding) => finding.acknowledged && finding.rule === ack.rule && finding.path === ack.path
        && finding.contentFile === `${ack.disclosure}/${ack.file}`);
      expect(matches.length, `${ack.disclosure} ${ack.rule} ${ack.file} ${ack.path}`).toBeGreaterThan(0);
    }
  });

  it('acknowledged findings keep the explanation that will be published as a data note', () => {
    for (const finding of run.findings.filter((f) => f.acknowledged)) {
      expect(finding.acknowledged!.explanation.length, `${finding.contentFile}:${finding.line}`).toBeGreaterThan(0);
      expect(finding.severity).toBe('error');
    }
  });
});
