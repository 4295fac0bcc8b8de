import type { Page } from "playwright-core";
import { describeBrowser, launchBrowser, type BrowserSession } from "./browser";
import { startHub, type Hub } from "./harness";


const TITLE = "ブラウザ検証の事例 下書き";

describeBrowser("know-how screens in Chromium through the gateway", () => {
  let hub: Hub;
  let session: BrowserSession;

  /** Each user is a page in a context of its own. */
  const newUser = (): Promise<Page> => session.newPage();

  /** Screenshots at 1280 and 390 px (whole page); the page must not scroll sideways. */
  async function shoot(page: Page, name: string): Promise<void> {
    await session.screenshots(page, `knowhow-${name}`);
  }

  async function h1(page: Page, text: string): Promise<void> {
    await page.waitForFunction((t) => document.querySelector("h1")?.textContent === t, text).catch(() => undefined);
    expect(await page.$$eval("h1", (n) => n.map((e) => e.textContent))).toEqual([text]);
  }

  async function signIn(page: Page, operatorId: string): Promise<void> {
    await page.goto(`${hub.baseUrl}/workspace/sign-in`);
    await page.waitForSelector("#dev-heading");
    await page.getByLabel("コーディネーター（事業者の担当者）").check();
    await page.waitForSelector(`#dev-operator option[value="${operatorId}"]`, { state: "attached" });
    await page.selectOption("#dev-operator", operatorId);
    await page.getByRole("button", { name: "サインイン", exact: true }).click();
    await h1(page, "人材プール");
  }

  beforeAll(async () => {
    hub = await startHub();
    session = await launchBrowser();
  });
  afterAll(async () => {
    process.stdout.write(`know-how screenshots:\n${session.shots.map((f) => `  ${f}`).join("\n")}\n`);
    expect(session.external).toEqual([]);
    expect(session.pageErrors).toEqual([]);
    await session?.close();
    await hub?.stop();
  });

  it("副業 finds cases and programs with title hits first, the word highlighted in each snippet", async () => {
    const page = await newUser();
    await signIn(page, "op-meguru");
    await page.getByRole("link", { name: "ノウハウ", exact: true }).click();
    await h1(page, "ノウハウ検索");
    await page.fill("#kh-q", "副業");
    await page.getByRole("button", { name: "検索する" }).click();
    await page.waitForSelector("[data-testid=hits] li");
    const matched = await page.$$eval("[data-testid=hits] li", (n) => n.map((e) => e.getAttribute("data-matched")));
    expect(matched[0]).toBe("TITLE");
    const rank = matched.map((m) => ["TITLE", "SUMMARY", "BODY"].indexOf(m ?? ""));
    expect(rank).toEqual([...rank].sort((a, b) => a - b));
    expect(await page.$$eval("[data-testid=snippet] mark", (n) => n.slice(0, 3).map((e) => e.textContent))).toEqual(["副業", "副業", "副業"]);
    await shoot(page, "search");
    await page.locator("[data-testid=hits] li[data-kind=CASE_STUDY] h3 a").first().click();
    await page.waitForSelector("[data-testid=case-meta]");
    await shoot(page, "case");
  });

  it("keeps a draft invisible to another operator and to visitors until it is published", async () => {
    const owner = await newUser();
    await signIn(owner, "op-meguru");
    await owner.goto(`${hub.baseUrl}/workspace/knowhow/new`);
    await h1(owner, "事例を書く");
    await owner.getByRole("button", { name: "下書きとして保存" }).click();
    expect(await owner.textContent("#ce-title-error")).toBe("タイトルは1〜200文字で入力してください。");
    await owner.fill("#ce-title", TITLE);
    await owner.fill("#ce-bg", "担い手不足");
    await owner.fill("#ce-goal", "地域で人材を育てる");
    await shoot(owner, "editor");
    // A double click records one case (the idempotency key and the in-flight guard).
    await owner.getByRole("button", { name: "下書きとして保存" }).dblclick();
    await owner.waitForSelector("[data-testid=case-status]");
    expect(await owner.textContent("[data-testid=case-status]")).toContain("下書き");
    const casePath = new URL(owner.url()).pathname;
    const count = await hub.sql<{ n: string }>("programs", "SELECT count(*) AS n FROM case_study WHERE title_ja = $1", [TITLE]);
    expect(Number(count[0]!.n)).toBe(1);
    await shoot(owner, "draft");

    const other = await newUser();
    await signIn(other, "op-tsubameito");
    await other.goto(`${hub.baseUrl}${casePath}`);
    await h1(other, "事例が見つかりません");
    const visitor = await newUser();
    await visitor.goto(`${hub.baseUrl}${casePath}`);
    await h1(visitor, "事例が見つかりません");
    await visitor.goto(`${hub.baseUrl}/workspace/knowhow`);
    await h1(visitor, "ノウハウ検索");
    await visitor.waitForSelector("[data-testid=case-list] li");
    expect(await visitor.textContent("[data-testid=case-list]")).not.toContain(TITLE);
    await shoot(visitor, "public");

    await owner.getByRole("button", { name: "公開する" }).click();
    await owner.waitForFunction(() => document.querySelector("[data-testid=case-status]")?.textContent === "公開済み");
    await other.reload();
    await h1(other, TITLE);
    await visitor.goto(`${hub.baseUrl}${casePath}`);
    await h1(visitor, TITLE);
  });
});
