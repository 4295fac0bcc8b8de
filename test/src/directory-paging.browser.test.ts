import type { Page } from "playwright-core";
import { accessibilityProblems } from "./a11y";
import path from "node:path";
import { ARTIFACTS, DESKTOP, describeBrowser, launchBrowser, PHONE, type BrowserSession } from "./browser";
import { startHub, type Hub } from "./harness";

/** Small enough that the seeded directory spans several pages (the gateway's default is 100). */
const PAGE_SIZE = 10;

const ORDER_QUERY = `query DirectoryOrder {
  directory(first: 100) {
    totalOperators
    pageInfo { hasNextPage }
    blocks { prefectures { operators { id adoptions { fiscalYear } } } }
  }
}`;

interface OrderData {
  directory: {
    totalOperators: number;
    pageInfo: { hasNextPage: boolean };
    blocks: { prefectures: { operators: { id: string; adoptions: { fiscalYear: number }[] }[] }[] }[];
  };
}

const shownIds = (page: Page): Promise<string[]> =>
  page.$$eval("li.operator", (nodes) => nodes.map((n) => n.getAttribute("data-operator-id") ?? ""));

/**
 * Screenshots of a page without JavaScript at 1280 and 390 px (the session's helper waits for animation frames, which such
 * a page never runs); the sideways-scroll check runs on the same views with JavaScript.
 */
async function plainShots(session: BrowserSession, page: Page, name: string): Promise<void> {
  for (const size of [DESKTOP, PHONE]) {
    await page.setViewportSize(size);
    const file = path.join(ARTIFACTS, `${name}-${size.width}.png`);
    await page.screenshot({ path: file, fullPage: size.width === PHONE.width });
    session.shots.push(file);
  }
  await page.setViewportSize(DESKTOP);
}

const range = (from: number, to: number, total: number) => `${from}〜${to}件目／全${total}件`;

