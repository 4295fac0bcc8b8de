import path from "node:path";
import type { Page } from "playwright-core";
import { ARTIFACTS, describeBrowser, launchBrowser, PHONE, type BrowserSession } from "./browser";
import { startHub, type Hub } from "./harness";

const BLOCKS = ["HOKKAIDO", "TOHOKU", "KANTO", "CHUBU", "KINKI", "CHUGOKU", "SHIKOKU", "KYUSHU", "OKINAWA"];

describeBrowser("the national directory page in Chromium", () => {
  let hub: Hub;
  let session: BrowserSession;
  let page: Page;
  let graphqlRequests = 0;

  beforeAll(async () => {
    hub = await startHub();
    session = await launchBrowser();
    page = await session.newPage({
      viewport: { width: 1200, height: 900 },
      onRequest: (url) => {
        if (url.pathname === "/graphql") graphqlRequests += 1;
      },
    });
  });
  afterAll(async () => {
    process.stdout.write(`directory page screenshots: ${["directory.png", "directory-search.png", "directory-phone.png", "operator.png"].map((f) => path.join(ARTIFACTS, f)).join(", ")}\n`);
    expect(session.external).toEqual([]);
    expect(session.pageErrors).toEqual([]);
    await session?.close();
    await hub?.stop();
  });

  it("shows the nine regional blocks with one GraphQL request", async () => {
    graphqlRequests = 0;
    await page.goto(`${hub.baseUrl}/`);
    await page.waitForSelector("section.block");
    const blocks = await page.$$eval("section.block", (nodes) => nodes.map((n) => n.getAttribute("data-block")));
    expect(blocks.slice(0, 9)).toEqual(BLOCKS);
    const headings = await page.$$eval("section.block h2 span:first-child", (nodes) => nodes.map((n) => n.textContent));
    expect(headings.slice(0, 9)).toEqual(["北海道", "東北", "関東", "中部", "近畿", "中国", "四国", "九州", "沖縄"]);
    // The count reads "N件中 M件" (before: "M件の事業者 (掲載 N件)").
    expect(await page.textContent("[data-testid=summary]")).toBe("89件中 89件");
    expect(await page.$$eval("h1", (nodes) => nodes.map((n) => n.textContent))).toEqual(["地域の人事部 全国事業者一覧"]);
    expect(await page.getAttribute("a.skip-link", "href")).toBe("#app");
    expect(await page.getAttribute("main", "aria-live")).toBeNull();
    expect(await page.textContent("#announce")).toBe("89件中 89件の事業者が見つかりました");
    // Operators whose prefecture the documents do not give are explained in plain words.
    expect(await page.textContent("section.block[data-block=UNASSIGNED] p.explain")).toContain("所在地 (都道府県) の記載がありません");
    // Input borders against the white form: at least 3:1.
    const ratio = await page.$eval("input[name=q]", (input) => {
      const channel = (c: number) => { const v = c / 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
      const luminance = (rgb: string) => { const [r, g, b] = (rgb.match(/\d+/g) ?? []).map(Number); return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b); };
      const border = luminance(getComputedStyle(input).borderTopColor);
      const background = luminance(getComputedStyle(input.closest("form")!).backgroundColor);
      return (Math.max(border, background) + 0.05) / (Math.min(border, background) + 0.05);
    });
    expect(ratio).toBeGreaterThanOrEqual(3);
    expect(graphqlRequests).toBe(1);
    await page.screenshot({ path: path.join(ARTIFACTS, "directory.png"), fullPage: false });
  });

  it("finds an operator by a spelling variant", async () => {
    await page.fill("input[name=q]", "クラブズ");
    graphqlRequests = 0;
    await page.click("form.filters button");
    await page.waitForSelector("li.operator");
    const names = await page.$$eval("li.operator .op-name", (nodes) => nodes.map((n) => n.textContent));
    expect(names).toEqual(["株式会社クラビズ"]);
    // Results first: only the block holding the match is shown, and the live region announces only the count.
    expect(await page.$$eval("section.block", (nodes) => nodes.length)).toBe(1);
    expect(await page.textContent("[data-testid=summary]")).toBe("89件中 1件");
    expect(await page.textContent("#announce")).toBe("89件中 1件の事業者が見つかりました");
    expect(graphqlRequests).toBe(1);
    await page.screenshot({ path: path.join(ARTIFACTS, "directory-search.png"), fullPage: false });
  });

  it("opens an operator page that lists its adoptions", async () => {
    await page.goto(`${hub.baseUrl}/?q=${encodeURIComponent("ドット道東")}`);
    await page.waitForSelector("li.operator a.op-name");
    graphqlRequests = 0;
    await page.click("li.operator a.op-name");
    await page.waitForSelector("[data-testid=adoptions]");
    const rows = await page.$$eval("[data-testid=adoptions] tbody tr td:nth-child(3)", (cells) => cells.map((c) => c.textContent));
    expect(rows).toEqual(["A1", "B1", "A3", "A1"]);
    expect(await page.textContent("h1")).toBe("一般社団法人ドット道東");
    expect(graphqlRequests).toBe(1);
    await page.screenshot({ path: path.join(ARTIFACTS, "operator.png"), fullPage: true });
  });

  it("fits a phone-width screen", async () => {
    const phone = await session.newPage({ viewport: PHONE });
    await phone.goto(`${hub.baseUrl}/`);
    await phone.waitForSelector("section.block");
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await phone.screenshot({ path: path.join(ARTIFACTS, "directory-phone.png") });
    await phone.close();
  });
});
