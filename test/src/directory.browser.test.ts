import path from "node:path";
import type { Page } from "playwright-core";
import { accessibilityProblems } from "./a11y";
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
    process.stdout.write(`directory page screenshots: ${["directory.png", "directory-search.png", "directory-phone.png", "operator.png",
      ...["directory", "operator"].flatMap((v) => [`${v}-nojs-1280.png`, `${v}-nojs-390.png`, `${v}-1280.png`, `${v}-390.png`]),
      "directory-unassigned-nojs-1280.png", "directory-unassigned-nojs-390.png"].map((f) => path.join(ARTIFACTS, f)).join(", ")}\n`);
    expect(session.external).toEqual([]);
    expect(session.pageErrors).toEqual([]);
    await session?.close();
    await hub?.stop();
  });

  it("shows the nine regional blocks, rendered by the server: the first view needs no GraphQL request", async () => {
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
    // Names, text contrast and the input borders against the white form (at least 3:1): the shared check.
    expect(await accessibilityProblems(page)).toEqual([]);
    // The server sent the content and its data; the script enhanced the page without asking again.
    expect(graphqlRequests).toBe(0);
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
  it("gives readers without JavaScript the whole list, a working search and operator pages", async () => {
    for (const width of [1280, 390]) {
      const plain = await session.newPage({ javaScriptEnabled: false, viewport: { width, height: width === 390 ? 844 : 900 } });
      const context = plain.context();
      const response = await plain.goto(`${hub.baseUrl}/`);
      expect(response?.status()).toBe(200);
      expect(await plain.textContent("[data-testid=summary]")).toBe("89件中 89件");
      expect(await plain.$$eval("li.operator", (nodes) => nodes.length)).toBe(89);
      expect(await plain.$$eval("section.block", (nodes) => nodes.map((n) => n.getAttribute("data-block")))).toEqual([...BLOCKS, "UNASSIGNED"]);
      expect(await plain.$$eval("h1", (nodes) => nodes.map((n) => n.textContent))).toEqual(["地域の人事部 全国事業者一覧"]);
      // Operators whose prefecture and area the documents do not give: each says so, naming the list it appears in.
      const unknown = await plain.$$eval("section.block[data-block=UNASSIGNED] li.operator", (nodes) =>
        nodes.map((n) => n.querySelector(".explain-op")?.textContent ?? ""));
      expect(unknown).toHaveLength(30);
      for (const text of unknown) expect(text).toMatch(/^令和\d年度の採択一覧(・令和\d年度の採択一覧)*には事業者名だけが載っていて、所在地も対象地域も書かれていません。$/);
      await plain.screenshot({ path: path.join(ARTIFACTS, `directory-nojs-${width}.png`) });
      await plain.locator("section.block[data-block=UNASSIGNED]").screenshot({ path: path.join(ARTIFACTS, `directory-unassigned-nojs-${width}.png`) });

      // The search form submits as a plain GET and the server answers with the results first.
      await plain.fill("input[name=q]", "クラブズ");
      await Promise.all([plain.waitForURL(/q=/), plain.click("form.filters button")]);
      expect(await plain.$$eval("li.operator .op-name", (nodes) => nodes.map((n) => n.textContent))).toEqual(["株式会社クラビズ"]);
      expect(await plain.textContent("[data-testid=summary]")).toBe("89件中 1件");

      // An operator page: website, every adoption with its project title, the ministry's page for each adoption year.
      await plain.goto(`${hub.baseUrl}/operators/op-dotdoto`);
      expect(await plain.textContent("h1")).toBe("一般社団法人ドット道東");
      expect(await plain.getAttribute("[data-testid=website] a", "href")).toBe("https://dotdoto.com/");
      expect(await plain.$$eval("[data-testid=adoptions] tbody tr", (rows) => rows.length)).toBe(4);
      const lists = await plain.$$eval("[data-testid=adoption-lists] li", (items) =>
        items.map((li) => [li.getAttribute("data-fiscal-year"), li.querySelector("a")?.getAttribute("href"), li.textContent]));
      expect(lists.map(([fy, href]) => [fy, href])).toEqual(
        ["2022", "2023", "2024", "2025"].map((fy) => [fy, "https://www.meti.go.jp/policy/sme_chiiki/jinjibu/index.html"]),
      );
      expect(lists[0]![2]).toBe("令和4年度: 令和4年9月公表の採択結果 (経済産業省「地域の人事部」ページ)");
      await plain.screenshot({ path: path.join(ARTIFACTS, `operator-nojs-${width}.png`), fullPage: true });

      // Unknown prefecture on an operator page: explained, not left blank.
      await plain.goto(`${hub.baseUrl}/operators/op-kazami`);
      expect(await plain.textContent("[data-testid=place]")).toBe("記載なし — 令和7年度の採択一覧には事業者名だけが載っていて、所在地も対象地域も書かれていません。");
      const missing = await plain.goto(`${hub.baseUrl}/operators/op-none`);
      expect(missing?.status()).toBe(404);
      expect(await plain.textContent("p.error")).toBe("該当する事業者が見つかりません。");
      await context.close();
    }
  });

  it("renders the same page with JavaScript at 1280 and 390 px", async () => {
    for (const width of [1280, 390]) {
      const enhanced = await session.newPage({ viewport: { width, height: width === 390 ? 844 : 900 } });
      const context = enhanced.context();
      await enhanced.goto(`${hub.baseUrl}/`);
      await enhanced.waitForFunction(() => document.getElementById("announce")?.textContent !== "");
      expect(await enhanced.$$eval("li.operator", (nodes) => nodes.length)).toBe(89);
      await enhanced.screenshot({ path: path.join(ARTIFACTS, `directory-${width}.png`) });
      await enhanced.goto(`${hub.baseUrl}/operators/op-meguru`);
      await enhanced.waitForFunction(() => document.getElementById("announce")?.textContent !== "");
      expect(await enhanced.textContent("h1")).toBe("NPO法人MEGURU");
      await enhanced.screenshot({ path: path.join(ARTIFACTS, `operator-${width}.png`), fullPage: true });
      await context.close();
    }
  });

  it("escapes what the URL carries and embeds the data so that it cannot close its element", async () => {
    const hostile = `<script>alert(1)</script>"'&`;
    const html = await (await fetch(`${hub.baseUrl}/?q=${encodeURIComponent(hostile)}&city=${encodeURIComponent("</script><b>")}`)).text();
    expect(html).not.toContain("<script>alert(1)");
    expect(html).not.toContain("</script><b>");
    expect(html).toContain('value="&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;&amp;"');
    // One executable script pair (view, app) and one JSON data block, nothing else.
    expect(html.match(/<script/g)).toHaveLength(3);
    const embedded = /<script type="application\/json" id="initial-data">([^<]*)<\/script>/.exec(html);
    expect(JSON.parse(embedded![1]!)).toMatchObject({ path: "/", search: expect.stringContaining("q=") });
  });
});
