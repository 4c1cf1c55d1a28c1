/**
 * Every page names its icon, and the icon is there (Lighthouse found every page logging a 404 for /favicon.ico:
 * browsers ask for that when a page names none; headless Chromium asks for no icon at all, so this is checked on the
 * built pages and the server's answer).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { distDir, origin, sitePages } from './helpers/site.ts';

describe('every page type names an icon that the site serves', () => {
  test.each(sitePages().map((page) => [page.name, page] as const))('%s', async (_name, sitePage) => {
    const html = readFileSync(join(distDir(), sitePage.file), 'utf8');
    const href = /<link\b[^>]*\brel="icon"[^>]*\bhref="([^"]+)"/.exec(html)?.[1];
    expect(href, `${sitePage.path} has <link rel="icon">`).toBeDefined();
    const response = await fetch(new URL(href!, new URL(sitePage.path, origin())));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^image\//);
  });
});
