import type { Page } from "playwright-core";
import { expectAccessible } from "./a11y";
import { describeBrowser, launchBrowser, type BrowserSession } from "./browser";
import { startHub, type Hub } from "./harness";

/** The Japanese fiscal year now (the console's distribution chart opens on it). */
const now = new Date(Date.now() + 9 * 3600_000);
const FISCAL_YEAR = now.getUTCMonth() >= 3 ? now.getUTCFullYear() : now.getUTCFullYear() - 1;

describeBrowser("national administrator's console in Chromium through the gateway", () => {
  let hub: Hub;
  let session: BrowserSession;
  let admin: Page;

  /** Each user is a page in a context of its own; the console's CSV buttons download files. */
  const newUser = (): Promise<Page> => session.newPage({ acceptDownloads: true });

  /** Screenshots at 1280 and 390 px (no sideways scrolling), each width checked for names and contrast first. */
  async function shoot(page: Page, name: string): Promise<void> {
    await session.screenshots(page, `console-${name}`, { atEachWidth: (p, width) => expectAccessible(p, name, width) });
  }

  async function h1(page: Page, text: string): Promise<void> {
    await page.waitForFunction((t) => document.querySelector("h1")?.textContent === t, text).catch(() => undefined);
    expect(await page.$$eval("h1", (n) => n.map((e) => e.textContent))).toEqual([text]);
  }

  async function signInAdmin(page: Page): Promise<void> {
    await page.goto(`${hub.baseUrl}/workspace/sign-in`);
    await page.waitForSelector("#dev-heading");
    await page.getByLabel("全国管理者（経済産業省）").check();
    await page.getByRole("button", { name: "サインイン", exact: true }).click();
    await h1(page, "記録");
  }

  async function signInCoordinator(page: Page, operatorId: string): Promise<void> {
    await page.goto(`${hub.baseUrl}/workspace/sign-in`);
    await page.waitForSelector("#dev-heading");
    await page.getByLabel("コーディネーター（事業者の担当者）").check();
    await page.waitForSelector(`#dev-operator option[value="${operatorId}"]`, { state: "attached" });
    await page.selectOption("#dev-operator", operatorId);
    await page.getByRole("button", { name: "サインイン", exact: true }).click();
    await h1(page, "人材プール");
  }

  /** The extensions of the first error the gateway answers to the next operation named `operationName` the page sends. */
  async function refusalOf(page: Page, operationName: string): Promise<Record<string, string>> {
    const response = await page.waitForResponse(
      (r) => r.request().method() === "POST" && new RegExp(`^\\s*mutation ${operationName}\\b`).test(String(r.request().postDataJSON()?.query ?? "")),
    );
    const body = (await response.json()) as { errors?: { extensions: Record<string, string> }[] };
    return body.errors?.[0]?.extensions ?? {};
  }

  const tableRows = (page: Page, testId: string) =>
    page.$$eval(`[data-testid=${testId}] tbody tr`, (trs) => trs.map((tr) => Array.from(tr.children).map((c) => c.textContent ?? "")));

  async function tab(page: Page, name: string, title: string): Promise<void> {
    await page.getByRole("navigation", { name: "管理コンソールのメニュー" }).getByRole("link", { name, exact: true }).click();
    await h1(page, title);
  }

  async function pickMember(page: Page, operatorId: string): Promise<void> {
    await page.waitForSelector(`#ad-pick option[value="${operatorId}"]`, { state: "attached" });
    await page.selectOption("#ad-pick", operatorId);
    await page.getByRole("button", { name: "構成員に追加" }).click();
  }

  beforeAll(async () => {
    hub = await startHub();
    session = await launchBrowser();
    // Two operators assess themselves this fiscal year, so the distribution chart has something to show.
    for (const [operatorId, agree] of [["op-meguru", 3], ["op-tsubameito", 1]] as const) {
      const answers = ["STRATEGY", "MARKETING", "KNOWLEDGE", "FUNDING", "CO_CREATION"].flatMap((element) =>
        [1, 2, 3].map((level) => ({ element, level, answer: level <= agree ? 1 : 4 })),
      );
      const recorded = await hub.query(
        `mutation($input: RecordSelfAssessmentInput!) { recordSelfAssessment(input: $input) { fiscalYear } }`,
        { input: { operatorId, fiscalYear: FISCAL_YEAR, answers, idempotencyKey: `console-test-${operatorId}` } },
        { as: { coordinator: operatorId } },
      );
      expect(recorded.body.errors).toBeUndefined();
    }
    admin = await newUser();
    await signInAdmin(admin);
  });
  afterAll(async () => {
    process.stdout.write(`console screenshots:\n${(session?.shots ?? []).map((f) => `  ${f}`).join("\n")}\n`);
    expect(session.external).toEqual([]);
    expect(session.pageErrors).toEqual([]);
    await session?.close();
    await hub?.stop();
  });

  it("shows the charts with their numbers as tables and CSV", async () => {
    await admin.getByRole("navigation", { name: "メインメニュー" }).getByRole("link", { name: "管理コンソール" }).click();
    await h1(admin, "管理コンソール");
    for (const id of ["applications", "continuation", "blocks"]) await admin.waitForSelector(`[data-testid=chart-canvas-${id}] canvas`);
    const continuation = await tableRows(admin, "table-continuation");
    expect(continuation.slice(0, 3).map((r) => [r[0], r[3], r[4]])).toEqual([
      ["2022年度→2023年度", "40", "未達"],
      ["2023年度→2024年度", "61.9", "未達"],
      ["2024年度→2025年度", "34.4", "未達"],
    ]);
    expect(await admin.textContent("[data-testid=chart-continuation] h2")).toBe("継続率と目標（80%）");
    const applications = await tableRows(admin, "table-applications");
    expect(applications.find((r) => r[0] === "2025年度")?.slice(1)).toEqual(["50", "29", "29", "58"]);
    const blocks = await tableRows(admin, "table-blocks");
    expect(blocks.length).toBeGreaterThanOrEqual(9);
    await admin.waitForSelector("[data-testid=chart-canvas-distribution] canvas");
    const distribution = await tableRows(admin, "table-distribution");
    expect(distribution.length).toBe(15);
    // Level 1 statements: both operators agree (100%); level 3: neither (0%); the survey's share beside each.
    expect(distribution[0]!.slice(0, 2)).toEqual(["経営・事業戦略 レベル1", "100"]);
    expect(distribution[2]!.slice(0, 2)).toEqual(["経営・事業戦略 レベル3", "50"]);
    expect(Number(distribution[0]![2])).toBeGreaterThan(0);
    const download = admin.waitForEvent("download");
    await admin.click("[data-testid=csv-continuation]");
    const file = await download;
    expect(file.suggestedFilename()).toBe("continuation-rates.csv");
    await shoot(admin, "overview");
  });

  it("records an adoption with its consortium members in order (a double click records once) and shows it in the list and the chart", async () => {
    await tab(admin, "採択", "採択");
    await admin.selectOption("#ad-year", "2026");
    await admin.selectOption("#ad-frame", "RIGHT_ARM");
    await shoot(admin, "adoptions");
    // A bad list code is refused beside the field before anything is sent.
    await admin.fill("#ad-code", "20");
    await pickMember(admin, "op-hits");
    await admin.getByRole("button", { name: "採択を登録する" }).click();
    expect(await admin.textContent("#ad-code-error")).toBe("リスト番号は、枠の英字と数字で入力してください（例: A20）。枠ごとに決まった英字で始まります。");
    await admin.fill("#ad-code", "A1");
    await pickMember(admin, "op-tsubameito");
    // The second member moves up: the printed order becomes (1) 燕 (2) HITS.
    // By keyboard: focus the second member's 上へ and press Enter.
    await admin.locator("[data-testid=ad-members] li").nth(1).getByRole("button", { name: /を上へ$/ }).focus();
    await admin.keyboard.press("Enter");
    const printed = await admin.$$eval("[data-testid=ad-members] li > span:first-child", (n) => n.map((e) => e.textContent));
    expect(printed[0]).toMatch(/^\(1\) /);
    await admin.fill("#ad-title", "ブラウザ検証の右腕人材事業");
    await admin.getByRole("button", { name: "採択を登録する" }).dblclick();
    await admin.waitForSelector("[data-testid=ad-done]");
    expect(await admin.textContent("[data-testid=ad-done]")).toMatch(/^FY2026-A1 を登録しました/);
    const stored = await hub.sql<{ operator_id: string; member_order: number }>(
      "funding",
      "SELECT operator_id, member_order FROM adoption_member WHERE adoption_id = 'FY2026-A1' ORDER BY member_order",
    );
    expect(stored).toEqual([
      { operator_id: "op-tsubameito", member_order: 1 },
      { operator_id: "op-hits", member_order: 2 },
    ]);
    const audits = await hub.sql<{ n: string }>("funding", "SELECT count(*) AS n FROM admin_audit WHERE target_id = 'FY2026-A1'");
    expect(Number(audits[0]!.n)).toBe(1);
    // The list now shows FY2026 with the new adoption.
    await admin.waitForSelector("[data-testid=ad-table] tr[data-id='FY2026-A1']");
    const row = await admin.textContent("[data-testid=ad-table] tr[data-id='FY2026-A1']");
    expect(row).toContain("右腕人材枠");
    expect(row).toMatch(/\(1\) .+、\(2\) /);
    await shoot(admin, "adoption-recorded");
    // And the chart's numbers count it.
    await tab(admin, "概要とグラフ", "管理コンソール");
    await admin.waitForSelector("[data-testid=table-applications]");
    const applications = await tableRows(admin, "table-applications");
    expect(applications.find((r) => r[0] === "2026年度")?.[3]).toBe("1");
    await admin.waitForSelector("[data-testid=table-blocks]");
    const blocks = await tableRows(admin, "table-blocks");
    const fy2026Column = (await admin.$$eval("[data-testid=table-blocks] thead th", (n) => n.map((e) => e.textContent))).indexOf("2026年度");
    expect(fy2026Column).toBeGreaterThan(0);
    expect(blocks.reduce((sum, r) => sum + Number(r[fy2026Column]), 0)).toBeGreaterThanOrEqual(1);
  });

  it("refuses ドット道東's fourth adoption with the rule in Japanese beside the members, writing nothing", async () => {
    await tab(admin, "採択", "採択");
    await admin.selectOption("#ad-year", "2026");
    await admin.selectOption("#ad-frame", "RIGHT_ARM");
    await admin.fill("#ad-code", "A2");
    await pickMember(admin, "op-dotdoto");
    const answered = refusalOf(admin, "AdminRecordAdoption");
    await admin.getByRole("button", { name: "採択を登録する" }).click();
    const refusal = await answered;
    expect(refusal).toMatchObject({ code: "BAD_USER_INPUT", rule: "ADOPTION_CAP", field: "memberOperatorIds" });
    await admin.waitForSelector("#ad-members-error");
    // The screen shows the API's own Japanese sentence (extensions.messageJa) beside the field the API names.
    expect(await admin.textContent("#ad-members-error")).toBe(refusal.messageJa);
    expect(refusal.messageJa).toBe(
      "2026年度からは、同じ事業者の採択は2022年度以降のすべての枠を通算して3回までです。上限に達した事業者は採択できません。（規則: 採択回数の上限）",
    );
    await admin.waitForSelector("[data-testid=ad-cap-detail] li");
    expect(await admin.textContent("[data-testid=ad-cap-detail]")).toMatch(/ドット道東.*4/);
    expect(await hub.sql("funding", "SELECT id FROM adoption WHERE id = 'FY2026-A2'")).toEqual([]);
    await shoot(admin, "adoption-refused");

    // With no answer at all (the network down), the screen's own sentence says so, above the buttons.
    await admin.route("**/graphql", (route) =>
      /^\s*mutation AdminRecordAdoption\b/.test(String(route.request().postDataJSON()?.query ?? "")) ? route.abort("internetdisconnected") : route.continue(),
    );
    await admin.getByRole("button", { name: "採択を登録する" }).click();
    await admin.waitForSelector("p.error[role=alert]:not(.field-error)");
    expect(await admin.textContent("p.error[role=alert]:not(.field-error)")).toBe("サーバーに接続できません。ネットワークの接続を確認して、もう一度お試しください。");
    expect(await admin.locator("#ad-members-error").count()).toBe(0);
    await admin.unroute("**/graphql");
  });

  it("suspends and grants a logo licence with reasons and shows the history", async () => {
    await tab(admin, "ロゴマーク利用", "ロゴマーク利用");
    await admin.waitForSelector('#li-operator option[value="op-meguru"]', { state: "attached" });
    await admin.selectOption("#li-operator", "op-meguru");
    await admin.waitForSelector("[data-testid=li-status]");
    const before = await admin.textContent("[data-testid=li-status]");
    await admin.getByLabel("停止する").check();
    await admin.getByRole("button", { name: "停止する" }).click();
    expect(await admin.textContent("#li-reason-error")).toBe("理由は1〜1000文字で入力してください。");
    await admin.fill("#li-reason", "ブラウザ検証: 報告書の提出待ち");
    await admin.getByRole("button", { name: "停止する" }).dblclick();
    await admin.waitForSelector("[data-testid=li-done]");
    await admin.waitForFunction(() => document.querySelector("[data-testid=li-status]")?.textContent === "利用停止中");
    // Suspending again is a conflict, told in the API's Japanese.
    await admin.fill("#li-reason", "二度目の停止");
    const answered = refusalOf(admin, "AdminSuspendLicence");
    await admin.getByRole("button", { name: "停止する" }).click();
    const refusal = await answered;
    expect(refusal.code).toBe("CONFLICT");
    await admin.waitForSelector("p.error[role=alert]");
    expect(await admin.textContent("p.error[role=alert]")).toBe(refusal.messageJa);
    expect(refusal.messageJa).toBe("停止できるのは有効な許可だけです。現在の状態を確認してください。");
    await admin.getByLabel("許可する").check();
    await admin.fill("#li-reason", "報告書を受領したため再開");
    await admin.getByRole("button", { name: "許可する" }).click();
    await admin.waitForFunction(() => document.querySelectorAll("[data-testid=li-history] tbody tr").length === 2);
    const history = await tableRows(admin, "li-history");
    expect(history.map((r) => [r[1], r[3]])).toEqual([
      ["ロゴマーク利用の許可", "報告書を受領したため再開"],
      ["ロゴマーク利用の停止", "ブラウザ検証: 報告書の提出待ち"],
    ]);
    expect(history[1]![2]).toBe(`${before} → 利用停止中`);
    await shoot(admin, "licences");
  });

  it("records a linked-law certification, answers eligibility with Japanese reasons, and lists every change with its audit row", async () => {
    await tab(admin, "法制度の認定", "法制度の認定");
    await admin.waitForSelector('#ce-operator option[value="op-tsubameito"]', { state: "attached" });
    await admin.selectOption("#ce-operator", "op-tsubameito");
    await admin.waitForSelector("#ce-law option[value=DUAL_RESIDENCE]", { state: "attached" });
    await admin.selectOption("#ce-law", "DUAL_RESIDENCE");
    await admin.fill("#ce-body", "燕市");
    await admin.fill("#ce-on", "2026-04-01");
    await admin.getByRole("button", { name: "認定を登録する" }).dblclick();
    await admin.waitForSelector("[data-testid=ce-table]");
    expect(await tableRows(admin, "ce-table")).toEqual([["二地域居住促進法", "燕市", "2026-04-01", "定めなし・記載なし", expect.any(String)]]);
    await shoot(admin, "certifications");

    await tab(admin, "採択要件の確認", "採択要件の確認");
    await admin.waitForSelector('#el-operator option[value="op-dotdoto"]', { state: "attached" });
    await admin.selectOption("#el-operator", "op-dotdoto");
    await admin.selectOption("#el-year", "2026");
    await admin.selectOption("#el-frame", "RIGHT_ARM");
    await admin.waitForSelector("[data-testid=el-result][data-status=NOT_ELIGIBLE]");
    expect(await admin.textContent("[data-testid=el-status]")).toBe("採択できない");
    expect(await admin.textContent("[data-testid=el-reasons]")).toMatch(/3回/);
    await admin.selectOption("#el-frame", "LEGAL_SYSTEM_LINKAGE");
    await admin.selectOption("#el-operator", "op-meguru");
    await admin.waitForSelector("[data-testid=el-result]");
    await shoot(admin, "eligibility");

    await tab(admin, "変更の記録", "変更の記録");
    await admin.waitForSelector("[data-testid=audit-table]");
    const actions = await admin.$$eval("[data-testid=audit-table] tbody tr", (n) => n.map((e) => e.getAttribute("data-action")));
    expect(actions).toEqual(["recordLinkedLawCertification", "grantLogoLicense", "suspendLogoLicense", "recordAdoption"]);
    await shoot(admin, "audit");
  });

  it("keeps a coordinator out of the console, on screen and in the API", async () => {
    const page = await newUser();
    await signInCoordinator(page, "op-meguru");
    expect(await page.getByRole("navigation", { name: "メインメニュー" }).getByRole("link", { name: "管理コンソール" }).count()).toBe(0);
    for (const address of ["/workspace/admin", "/workspace/admin/adoptions", "/workspace/admin/audit"]) {
      await page.goto(`${hub.baseUrl}${address}`);
      await h1(page, "管理コンソールは全国管理者専用です");
    }
    await shoot(page, "coordinator-refused");
    const refused = await hub.query("{ fundingAuditTrail(first: 1) { totalCount } }", {}, { as: { coordinator: "op-meguru" } });
    expect(refused.body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});
