/**
 * npm run portal -- --list portal.yaml [--out dist-portal]
 *
 * Builds a provincial portal from a list of sites (names, regions, addresses; see src/schemas/portal.ts), never from
 * their content: its search reads each site's published index in the reader's browser, so a site that rebuilds and
 * republishes is searched as it now is, and the portal is rebuilt only when the list changes.
 * 1. Checks the list. On any error: prints every finding, writes nothing, exits 1.
 * 2. Builds the portal (portal/, an Astro project sharing src/) and its own small index (one page per site) into a
 *    folder of its own and publishes it as a site build is published (scripts/publish.ts): the previous portal stays
 *    in place until then, and stays if the build fails.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkPortalList } from '../src/validation/portal-list.ts';
import { formatFinding } from '../src/validation/format-findings.ts';
import { portalSearchPages, sharePortalList } from '../src/data/portal-data.ts';
import { buildSearchIndex } from './search-index.ts';
import { discardBuild, publishBuild, startBuild } from './publish.ts';
import { astroOutDir } from './astro-out-dir.ts';

const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function argument(argv: string[], name: string, fallback: string): string {
  const index = argv.indexOf(name);
  return index >= 0 && argv[index + 1] ? argv[index + 1]! : fallback;
}

async function main(argv: string[]): Promise<number> {
  const listFile = argument(argv, '--list', 'portal.yaml');
  const outDir = resolve(argument(argv, '--out', 'dist-portal'));
  const started = performance.now();
  const folders = startBuild(outDir);
  const { list, findings } = checkPortalList(listFile);
  if (!list) {
    for (const finding of findings) process.stdout.write(formatFinding(finding) + '\n');
    process.stdout.write(`\n站点列表有 ${findings.length} 处错误，门户未构建，未写入任何文件（${outDir} 保持不变）。\n(${findings.length} errors in the list of sites; nothing was written.)\n`);
    return 1;
  }
  sharePortalList(list);
  try {
    const { build } = await import('astro');
    const astroOut = astroOutDir(folders.site, folders.id);
    try {
      await build({ root: resolve(PROJECT_ROOT, 'portal'), outDir: astroOut.path, logLevel: process.env.BUDGET_BUILD_QUIET ? 'error' : 'warn' });
      astroOut.finish();
    } finally {
      astroOut.release();
    }
    const indexed = await buildSearchIndex(folders.site, portalSearchPages(list), [{ path: '', years: [], siteWide: true }]);
    if (indexed.errors.length) throw new Error(`搜索索引失败（Pagefind）：${indexed.errors.join('；')}`);
  } catch (error) {
    discardBuild(folders);
    process.stdout.write(`门户构建失败，${outDir} 保持不变：${error instanceof Error ? error.message : String(error)}\n(Portal build failed; previous output left untouched.)\n`);
    return 1;
  }
  publishBuild(folders);
  process.stdout.write(`已生成门户：${outDir}（${list.sites.length} 个公开平台，用时 ${((performance.now() - started) / 1000).toFixed(2)} s）\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (error) => {
    process.stdout.write(`internal/unexpected  门户构建程序意外失败：${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
