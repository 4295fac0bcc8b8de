import type { Page } from "playwright-core";
import { expectAccessible } from "./a11y";
import { describeBrowser, launchBrowser, type BrowserSession } from "./browser";
import { startHub, type Hub } from "./harness";

const ELEMENTS = ["STRATEGY", "MARKETING", "KNOWLEDGE", "FUNDING", "CO_CREATION"] as const;

describeBrowser("self-assessment screen in Chromium through the gateway", () => {
  let hub: Hub;
  let session: BrowserSession;

  /** Each user is a page in a context of its own. */
  const newUser = (): Promise<Page> => session.newPage();

  /** Screenshots at 1280 and 390 px (no sideways scrolling), each width checked for names and contrast first. */
  async function shoot(page: Page, name: string): Promise<void> {
    await session.screenshots(page, `self-assessment-${name}`, { atEachWidth: (p, width) => expectAccessible(p, name, width) });
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

  /** Answers all 15 statements: `pick(element index, level)` gives the answer 1–5. */
  async function answer(page: Page, pick: (e: number, level: number) => number): Promise<void> {
    for (const [i, element] of ELEMENTS.entries()) {
      for (const level of [1, 2, 3]) await page.check(`#sa-${element}-${level}-${pick(i, level)}`);
    }
  }

  const rows = async (operatorId: string, fiscalYear: number) =>
    hub.sql<{ element: string; level: number; answer: number }>(
      "programs",
      "SELECT element, level, answer FROM self_assessment_answer WHERE operator_id = $1 AND fiscal_year = $2 ORDER BY element, level",
      [operatorId, fiscalYear],
    );

  beforeAll(async () => {
    hub = await startHub();
    session = await launchBrowser();
  });
  afterAll(async () => {
    process.stdout.write(`self-assessment screenshots:\n${(session?.shots ?? []).map((f) => `  ${f}`).join("\n")}\n`);
    expect(session.external).toEqual([]);
    expect(session.pageErrors).toEqual([]);
    await session?.close();
    await hub?.stop();
  });

  it("records a self-assessment; its chart against the survey and the next steps with cases appear", async () => {
    const page = await newUser();
    await signIn(page, "op-meguru");
    await page.getByRole("link", { name: "自己診断", exact: true }).click();
    await h1(page, "自己診断");
    await page.selectOption("#sa-year", "2025");
    await shoot(page, "form");

    // A form with unanswered statements is refused in Japanese beside them, and nothing is written.
    await page.check("#sa-STRATEGY-1-1");
    await page.getByRole("button", { name: "この内容で記録する" }).click();
    expect(await page.textContent("#sa-STRATEGY-2-error")).toBe("この項目の回答を選んでください。");
    expect(await page.getByRole("alert").filter({ hasText: "未回答の項目が14件" }).count()).toBe(1);
    expect(await rows("op-meguru", 2025)).toEqual([]);

    // Keyboard: arrow keys move the answer within a statement's group.
    await page.focus("#sa-STRATEGY-1-1");
    await page.keyboard.press("ArrowRight");
    expect(await page.isChecked("#sa-STRATEGY-1-2")).toBe(true);

    // FY2025: strategy reaches level 1 only, marketing level 3, the rest 0.
    await answer(page, (e, level) => (e === 1 ? 1 : e === 0 && level === 1 ? 2 : 4));
    await page.getByRole("button", { name: "この内容で記録する" }).click();
    await page.waitForSelector("[data-testid=sa-saved]");
    expect(await page.textContent("[data-testid=sa-level-STRATEGY]")).toBe("レベル1");
    expect(await page.textContent("[data-testid=sa-level-MARKETING]")).toBe("レベル3");
    expect((await rows("op-meguru", 2025)).length).toBe(15);
    // The chart is drawn (a canvas) and its numbers are in the table beside it, with the survey's share.
    await page.waitForSelector("[data-testid=chart-canvas-sa-elements] canvas");
    const table = await page.$$eval("[data-testid=table-sa-elements] tbody tr", (trs) => trs.map((tr) => Array.from(tr.children).map((c) => c.textContent)));
    expect(table.map((r) => r[0])).toEqual(["経営戦略/事業戦略", "マーケティング", "ナレッジ・ノウハウ", "財源", "共創関係"]);
    expect(table[0]![1]).toBe("1");
    expect(table[0]![3]).toBe("33.3");
    expect(Number(table[0]![4])).toBeGreaterThan(0);
    // Next steps: the practice point from the operator's level, with the cases that illustrate it.
    const next = page.locator("[data-testid=sa-next-STRATEGY]");
    expect(await next.textContent()).toContain("レベル1→2");
    expect(await page.locator("[data-testid=sa-next-MARKETING]").count()).toBe(0);
    expect(await page.locator("[data-testid=sa-next-steps] a[href*='/knowhow/cases/']").count()).toBeGreaterThan(0);
    await shoot(page, "result");

    // FY2026 shows FY2025's answers beside each statement; a double click records once; the change from last year shows.
    await page.selectOption("#sa-year", "2026");
    await page.waitForFunction(() => !document.querySelector("[data-testid=sa-result]"));
    expect(await page.locator("[data-testid=sa-element-STRATEGY] .sa-earlier").first().textContent()).toContain("2025年度ややあてはまる");
    await answer(page, (e, level) => (e === 1 ? 1 : e === 0 && level <= 2 ? 1 : 3));
    await page.getByRole("button", { name: "この内容で記録する" }).dblclick();
    await page.waitForSelector("[data-testid=sa-result]");
    expect(await page.textContent("[data-testid=sa-diff-STRATEGY]")).toBe("前回より1段階上がりました");
    expect(await page.textContent("[data-testid=sa-diff-MARKETING]")).toBe("前回と同じ");
    expect(await page.$$eval("[data-testid=sa-yoy] tbody tr:first-child td", (tds) => tds.map((t) => t.textContent))).toEqual(["1", "2"]);
    expect(await page.locator("[data-testid=sa-error]").count()).toBe(0);
    expect((await rows("op-meguru", 2026)).length).toBe(15);
    expect((await rows("op-meguru", 2025)).find((r) => r.element === "STRATEGY" && r.level === 1)?.answer).toBe(2);
    await shoot(page, "year-on-year");
  });
});
