import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from "playwright-core";

/** The Chromium the browser tests drive (`CHROMIUM_PATH`, else the distribution's). */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
/** Screenshots land here, at the repository root. */
export const ARTIFACTS = path.resolve(__dirname, "..", "..", "test-artifacts");

const available = existsSync(CHROMIUM);
let skipNoticeWritten = false;

/** `describe` when Chromium is installed; otherwise `describe.skip`, saying once why. */
export function describeBrowser(name: string, body: () => void): void {
  if (!available && !skipNoticeWritten) {
    skipNoticeWritten = true;
    process.stdout.write(`browser tests skipped: no Chromium at ${CHROMIUM} (apt-get install -y chromium, or set CHROMIUM_PATH)\n`);
  }
  (available ? describe : describe.skip)(name, body);
}

/** The machine running the tests may be busy: waits are for state, not speed. */
export const DEFAULT_TIMEOUT_MS = 60_000;

export const DESKTOP = { width: 1280, height: 900 } as const;
export const PHONE = { width: 390, height: 844 } as const;

export interface ScreenshotOptions {
  /** Whole page (default) or what the screen shows first. A function decides per width. */
  fullPage?: boolean | ((width: number) => boolean);
  /** Runs at each width after the page has settled and before its picture (e.g. `expectAccessible`). */
  atEachWidth?: (page: Page, width: number) => Promise<void>;
}

export interface BrowserSession {
  browser: Browser;
  /** Uncaught errors of every page opened through `newPage` (a test expects none). */
  pageErrors: string[];
  /** Requests any page made to a host other than this machine (the hub must need nothing from the internet). */
  external: string[];
  /** Screenshot files written by `screenshots`, in order. */
  shots: string[];
  /**
   * A page in a context of its own (its own cookies and storage: one user), 1280 × 900, ja-JP, Asia/Tokyo, default timeout
   * 60 s, recording page errors and external requests. `onRequest` sees every request too.
   */
  newPage(options?: BrowserContextOptions & { onRequest?: (url: URL) => void }): Promise<Page>;
  /**
   * Screenshots of `page` at 1280 and 390 px wide into `test-artifacts/<name>-<width>.png`, expecting at each width that the
   * page does not scroll sideways; back to 1280 afterwards.
   */
  screenshots(page: Page, name: string, options?: ScreenshotOptions): Promise<string[]>;
  /** Closes every context and the browser. */
  close(): Promise<void>;
}

/**
 * Waits until the page has painted twice after a change (a resize, a click): the charts' ResizeObserver redraws in the
 * frame after the resize, so two frames later the picture and the measurements show the new layout.
 */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
}

/** Launches headless Chromium with the flags every browser test uses (no sandbox, GPU, background traffic or QUIC). */
export async function launchBrowser(): Promise<BrowserSession> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-quic",
      "--no-first-run", "--disable-component-update", "--disable-sync"],
  });
  const contexts: BrowserContext[] = [];
  const pageErrors: string[] = [];
  const external: string[] = [];
  const shots: string[] = [];

  const newPage: BrowserSession["newPage"] = async (options = {}) => {
    const { onRequest, ...contextOptions } = options;
    const context = await browser.newContext({ viewport: DESKTOP, locale: "ja-JP", timezoneId: "Asia/Tokyo", ...contextOptions });
    contexts.push(context);
    context.setDefaultTimeout(DEFAULT_TIMEOUT_MS);
    const page = await context.newPage();
    page.on("pageerror", (error) => pageErrors.push(error.message));
    page.on("request", (request) => {
      const url = new URL(request.url());
      onRequest?.(url);
      if (url.protocol.startsWith("http") && url.hostname !== "127.0.0.1" && url.hostname !== "localhost") external.push(request.url());
    });
    return page;
  };

  const screenshots: BrowserSession["screenshots"] = async (page, name, options = {}) => {
    const files: string[] = [];
    for (const size of [DESKTOP, PHONE]) {
      await page.setViewportSize(size);
      await page.evaluate(() => window.scrollTo(0, 0));
      await settle(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect({ name, width: size.width, overflow }).toEqual({ name, width: size.width, overflow: 0 });
      await options.atEachWidth?.(page, size.width);
      const file = path.join(ARTIFACTS, `${name}-${size.width}.png`);
      const fullPage = typeof options.fullPage === "function" ? options.fullPage(size.width) : (options.fullPage ?? true);
      await page.screenshot({ path: file, fullPage });
      files.push(file);
    }
    await page.setViewportSize(DESKTOP);
    shots.push(...files);
    return files;
  };

  return {
    browser,
    pageErrors,
    external,
    shots,
    newPage,
    screenshots,
    close: async () => {
      for (const context of contexts) await context.close().catch(() => undefined);
      await browser.close();
    },
  };
}
