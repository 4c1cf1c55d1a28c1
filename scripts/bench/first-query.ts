/**
 * Search figures of a built site: the size of the Pagefind index, and the bytes a reader's first query transfers,
 * measured in Chromium (Debian's, through playwright-core) against the built site served on 127.0.0.1.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { extname, join } from 'node:path';
import { chromium } from 'playwright-core';

export interface SearchFigures {
  readonly indexFiles: number;
  readonly indexMB: number;
  /** Opening the search page: HTML, CSS, scripts, and Pagefind's start-up (script, WebAssembly, metadata, filters). */
  readonly pageLoad?: { readonly bytes: number; readonly requests: number };
  readonly firstQuery: { readonly query: string; readonly bytes: number; readonly requests: number; readonly results: number } | undefined;
  readonly error?: string;
}

function sizeOf(dir: string): { files: number; bytes: number } {
  let files = 0, bytes = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) { const inner = sizeOf(path); files += inner.files; bytes += inner.bytes; }
    else { files++; bytes += statSync(path).size; }
  }
  return { files, bytes };
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

/**
 * Like any static host: text is sent gzip-compressed (Pagefind's own index files are compressed already). With `cors`,
 * any origin may read the files, as a provincial portal must (README, deployment).
 */
export function serve(root: string, options: { cors?: boolean } = {}): Promise<Server> {
  const server = createServer((request, response) => {
    let path = join(root, decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname));
    if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
    if (!existsSync(path)) { response.writeHead(404).end(); return; }
    const type = TYPES[extname(path)];
    const body = type ? gzipSync(readFileSync(path)) : readFileSync(path);
    response.writeHead(200, {
      'Content-Type': type ?? 'application/octet-stream', 'Content-Length': body.length, ...(type ? { 'Content-Encoding': 'gzip' } : {}),
      ...(options.cors ? { 'Access-Control-Allow-Origin': '*' } : {}),
    });
    response.end(body);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

export async function measureSearch(siteDir: string, query: string): Promise<SearchFigures> {
  const index = join(siteDir, 'pagefind');
  const size = existsSync(index) ? sizeOf(index) : { files: 0, bytes: 0 };
  const base = { indexFiles: size.files, indexMB: size.bytes / 1048576 };
  if (!existsSync('/usr/bin/chromium')) return { ...base, firstQuery: undefined, error: 'no /usr/bin/chromium' };
  const server = await serve(siteDir);
  try {
    return { ...base, ...(await measureInChromium(`http://127.0.0.1:${(server.address() as { port: number }).port}/search/`, query)) };
  } finally {
    server.close();
  }
}

/**
 * Opening a search page (its HTML, CSS, scripts and Pagefind's start-up) and then a first query (everything it
 * fetches), in bytes as sent (Content-Length) and requests, measured in Chromium.
 */
export async function measureInChromium(url: string, query: string): Promise<Pick<SearchFigures, 'pageLoad' | 'firstQuery' | 'error'>> {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'] });
  try {
    const page = await browser.newPage();
    let bytes = 0, requests = 0;
    page.on('response', (response) => {
      requests++;
      bytes += Number(response.headers()['content-length'] ?? 0);
    });
    await page.goto(url);
    await page.waitForLoadState('networkidle');
    const pageLoad = { bytes, requests };
    bytes = 0;
    requests = 0;
    await page.fill('#search-query', query);
    await page.press('#search-query', 'Enter');
    await page.waitForFunction(() => /找到|没有找到/.test(document.getElementById('search-status')?.textContent ?? ''), null, { timeout: 300_000 });
    await page.waitForLoadState('networkidle');
    const results = await page.locator('#search-results > li').count();
    return { pageLoad, firstQuery: { query, bytes, requests, results } };
  } catch (error) {
    return { firstQuery: undefined, error: error instanceof Error ? error.message : String(error) };
  } finally {
    await browser.close();
  }
}