describeBrowser("the national directory page pages through every operator, with and without JavaScript", () => {
  let hub: Hub;
  let session: BrowserSession;
  /** Every listed operator in the directory's reading order (block, prefecture, id), from the API in one page. */
  let order: string[] = [];
  let operators: OrderData["directory"]["blocks"][number]["prefectures"][number]["operators"] = [];
  let total = 0;

  beforeAll(async () => {
    hub = await startHub({ directoryPageSize: PAGE_SIZE });
    session = await launchBrowser();
    const { body } = await hub.query(ORDER_QUERY, {});
    const data = body.data as unknown as OrderData;
    // The whole seeded directory fits in the API's largest page, so this is every operator; the pages must add up to it.
    expect(data.directory.pageInfo.hasNextPage).toBe(false);
    operators = data.directory.blocks.flatMap((b) => b.prefectures.flatMap((p) => p.operators));
    order = operators.map((op) => op.id);
    total = data.directory.totalOperators;
    expect(order).toHaveLength(total);
    expect(total).toBeGreaterThan(3 * PAGE_SIZE);
  });
  afterAll(async () => {
    process.stdout.write(`directory paging screenshots:\n${(session?.shots ?? []).map((f) => `  ${f}`).join("\n")}\n`);
    expect(session.external).toEqual([]);
    expect(session.pageErrors).toEqual([]);
    await session?.close();
    await hub?.stop();
  });

  it("without JavaScript: the first page links to the next, following the links lists every operator once, the last page has no next link", async () => {
    const plain = await session.newPage({ javaScriptEnabled: false });
    const response = await plain.goto(`${hub.baseUrl}/`);
    expect(response?.status()).toBe(200);
    expect(await plain.textContent("[data-testid=summary]")).toBe(`${total}件中 ${total}件`);
    expect(await plain.textContent("[data-testid=pager-top] .range")).toBe(range(1, PAGE_SIZE, total));
    expect(await plain.locator("a[rel=prev]").count()).toBe(0);
    expect(await plain.getAttribute("[data-testid=pager-bottom] a[rel=next]", "href")).toMatch(/^\/\?after=[A-Za-z0-9_-]+$/);
    expect(await plain.textContent("[data-testid=pager-bottom] a[rel=next]")).toBe(`次の${PAGE_SIZE}件 →`);
    expect(await accessibilityProblems(plain)).toEqual([]);
    await plainShots(session, plain, "directory-paging-first-nojs");

    const seen: string[] = [];
    const pages: string[] = [];
    for (let n = 1; ; n += 1) {
      const ids = await shownIds(plain);
      expect(ids).toEqual(order.slice((n - 1) * PAGE_SIZE, n * PAGE_SIZE));
      const from = (n - 1) * PAGE_SIZE + 1;
      expect(await plain.textContent("[data-testid=pager-top] .range")).toBe(range(from, from + ids.length - 1, total));
      seen.push(...ids);
      pages.push(plain.url());
      const next = plain.locator("[data-testid=pager-bottom] a[rel=next]");
      if ((await next.count()) === 0) break;
      expect(n).toBeLessThan(Math.ceil(total / PAGE_SIZE));
      await Promise.all([plain.waitForURL((url) => url.href !== pages.at(-1)), next.click()]);
      expect(new URL(plain.url()).searchParams.get("after")).toBeTruthy();
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(order);
    expect(pages).toHaveLength(Math.ceil(total / PAGE_SIZE));
    // The last page: a link back, none forward.
    expect(await plain.locator("a[rel=next]").count()).toBe(0);
    expect(await plain.textContent("[data-testid=pager-bottom] a[rel=prev]")).toBe(`← 前の${PAGE_SIZE}件`);
    await plainShots(session, plain, "directory-paging-last-nojs");

    // 「前へ」 from the third page lands on the second page's operators.
    await plain.goto(pages[2]!);
    await Promise.all([plain.waitForURL(pages[1]!), plain.click("[data-testid=pager-top] a[rel=prev]")]);
    expect(await shownIds(plain)).toEqual(order.slice(PAGE_SIZE, 2 * PAGE_SIZE));
    // And from the second to the first, whose URL carries no cursor.
    await Promise.all([plain.waitForURL(`${hub.baseUrl}/`), plain.click("[data-testid=pager-top] a[rel=prev]")]);
    expect(await shownIds(plain)).toEqual(order.slice(0, PAGE_SIZE));
    await plain.context().close();
  });

  it("with JavaScript: the links are reached from the keyboard and followed without a reload, one request a page, with the range announced", async () => {
    let graphqlRequests = 0;
    const page = await session.newPage({ onRequest: (url) => void (url.pathname === "/graphql" && (graphqlRequests += 1)) });
    await page.goto(`${hub.baseUrl}/`);
    await page.waitForFunction(() => document.getElementById("announce")?.textContent !== "");
    expect(graphqlRequests).toBe(0);
    expect(await page.textContent("#announce")).toBe(`${total}件中 ${total}件の事業者が見つかりました。${range(1, PAGE_SIZE, total)}を表示しています`);
    await page.evaluate(() => (window as unknown as { marker: boolean }).marker = true);

    // Tab from the top of the page to the first 「次の…件」 link, then Enter.
    await page.focus("body");
    let focused = "";
    for (let i = 0; i < 40 && focused !== "next"; i += 1) {
      await page.keyboard.press("Tab");
      focused = await page.evaluate(() => document.activeElement?.getAttribute("rel") ?? "");
    }
    expect(focused).toBe("next");
    await page.keyboard.press("Enter");
    await page.waitForFunction((text) => document.getElementById("announce")?.textContent?.includes(text), range(PAGE_SIZE + 1, 2 * PAGE_SIZE, total));
    expect(await page.evaluate(() => (window as unknown as { marker?: boolean }).marker)).toBe(true);
    expect(graphqlRequests).toBe(1);
    expect(new URL(page.url()).searchParams.get("after")).toBeTruthy();
    expect(await shownIds(page)).toEqual(order.slice(PAGE_SIZE, 2 * PAGE_SIZE));
    // The keyboard goes on from the top of the new page.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("app");
    expect(await page.title()).toContain(range(PAGE_SIZE + 1, 2 * PAGE_SIZE, total));
    expect(await accessibilityProblems(page)).toEqual([]);

    // The same URL without JavaScript lists the same operators: the script followed the server's link.
    const plain = await session.newPage({ javaScriptEnabled: false });
    await plain.goto(page.url());
    expect(await shownIds(plain)).toEqual(await shownIds(page));
    await plain.context().close();
    await session.screenshots(page, "directory-paging-second", { fullPage: (width) => width === PHONE.width });

    await page.click("[data-testid=pager-top] a[rel=prev]");
    await page.waitForFunction((text) => document.getElementById("announce")?.textContent?.includes(text), range(1, PAGE_SIZE, total));
    expect(await shownIds(page)).toEqual(order.slice(0, PAGE_SIZE));
    expect(new URL(page.url()).search).toBe("");
    await page.goBack();
    await page.waitForFunction((text) => document.getElementById("announce")?.textContent?.includes(text), range(PAGE_SIZE + 1, 2 * PAGE_SIZE, total));
    expect(await shownIds(page)).toEqual(order.slice(PAGE_SIZE, 2 * PAGE_SIZE));
    await page.context().close();
  });

  it("applies the filters the API does not (year) to every page, so no match on a later page is missed", async () => {
    const expected = operators.filter((op) => op.adoptions.some((a) => a.fiscalYear === 2025)).map((op) => op.id);
    expect(expected.length).toBeGreaterThan(PAGE_SIZE);
    const plain = await session.newPage({ javaScriptEnabled: false });
    await plain.goto(`${hub.baseUrl}/?fy=2025`);
    expect(await plain.textContent("[data-testid=summary]")).toBe(`${total}件中 ${expected.length}件`);
    expect(await shownIds(plain)).toEqual(expected);
    expect(await plain.locator("nav.pager").count()).toBe(0);
    await plain.context().close();

    const page = await session.newPage();
    await page.goto(`${hub.baseUrl}/`);
    await page.waitForFunction(() => document.getElementById("announce")?.textContent !== "");
    await page.selectOption("select[name=fy]", "2025");
    await page.click("form.filters button");
    await page.waitForFunction((text) => document.getElementById("announce")?.textContent?.startsWith(text), `${total}件中 ${expected.length}件`);
    expect(await shownIds(page)).toEqual(expected);
    await page.context().close();
  });

  it("explains a tampered cursor in Japanese with the way back, instead of an error page", async () => {
    for (const javaScriptEnabled of [false, true]) {
      const page = await session.newPage({ javaScriptEnabled });
      const response = await page.goto(`${hub.baseUrl}/?q=${encodeURIComponent("株式会社")}&after=${encodeURIComponent("<x>not-a-cursor")}`);
      expect(response?.status()).toBe(400);
      if (javaScriptEnabled) await page.waitForFunction(() => document.getElementById("announce")?.textContent !== "");
      expect(await page.textContent("[data-testid=page-problem]")).toBe(
        "ページの指定 (URL の after) が正しくないため、一覧を表示できません。一覧の最初のページから開き直してください。",
      );
      expect(await page.getAttribute("main a[href^='/']", "href")).toBe(`/?q=${encodeURIComponent("株式会社")}`);
      expect(await page.content()).not.toContain("<x>not-a-cursor");
      expect(await accessibilityProblems(page)).toEqual([]);
      if (!javaScriptEnabled) await plainShots(session, page, "directory-paging-bad-cursor-nojs");
      await page.context().close();
    }

    // A well-formed cursor past the end: nothing to list, said so, with links back.
    const past = await session.newPage({ javaScriptEnabled: false });
    const beyond = Buffer.from(`o:${total + 50}`, "utf8").toString("base64url");
    expect((await past.goto(`${hub.baseUrl}/?after=${beyond}`))?.status()).toBe(200);
    expect(await past.textContent("[data-testid=pager-top] .range")).toBe(`${total + 52}件目以降はありません／全${total}件`);
    expect(await shownIds(past)).toEqual([]);
    await Promise.all([past.waitForURL(/after=/), past.click("[data-testid=pager-top] a[rel=prev]")]);
    expect(await shownIds(past)).toEqual(order.slice(Math.floor((total - 1) / PAGE_SIZE) * PAGE_SIZE));
    await past.context().close();
  });
});
