/**
 * npm run preview [-- --port 4322] [-- --host 127.0.0.1] [-- --content DIR]
 * The site as editors are writing it, served by astro dev: each page is rendered when it is requested, from the
 * content as it is now. Every change under the content folder runs the check again (only what changed is re-read)
 * and reloads the open pages; each disclosure page shows its findings (file:line and the Chinese message) in a
 * panel, and /_preview/findings/ lists the whole site's. Pages with errors are shown too: the build would stop.
 * Nothing of the preview reaches a build (src/preview/preview-findings.ts). Stop with Ctrl+C.
 */
import { createReadStream, statSync, watch } from 'node:fs';
import { relative, resolve } from 'node:path';
import type { AstroIntegration } from 'astro';
import { checkContent } from '../src/validation/check-content.ts';
import { countFindings } from '../src/validation/format-findings.ts';
import { shareCheckedContent } from '../src/data/checked-content.ts';
import { getSiteData, resetSiteData } from '../src/data/site-data.ts';
import { FINDINGS_PAGE, PREVIEW_ENV } from '../src/preview/preview-findings.ts';

function option(argv: readonly string[], name: string, fallback: string): string {
  const index = argv.indexOf(name);
  return index >= 0 && argv[index + 1] ? argv[index + 1]! : fallback;
}

const argv = process.argv.slice(2);
const contentRoot = resolve(option(argv, '--content', 'content'));
const port = Number(option(argv, '--port', '4322'));
const host = option(argv, '--host', '127.0.0.1');
process.env[PREVIEW_ENV] = '1';
process.env.BUDGET_CONTENT_DIR = contentRoot;

/** Checks the content and hands the result to the pages; returns a one-line summary. */
function check(): string {
  const started = performance.now();
  const result = checkContent(contentRoot);
  shareCheckedContent(result);
  resetSiteData();
  const counts = countFindings(result.findings);
  return `检查：错误 ${counts.errors} 项，提示 ${counts.warnings} 项（${Math.round(performance.now() - started)} ms）`;
}

process.stdout.write(`${check()}\n`);

/** Re-checks after content changes (a burst of saves is one check) and tells Astro and the open pages. */
const previewIntegration: AstroIntegration = {
  name: 'budget-preview',
  hooks: {
    'astro:config:setup': ({ injectRoute }) => {
      injectRoute({ pattern: FINDINGS_PAGE, entrypoint: new URL('../src/preview/FindingsPage.astro', import.meta.url), prerender: true });
    },
    'astro:server:setup': ({ server }) => {
      // The source documents, where a build publishes them (src/data/source-document.ts): the page's links work.
      server.middlewares.use((request, response, next) => {
        const path = decodeURIComponent((request.url ?? '').split('?')[0] ?? '');
        const view = /^\/\d{4}\/[^/]+\/(?:budget|final)\/source\/[^/]+$/.test(path)
          ? getSiteData().disclosures.find((d) => d.source.file?.output === path)?.source.file : undefined;
        if (!view) return next();
        response.setHeader('Content-Type', 'application/octet-stream');
        response.setHeader('Content-Length', String(statSync(view.path).size));
        createReadStream(view.path).pipe(response);
      });
      let timer: NodeJS.Timeout | undefined;
      const changed = (file: string) => {
        clearTimeout(timer);
        timer = setTimeout(() => {
          let summary: string;
          try {
            summary = check();
          } catch (error) {
            summary = `检查失败：${error instanceof Error ? error.message : String(error)}`;
          }
          process.stdout.write(`${relative(process.cwd(), file) || file} 已修改；${summary}\n`);
          for (const environment of Object.values(server.environments)) {
            if (environment.name !== 'client') environment.hot.send('astro:content-changed', {});
          }
          server.environments.client?.hot.send({ type: 'full-reload', path: '*' });
        }, 100);
      };
      const watcher = watch(contentRoot, { recursive: true }, (_event, name) => changed(resolve(contentRoot, String(name ?? ''))));
      server.httpServer?.once('close', () => watcher.close());
    },
  },
};

const { dev } = await import('astro');
const server = await dev({ root: process.cwd(), server: { host, port }, integrations: [previewIntegration], logLevel: 'warn' });
process.stdout.write(`预览已启动：http://${host}:${server.address.port}/  全站检查结果：http://${host}:${server.address.port}${FINDINGS_PAGE}
修改 ${relative(process.cwd(), contentRoot) || contentRoot} 中的文件，打开的页面会自动刷新。按 Ctrl+C 停止；端口被占用时用 npm run preview -- --port 4323。
`);
const stop = () => { void server.stop().then(() => process.exit(0)); };
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
