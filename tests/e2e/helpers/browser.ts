/**
 * Chromium through playwright-core (the CHROMIUM environment variable, else Debian's /usr/bin/chromium; never a
 * download). Every context refuses
 * requests to any host but the local test server and records the attempt, so a test can fail on it; every
 * visited page records console errors, uncaught exceptions, failed requests and HTTP errors.
 */
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page, type Response } from 'playwright-core';
import { origin } from './site.ts';
import { afterAll, beforeAll } from 'vitest';

const require = createRequire(import.meta.url);
export const AXE_PATH = require.resolve('axe-core/axe.min.js');

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/** Every blocked attempt to reach another host, from any context of this test file (see fail-on-off-host.ts). */
const offHostAttempts: string[] = [];

/** Returns and forgets the attempts recorded since the last call. */
export function takeOffHostAttempts(): string[] {
  return offHostAttempts.splice(0);
}

export interface GuardedContext {
  readonly context: BrowserContext;
  /** Requests to any other host (blocked). */
  readonly offHost: string[];
}

/** A context whose pages can only reach the local test server (and the other local origins `alsoAllowed`). */
export async function guardedContext(browser: Browser, options: BrowserContextOptions = {}, alsoAllowed: readonly string[] = []): Promise<GuardedContext> {
  const allowedHosts = new Set([new URL(origin()).host, ...alsoAllowed.map((other) => new URL(other).host)]);
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 900 }, ...options });
  const offHost: string[] = [];
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (allowedHosts.has(url.host)) return route.continue();
    offHost.push(url.href);
    let from = '?';
    try { from = route.request().frame().url(); } catch { /* not from a frame */ }
    offHostAttempts.push(`${route.request().resourceType()} ${url.href} (from ${from})`);
    return route.abort('blockedbyclient');
  });
  context.on('page', (page) => page.on('websocket', (socket) => {
    if (!allowedHosts.has(new URL(socket.url()).host)) {
      offHost.push(socket.url());
      offHostAttempts.push(`websocket ${socket.url()} (from ${page.url()})`);
    }
  }));
  return { context, offHost };
}

export interface PageIssues {
  readonly consoleErrors: string[];
  readonly pageErrors: string[];
  readonly failedRequests: string[];
  readonly httpErrors: string[];
  /** Every response, for size accounting. */
  readonly responses: Response[];
  /** Status of the main document. */
  status?: number;
}

export interface Visit {
  readonly page: Page;
  readonly issues: PageIssues;
}

/**
 * One tab that visits page after page (opening a tab costs more than loading one of these pages). Each visit
 * records console errors, uncaught exceptions, failed requests and HTTP errors of that visit only.
 */
export class Tab {
  private current: PageIssues | undefined;
  private expected = { url: '', status: 200 };

  readonly page: Page;

  private constructor(page: Page) {
    this.page = page;
    page.on('console', (message) => {
      if (message.type() === 'error') this.current?.consoleErrors.push(`${message.text()} @ ${message.location().url || '?'}`);
    });
    page.on('pageerror', (error) => this.current?.pageErrors.push(String(error.stack ?? error)));
    page.on('requestfailed', (request) => this.current?.failedRequests.push(`${request.url()}: ${request.failure()?.errorText ?? 'failed'}`));
    page.on('response', (response) => {
      if (!this.current) return;
      this.current.responses.push(response);
      const isMainDocument = response.url() === this.expected.url && response.request().isNavigationRequest();
      if (response.status() >= 400 && !(isMainDocument && response.status() === this.expected.status)) {
        this.current.httpErrors.push(`${response.status()} ${response.url()}`);
      }
    });
  }

  static async open(context: BrowserContext): Promise<Tab> {
    return new Tab(await context.newPage());
  }

  /** Loads a site path and waits for the load event. `expectStatus` is the main document's expected status. */
  async visit(path: string, expectStatus = 200): Promise<Visit> {
    const url = new URL(path, origin()).href;
    const issues: PageIssues = { consoleErrors: [], pageErrors: [], failedRequests: [], httpErrors: [], responses: [] };
    // Leave the previous page first, so nothing it still does is counted against this one.
    await this.page.goto('about:blank');
    this.current = issues;
    this.expected = { url, status: expectStatus };
    const response = await this.page.goto(url, { waitUntil: 'load' });
    if (response) issues.status = response.status();
    return { page: this.page, issues };
  }
}

/** Chromium reports the expected 404 of the main document as a console error; that one is not a page error. */
export function unexpectedConsoleErrors(issues: PageIssues, path: string, expectStatus: number): string[] {
  const url = new URL(path, origin()).href;
  return issues.consoleErrors.filter((text) =>
    !(expectStatus === 404 && /status of 404/.test(text) && text.endsWith(`@ ${url}`)));
}

/** Waits until every chart canvas is mounted; returns the canvases still unmounted after the timeout. */
export async function waitForCharts(page: Page, timeout = 10_000): Promise<number> {
  try {
    await page.waitForFunction(
      () => [...document.querySelectorAll('canvas[data-chart]')].every((canvas) => canvas.getAttribute('data-mounted') === 'true'),
      undefined,
      { timeout, polling: 50 },
    );
  } catch {
    // reported by the caller
  }
  return page.evaluate(() => [...document.querySelectorAll('canvas[data-chart]')].filter((c) => c.getAttribute('data-mounted') !== 'true').length);
}

export function list(items: readonly string[]): string {
  return items.length ? items.map((item) => `  - ${item}`).join('\n') : '  (none)';
}

/** One browser and one guarded tab shared by the tests of a file (opened before them, closed after). */
export interface Session {
  browser: Browser;
  tab: Tab;
  /** Requests to other hosts (blocked), since the file started. */
  offHost: string[];
}

export function useGuardedTab(options: BrowserContextOptions = {}): Session {
  const session = {} as Session;
  beforeAll(async () => {
    session.browser = await launchBrowser();
    const guarded = await guardedContext(session.browser, options);
    session.offHost = guarded.offHost;
    session.tab = await Tab.open(guarded.context);
  });
  afterAll(async () => { await session.browser?.close(); });
  return session;
}
