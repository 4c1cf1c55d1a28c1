/**
 * Failures a test tree cannot produce on every machine (the tests may run as root, who reads any file) are made by
 * the file system module: permission denied on one file, and an unexpected exception while one file is read. Each
 * is a finding for that file; the other files are still checked.
 */
import { afterAll, describe, expect, it, vi } from 'vitest';
import { BASE_BUDGET, BASE_FINAL, baseWith, dump, replaceOnce, runCheck, type TempTree } from '../../helpers/content.ts';

/** Paths (ending) whose opening fails, and how. */
const failures = new Map<string, () => never>();

vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const openSync = ((path: Parameters<typeof fs.openSync>[0], ...rest: unknown[]) => {
    for (const [ending, fail] of failures) if (String(path).endsWith(ending)) fail();
    return (fs.openSync as (...args: unknown[]) => number)(path, ...rest);
  }) as typeof fs.openSync;
  return { ...fs, default: { ...fs, openSync }, openSync };
});

const cleanups: Array<() => void> = [];
afterAll(() => cleanups.forEach((cleanup) => cleanup()));

function checkWith(ending: string, fail: () => never) {
  // A sum error in another file, which must still be reported.
  const tree: TempTree = baseWith({ [`${BASE_FINAL}/tables.yaml`]: replaceOnce('total: 13.00', 'total: 13.01') });
  cleanups.push(tree.cleanup);
  failures.clear();
  failures.set(ending, fail);
  try {
    const { findings } = runCheck(tree.root);
    expect(findings.some((f) => f.contentFile === `${BASE_FINAL}/tables.yaml` && f.rule.startsWith('sum/')), dump(findings)).toBe(true);
    return findings;
  } finally {
    failures.clear();
  }
}

const errno = (code: string) => (): never => {
  throw Object.assign(new Error(`${code}: simulated`), { code });
};

describe('files the check may not read', () => {
  it('permission denied is a finding for that file', () => {
    const findings = checkWith(`${BASE_BUDGET}/tables.yaml`, errno('EACCES'));
    expect(findings.find((f) => f.contentFile === `${BASE_BUDGET}/tables.yaml`), dump(findings)).toMatchObject({
      rule: 'file/unreadable', severity: 'error', line: 1, message: expect.stringContaining('权限'),
    });
  });

  it('permission denied on site.yaml is reported, not taken for a missing file', () => {
    const findings = checkWith('site.yaml', errno('EPERM'));
    expect(findings.find((f) => f.contentFile === 'site.yaml'), dump(findings)).toMatchObject({ rule: 'file/unreadable' });
    expect(findings.some((f) => f.rule === 'layout/missing-file'), dump(findings)).toBe(false);
  });

  it('an unexpected failure while one file is read is a finding for that file, with the cause in English', () => {
    const findings = checkWith(`${BASE_BUDGET}/index.md`, () => { throw new TypeError('simulated bug'); });
    const finding = findings.find((f) => f.contentFile === `${BASE_BUDGET}/index.md`);
    expect(finding, dump(findings)).toMatchObject({ rule: 'internal/unexpected', severity: 'error', line: 1 });
    expect(finding!.message).toMatch(/[\u4e00-\u9fff]/);
    expect(finding!.message).not.toContain('simulated');
    expect(finding!.messageEn).toContain('simulated bug');
  });
});
