/**
 * What cannot be stored as a fixture (folders in place of files, symbolic links, pipes, very large files) is made
 * here at run time in a copy of the base tree. Each case must end in a finding naming that file, while every other
 * file is still checked (a sum error planted in another file is still reported), and nothing outside the content
 * folder is ever read.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BASE_BUDGET, BASE_FINAL, REPO_ROOT, baseWith, dump, makeTempDir, replaceOnce, runCheck, type LocatedFinding, type TempTree } from '../../helpers/content.ts';
import { MAX_FILE_BYTES } from '../../../src/validation/content-file.ts';

const cleanups: Array<() => void> = [];
afterAll(() => cleanups.forEach((cleanup) => cleanup()));
const keep = <T extends TempTree>(tree: T): T => {
  cleanups.push(tree.cleanup);
  return tree;
};

/** The base tree with a sum error in the final's tables (which must still be reported), then `change` applied. */
function treeWith(change: (root: string) => void): TempTree {
  const tree = keep(baseWith({ [`${BASE_FINAL}/tables.yaml`]: replaceOnce('total: 13.00', 'total: 13.01') }));
  change(tree.root);
  return tree;
}

/** Findings of the check; the planted sum error must be among them (other files were still checked). */
function check(tree: TempTree): LocatedFinding[] {
  const { findings } = runCheck(tree.root);
  expect(findings.some((f) => f.contentFile === `${BASE_FINAL}/tables.yaml` && f.severity === 'error' && f.rule.startsWith('sum/')), dump(findings)).toBe(true);
  expect(findings.filter((f) => f.rule === 'internal/unexpected'), dump(findings)).toEqual([]);
  for (const finding of findings) {
    expect(finding.line, dump([finding])).toBeGreaterThanOrEqual(1);
    expect(finding.message, dump([finding])).toMatch(/[\u4e00-\u9fff]/);
  }
  return findings;
}

const TABLES = `${BASE_BUDGET}/tables.yaml`;
const replaceWith = (root: string, file: string, make: (path: string) => void) => {
  rmSync(join(root, file), { force: true });
  make(join(root, file));
};

describe('a file that cannot be read is a finding for that file; the others are checked', () => {
  it('a folder named tables.yaml', () => {
    const findings = check(treeWith((root) => replaceWith(root, TABLES, (path) => mkdirSync(path))));
    expect(findings.find((f) => f.contentFile === TABLES), dump(findings)).toMatchObject({ rule: 'file/unreadable', severity: 'error', line: 1, message: expect.stringContaining('文件夹') });
  });

  it('a folder named index.md, or named like a department file', () => {
    const findings = check(treeWith((root) => {
      replaceWith(root, `${BASE_BUDGET}/index.md`, (path) => mkdirSync(path));
      mkdirSync(join(root, 'departments/other-office.yaml'));
    }));
    expect(findings.find((f) => f.contentFile === `${BASE_BUDGET}/index.md`), dump(findings)).toMatchObject({ rule: 'file/unreadable' });
    expect(findings.find((f) => f.contentFile === 'departments/other-office.yaml'), dump(findings)).toMatchObject({ rule: 'file/unreadable' });
  });

  it('a symbolic link that points at itself, as a file and as a stage, department and year folder', () => {
    const findings = check(treeWith((root) => {
      replaceWith(root, TABLES, (path) => symlinkSync(path, path));
      const loops = ['disclosures/2024/demo-county-office/final', 'disclosures/2024/looped-office', 'disclosures/2022'];
      for (const loop of loops) symlinkSync(join(root, loop), join(root, loop));
    }));
    for (const file of [TABLES, 'disclosures/2024/demo-county-office/final', 'disclosures/2024/looped-office', 'disclosures/2022']) {
      expect(findings.find((f) => f.contentFile === file), `${file}\n${dump(findings)}`).toMatchObject({ rule: 'file/unreadable', message: expect.stringContaining('循环') });
    }
  });

  it('a link to nothing', () => {
    const findings = check(treeWith((root) => replaceWith(root, TABLES, (path) => symlinkSync(join(root, 'no-such-file.yaml'), path))));
    expect(findings.find((f) => f.contentFile === TABLES), dump(findings)).toMatchObject({ rule: 'file/unreadable', message: expect.stringContaining('不存在') });
  });

  it('a named pipe does not make the check wait', () => {
    const findings = check(treeWith((root) => replaceWith(root, TABLES, (path) => {
      const made = spawnSync('mkfifo', [path]);
      expect(made.status, String(made.stderr)).toBe(0);
    })));
    expect(findings.find((f) => f.contentFile === TABLES), dump(findings)).toMatchObject({ rule: 'file/unreadable', message: expect.stringContaining('不是普通文件') });
  });

  it('a file larger than the limit is not parsed', () => {
    const findings = check(treeWith((root) => {
      const path = join(root, TABLES);
      const text = readFileSync(path, 'utf8');
      writeFileSync(path, text + `# ${'x'.repeat(MAX_FILE_BYTES)}\n`);
    }));
    expect(findings.find((f) => f.contentFile === TABLES), dump(findings)).toMatchObject({ rule: 'file/too-large', message: expect.stringContaining('2 MB') });
  });
});

