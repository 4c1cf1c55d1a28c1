/**
 * A minimal Astro project used as the yardstick: the same number of pages, each with the same blocks as the
 * generated disclosure (narrative, standard tables, department-wide performance, one block per project) and in
 * each block the same number of paragraphs (of the same lengths) and tables (same rows and columns), rendered
 * from text and figures made in memory: no content files, no validation, no downloads.
 * Built with the publisher's own installed Astro (node_modules is a symlink to the project's).
 */
import { mkdirSync, symlinkSync, writeFileSync, copyFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { PageShape } from './generate.ts';

/**
 * Writes the project. `scale` multiplies paragraph lengths and table rows, so the pages can be calibrated to the
 * same HTML size as the publisher's disclosure pages (whose markup per row is richer than this yardstick's).
 */
export function writeBareAstroProject(dir: string, projectRoot: string, pages: readonly PageShape[], scale = 1): void {
  mkdirSync(join(dir, 'src', 'pages'), { recursive: true });
  mkdirSync(join(dir, 'src', 'layouts'), { recursive: true });
  mkdirSync(join(dir, 'src', 'data'), { recursive: true });
  mkdirSync(join(dir, 'src', 'styles'), { recursive: true });
  if (!existsSync(join(dir, 'node_modules'))) symlinkSync(join(projectRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'bare-astro-bench', private: true, type: 'module' }, null, 2) + '\n');
  writeFileSync(join(dir, 'astro.config.mjs'), `// Bare Astro yardstick for scripts/bench.ts (generated).
import { defineConfig } from 'astro/config';
export default defineConfig({
  output: 'static',
  site: 'https://budget.example.gov.cn/',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  compressHTML: true,
  devToolbar: { enabled: false },
  cacheDir: './.astro-cache',
  vite: { cacheDir: './.vite-cache', logLevel: 'error' },
});
`);
  const styles = join(projectRoot, 'src', 'styles', 'global.css');
  if (existsSync(styles)) copyFileSync(styles, join(dir, 'src', 'styles', 'global.css'));
  else writeFileSync(join(dir, 'src', 'styles', 'global.css'), 'body { margin: 0 auto; max-width: 72rem; }\n');
  // Shapes only (a few numbers per page); all text and figures are made in memory at build time.
  writeFileSync(join(dir, 'src', 'data', 'shapes.json'), JSON.stringify({ scale, pages: pages.map((p) => [p.url, p.title, p.blocks.map((b) => [b.paragraphs, b.tables])]) }));
  writeFileSync(join(dir, 'src', 'data', 'pages.ts'), `import shapes from './shapes.json';

type Shape = [string, string, Array<[number[], Array<[number, number]>]>];
const CORPUS = '坚持以习近平新时代中国特色社会主义思想为指导全面贯彻党的二十大精神认真落实决策部署严格执行预算管理制度坚持厉行节约勤俭办事从严控制一般性支出把有限的资金用在刀刃上进一步健全内部控制制度规范资金审批流程确保财政资金使用安全规范有效围绕中心服务大局统筹推进各项重点工作切实提升履职能力和服务水平加强预算绩效管理做到预算编制有目标执行有监控完成有评价结果有应用。';

function text(length: number, seed: number): string {
  let out = '';
  let offset = seed % CORPUS.length;
  while (out.length < length) {
    const take = Math.min(length - out.length, CORPUS.length - offset);
    out += CORPUS.slice(offset, offset + take);
    offset = 0;
  }
  return out;
}

/** A figure such as 1,234.56 (formatted by hand: toLocaleString would build an Intl formatter per call). */
function amount(seed: number): string {
  const value = ((seed * 2654435761) >>> 0) % 100000000;
  const whole = String(Math.floor(value / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return whole + '.' + String(value % 100).padStart(2, '0');
}

export interface BareTable { caption: string; headers: string[]; rows: Array<{ code: string; name: string; cells: string[] }> }
export interface BareBlock { heading: string; paragraphs: string[]; tables: BareTable[] }
export interface BarePage { slug: string; title: string; blocks: BareBlock[] }

let cached: BarePage[] | undefined;
export function getPages(): BarePage[] {
  const scale = (shapes as { scale: number }).scale;
  cached ??= ((shapes as { pages: Shape[] }).pages).map(([slug, title, blocks], p) => ({
    slug,
    title,
    blocks: blocks.map(([paragraphs, tables], b) => ({
      heading: text(8 + (b % 6), p + b),
      paragraphs: paragraphs.map((length, i) => text(Math.round(length * scale), p * 31 + b * 17 + i * 7)),
      tables: tables.map(([rows, columns], t) => ({
        caption: '表' + (b + 1) + '-' + (t + 1) + ' ' + text(12, p + t),
        headers: Array.from({ length: columns }, (_, c) => text(4, c * 13 + t)),
        rows: Array.from({ length: Math.max(0, Math.round((rows - 1) * scale)) }, (_, r) => ({
          code: String(201 + ((r * 7) % 30)) + String(r % 100).padStart(2, '0'),
          name: text(6 + (r % 8), r + t),
          cells: Array.from({ length: Math.max(0, columns - 2) }, (_, c) => amount(p * 1000003 + b * 100003 + t * 10007 + r * 101 + c)),
        })),
      })),
    })),
  }));
  return cached;
}
`);
  writeFileSync(join(dir, 'src', 'layouts', 'Layout.astro'), `---
import '../styles/global.css';
interface Props { title: string }
const { title } = Astro.props;
---
<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>{title} - 部门预算决算公开平台（基准测试）</title>
    <meta name="description" content="基准测试" />
  </head>
  <body>
    <a class="skip-link" href="#main">跳到正文</a>
    <header class="site-header"><a href="/">部门预算决算公开平台（基准测试）</a></header>
    <main id="main"><slot /></main>
    <footer class="site-footer"><p>预算公开基准测试编辑部</p></footer>
  </body>
</html>
`);
  writeFileSync(join(dir, 'src', 'pages', 'index.astro'), `---
import Layout from '../layouts/Layout.astro';
import { getPages } from '../data/pages.ts';
const pages = getPages();
---
<Layout title="首页">
  <h1>部门预算决算公开平台（基准测试）</h1>
  <ul>{pages.map((page) => <li><a href={'/' + page.slug + '/'}>{page.title}</a></li>)}</ul>
</Layout>
`);
  writeFileSync(join(dir, 'src', 'pages', '[...slug].astro'), `---
import Layout from '../layouts/Layout.astro';
import { getPages, type BarePage } from '../data/pages.ts';
export function getStaticPaths() {
  return getPages().map((page) => ({ params: { slug: page.slug }, props: { page } }));
}
const { page } = Astro.props as { page: BarePage };
---
<Layout title={page.title}>
  <h1>{page.title}</h1>
  {page.blocks.map((block) => (
    <section>
      <h2>{block.heading}</h2>
      {block.paragraphs.map((paragraph) => <p>{paragraph}</p>)}
      {block.tables.map((table) => (
        <div class="table-scroll"><table>
          <caption>{table.caption}</caption>
          <thead><tr>{table.headers.map((header) => <th scope="col">{header}</th>)}</tr></thead>
          <tbody>{table.rows.map((row) => <tr><td>{row.code}</td><th scope="row">{row.name}</th>{row.cells.map((cell) => <td class="num">{cell}</td>)}</tr>)}</tbody>
        </table></div>
      ))}
    </section>
  ))}
</Layout>
`);
}
