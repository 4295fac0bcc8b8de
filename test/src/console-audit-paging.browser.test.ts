import type { Page } from "playwright-core";
import { accessibilityProblems } from "./a11y";
import { describeBrowser, launchBrowser, PHONE, type BrowserSession } from "./browser";
import { startHub, type Hub } from "./harness";

/** Rows the fixture writes into each trail: more than one page (20) of the organizations' trail, less of funding's. */
const ADMIN_ROWS = 47;
const FUNDING_ROWS = 13;

describeBrowser("the console's audit page reads both trails page by page, in Chromium through the gateway", () => {
  let hub: Hub;
  let session: BrowserSession;
  let admin: Page;
  /** Every row of both trails, newest first, as the page must end up listing them (request ids). */
  let expected: string[] = [];

  async function shownRequestIds(): Promise<string[]> {
    return admin.$$eval("[data-testid=audit-table] tbody tr td.mono", (cells) => cells.map((c) => c.textContent ?? ""));
  }

  beforeAll(async () => {
    hub = await startHub();
    session = await launchBrowser();
    // Interleaved in time, no two rows at the same moment (minutes apart, funding's half a minute off), so "newest first" has
    // one answer; written oldest first, as the application appends them (the trails page by id, newest first).
    await hub.sql(
      "organizations",
      `INSERT INTO admin_audit (at, actor_role, actor_subject, action, target_id, before, after, request_id)
       SELECT now() - make_interval(mins => ($1::int + 1 - i) * 3), 'NATIONAL_ADMIN', 'admin@meti.example', 'grantLogoLicense', 'op-tsubameito', NULL,
              '{"status":"LOGO_APPROVED"}'::jsonb, 'page-o-' || lpad(i::text, 2, '0')
       FROM generate_series(1, $1::int) AS i`,
      [ADMIN_ROWS],
    );
    await hub.sql(
      "funding",
      `INSERT INTO admin_audit (at, actor_role, actor_subject, action, target_id, before, after, request_id)
       SELECT now() - make_interval(mins => ($1::int + 1 - i) * 7, secs => 30), 'NATIONAL_ADMIN', 'admin@meti.example', 'recordAdoption', 'FY2026-P' || i, NULL,
              '{"frame":"LEGAL_SYSTEM_LINKAGE"}'::jsonb, 'page-f-' || lpad(i::text, 2, '0')
       FROM generate_series(1, $1::int) AS i`,
      [FUNDING_ROWS],
    );
    const all = [
      ...(await hub.sql<{ at: Date; request_id: string }>("organizations", "SELECT at, request_id FROM admin_audit")),
      ...(await hub.sql<{ at: Date; request_id: string }>("funding", "SELECT at, request_id FROM admin_audit")),
    ];
    expected = all.sort((a, b) => new Date(b.at).getTime() - new Date(a.at).getTime()).map((r) => r.request_id);
    expect(expected.length).toBeGreaterThanOrEqual(ADMIN_ROWS + FUNDING_ROWS);

    admin = await session.newPage();
    await admin.goto(`${hub.baseUrl}/workspace/sign-in`);
    await admin.waitForSelector("#dev-heading");
    await admin.getByLabel("全国管理者（経済産業省）").check();
    await admin.getByRole("button", { name: "サインイン", exact: true }).click();
    await admin.waitForFunction(() => document.querySelector("h1")?.textContent === "記録");
  });
  afterAll(async () => {
    process.stdout.write(`console audit paging screenshots:\n${(session?.shots ?? []).map((f) => `  ${f}`).join("\n")}\n`);
    expect(session.external).toEqual([]);
    expect(session.pageErrors).toEqual([]);
    await session?.close();
    await hub?.stop();
  });

  it("shows the newest page of both trails merged, never a row out of order, and the total", async () => {
    await admin.goto(`${hub.baseUrl}/workspace/admin/audit`);
    await admin.waitForSelector("[data-testid=audit-table]");
    const first = await shownRequestIds();
    // At least one page, at most two (both trails' first pages), and exactly the newest rows of both trails together.
    expect(first.length).toBeGreaterThanOrEqual(20);
    expect(first.length).toBeLessThanOrEqual(40);
    expect(first).toEqual(expected.slice(0, first.length));
    expect(await admin.textContent("[data-testid=audit-count]")).toBe(`全${expected.length}件のうち、新しい順に${first.length}件を表示しています。`);
    expect(await admin.getByRole("button", { name: "さらに読み込む" }).isVisible()).toBe(true);
    expect({ problems: await accessibilityProblems(admin) }).toEqual({ problems: [] });
    await session.screenshots(admin, "console-audit-paging-first", { fullPage: (width) => width !== PHONE.width });
  });

  it("reads on with 「さらに読み込む」 from the keyboard until every row of both trails is listed once, in order", async () => {
    const button = admin.getByRole("button", { name: "さらに読み込む" });
    let before = (await shownRequestIds()).length;
    for (let guard = 0; guard < 10 && (await button.count()) > 0; guard++) {
      await button.focus();
      await admin.keyboard.press("Enter");
      await admin.waitForFunction((n) => document.querySelectorAll("[data-testid=audit-table] tbody tr").length > n, before);
      const now = await shownRequestIds();
      // Each page only appends older rows below those already shown.
      expect(now).toEqual(expected.slice(0, now.length));
      before = now.length;
      await admin.waitForFunction(() => !Array.from(document.querySelectorAll("button")).some((b) => b.textContent === "読み込み中…"));
    }
    const all = await shownRequestIds();
    expect(all).toEqual(expected);
    expect(new Set(all).size).toBe(all.length);
    await admin.waitForSelector("[data-testid=audit-end]");
    expect(await admin.textContent("[data-testid=audit-end]")).toBe("これより古い記録はありません。");
    expect(await admin.textContent("[data-testid=audit-count]")).toBe(`全${expected.length}件のうち、新しい順に${expected.length}件を表示しています。`);
    expect({ problems: await accessibilityProblems(admin) }).toEqual({ problems: [] });
    await admin.getByRole("table").evaluate((t) => t.scrollIntoView());
    await session.screenshots(admin, "console-audit-paging-all", { fullPage: (width) => width !== PHONE.width });
  });
});