describe('symbolic links', () => {
  const outside = keep(makeTempDir('budget-outside-'));
  const SECRET = 'outside-secret-3f9c';
  writeFileSync(join(outside.root, 'secret.yaml'), `unit: ${SECRET}\n`);
  mkdirSync(join(outside.root, 'budget'));
  writeFileSync(join(outside.root, 'budget/index.md'), `---\ntitle: ${SECRET}\n---\n`);

  it('a file or folder linked from outside the content folder is refused and never read', () => {
    const findings = check(treeWith((root) => {
      replaceWith(root, TABLES, (path) => symlinkSync(join(outside.root, 'secret.yaml'), path));
      replaceWith(root, 'glossary.yaml', (path) => symlinkSync(join(outside.root, 'secret.yaml'), path));
      mkdirSync(join(root, 'disclosures/2025/demo-county-office'), { recursive: true });
      symlinkSync(join(outside.root, 'budget'), join(root, 'disclosures/2025/demo-county-office/budget'));
    }));
    for (const file of [TABLES, 'glossary.yaml', 'disclosures/2025/demo-county-office/budget']) {
      expect(findings.find((f) => f.contentFile === file), `${file}\n${dump(findings)}`).toMatchObject({ rule: 'file/outside-content', severity: 'error' });
    }
    expect(dump(findings)).not.toContain(SECRET);
  });

  it('the disclosures or departments folder linked from outside is refused and never read', () => {
    const tree = treeWith(() => {});
    const copy = keep(makeTempDir('budget-outside-copy-'));
    for (const folder of ['disclosures', 'departments']) {
      renameSync(join(tree.root, folder), join(copy.root, folder));
      symlinkSync(join(copy.root, folder), join(tree.root, folder));
    }
    writeFileSync(join(copy.root, 'departments/demo-county-office.yaml'), `name: ${SECRET}\n`);
    const { findings } = runCheck(tree.root);
    for (const folder of ['disclosures', 'departments']) {
      expect(findings.find((f) => f.contentFile === folder), `${folder}\n${dump(findings)}`).toMatchObject({ rule: 'file/outside-content' });
    }
    expect(findings.filter((f) => f.contentFile.startsWith('disclosures/') || f.contentFile.startsWith('departments/')), dump(findings)).toEqual([]);
    expect(dump(findings)).not.toContain(SECRET);
  });

  it('a link that leads out through a relative path is refused too', () => {
    const findings = check(treeWith((root) => replaceWith(root, TABLES, (path) => symlinkSync('../../../../../../../../../../../../etc/hostname', path))));
    expect(findings.find((f) => f.contentFile === TABLES), dump(findings)).toMatchObject({ rule: 'file/outside-content' });
  });

  it('a linked disclosure folder inside the content folder is followed and checked, never skipped', () => {
    const tree = treeWith((root) => {
      mkdirSync(join(root, 'disclosures/2025/demo-county-office'), { recursive: true });
      symlinkSync(join(root, BASE_BUDGET), join(root, 'disclosures/2025/demo-county-office/budget'));
    });
    const findings = check(tree);
    const { result } = runCheck(tree.root);
    expect(result.content.disclosures.map((d) => `${d.year}/${d.stage}`)).toContain('2025/budget');
    // Its front matter says 2024: the copy is caught like any copied folder.
    expect(findings.find((f) => f.contentFile === 'disclosures/2025/demo-county-office/budget/index.md'), dump(findings)).toMatchObject({ rule: 'meta/path-mismatch' });
  });

  it('a linked file inside the content folder is read', () => {
    const tree = treeWith((root) => {
      const department = join(root, 'departments/demo-county-office.yaml');
      writeFileSync(join(root, 'registry-copy.yaml'), readFileSync(department));
      rmSync(department);
      symlinkSync('../registry-copy.yaml', department);
    });
    const findings = check(tree);
    expect(findings.filter((f) => f.contentFile.startsWith('departments/')), dump(findings)).toEqual([]);
  });
});

describe('npm run check', () => {
  it('exits 1 (not 2) with every finding when files cannot be read', () => {
    const tree = treeWith((root) => {
      replaceWith(root, TABLES, (path) => mkdirSync(path));
      replaceWith(root, `${BASE_FINAL}/performance.yaml`, (path) => symlinkSync(path, path));
      replaceWith(root, 'glossary.yaml', (path) => symlinkSync('/etc/passwd', path));
    });
    const child = spawnSync(process.execPath, ['scripts/check.ts', '--content', tree.root, '--no-cache'], { cwd: REPO_ROOT, encoding: 'utf8', timeout: 120_000 });
    expect(child.status, child.stdout + child.stderr).toBe(1);
    expect(child.stdout).not.toContain('internal/unexpected');
    expect(child.stdout).not.toContain('root:');
    for (const [file, rule] of [['budget/tables.yaml', 'file/unreadable'], ['final/performance.yaml', 'file/unreadable'], ['glossary.yaml', 'file/outside-content'], ['final/tables.yaml', 'sum/']]) {
      expect(child.stdout.split('\n').some((line) => line.includes(`${file}:`) && line.includes(`  ${rule}`)), `${file} ${rule}\n${child.stdout}`).toBe(true);
    }
  });
});
