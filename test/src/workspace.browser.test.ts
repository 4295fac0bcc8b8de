import path from "node:path";
import type { Page } from "playwright-core";
import { mintUserToken } from "@jinjibu/auth";
import { accessibilityProblems } from "./a11y";
import { ARTIFACTS, describeBrowser, launchBrowser, type BrowserSession } from "./browser";
import { startHub, type Hub } from "./harness";

/** ドット道東 (北海道) owns the person; プラットフォームあおもり (青森県, 東北) searches and asks for an introduction. */
const OWNER = "op-dotdoto";
const REQUESTER = "op-platform-aomori";
const PERSON = "ワーク 花子";
const SKILL = "ワークスペース検証";
const EMAIL = "hanako.work@example.jp";

describeBrowser("the coordinators' workspace in Chromium, end to end through the gateway", () => {
  let hub: Hub;
  let session: BrowserSession;
  let personId = "";
  let introductionPath = "";

  /** Each user is a page in a context of its own. */
  const newUser = (): Promise<Page> => session.newPage();

  /** Screenshots at 1280 and 390 px; at 390 the page must not scroll sideways. */
  async function shoot(page: Page, name: string): Promise<void> {
    expect({ name, problems: await accessibilityProblems(page) }).toEqual({ name, problems: [] });
    await session.screenshots(page, `workspace-${name}`, {
      // The desktop shot shows the whole page; the phone shot what the phone's screen shows first.
      fullPage: (width) => width === 1280,
    });
  }

  async function expectOneH1(page: Page, text: string): Promise<void> {
    await page.waitForFunction((expected) => document.querySelector("h1")?.textContent === expected, text).catch(() => undefined);
    expect(await page.$$eval("h1", (nodes) => nodes.map((n) => n.textContent))).toEqual([text]);
  }

  /** Waits until the elements' texts (each cut to `cut` characters) are exactly `expected`. */
  async function expectTexts(page: Page, selector: string, expected: string[], cut = 1000): Promise<void> {
    await page
      .waitForFunction(
        ([sel, want, n]) => JSON.stringify(Array.from(document.querySelectorAll(sel as string)).map((e) => (e.textContent ?? "").slice(0, n as number))) === JSON.stringify(want),
        [selector, expected, cut] as const,
      )
      .catch(() => undefined);
    expect(await page.$$eval(selector, (nodes, n) => nodes.map((e) => (e.textContent ?? "").slice(0, n)), cut)).toEqual(expected);
  }

  async function devSignIn(page: Page, operatorId: string): Promise<void> {
    await page.goto(`${hub.baseUrl}/workspace/`);
    await page.waitForSelector("#dev-heading");
    await page.getByLabel("コーディネーター（事業者の担当者）").check();
    await page.waitForSelector(`#dev-operator option[value="${operatorId}"]`, { state: "attached" });
    await page.selectOption("#dev-operator", operatorId);
    await page.getByRole("button", { name: "サインイン", exact: true }).click();
    await expectOneH1(page, "人材プール");
  }

  let owner: Page;
  let requester: Page;

  beforeAll(async () => {
    hub = await startHub();
    session = await launchBrowser();
    owner = await newUser();
    requester = await newUser();
  });
  afterAll(async () => {
    process.stdout.write(`workspace screenshots:\n${session.shots.map((f) => `  ${f}`).join("\n")}\n`);
    expect(session.external).toEqual([]);
    expect(session.pageErrors).toEqual([]);
    await session?.close();
    await hub?.stop();
  });

  it("signs in through the development sign-in page, with a skip link and one h1", async () => {
    await owner.goto(`${hub.baseUrl}/workspace/pool`);
    // Not signed in: the app sends the visitor to sign-in.
    await expectOneH1(owner, "サインイン");
    expect(new URL(owner.url()).pathname).toBe("/workspace/sign-in");
    await owner.waitForSelector(`#dev-operator option[value="${OWNER}"]`, { state: "attached" });
    await shoot(owner, "sign-in");
    await devSignIn(owner, OWNER);
    // The header shows the operator id first and its name once the session query answers: wait for the name.
    await owner.locator("[data-testid=who]", { hasText: "一般社団法人ドット道東" }).waitFor();
    expect(await owner.textContent("[data-testid=who]")).toContain("一般社団法人ドット道東");
    // Keyboard: on a fresh page the first Tab reaches the skip link, which moves focus to the main region.
    await owner.reload();
    await expectOneH1(owner, "人材プール");
    await owner.keyboard.press("Tab");
    expect(await owner.evaluate(() => document.activeElement?.textContent)).toBe("本文へスキップ");
    await owner.keyboard.press("Enter");
    expect(await owner.evaluate(() => document.activeElement?.id)).toBe("main");
  });

  it("adds one person with contact details and finds them in the own pool", async () => {
    await owner.getByRole("link", { name: "人材を1人登録する" }).click();
    await expectOneH1(owner, "人材を登録");
    // The browser checks the form before anything is sent, in Japanese.
    await owner.getByRole("button", { name: "登録する" }).click();
    expect(await owner.textContent("#pf-displayName-error")).toBe("氏名は1〜100文字で入力してください。");
    expect(await owner.getAttribute("#pf-displayName", "aria-invalid")).toBe("true");
    await owner.fill("#pf-displayName", PERSON);
    await owner.getByLabel("兼業・副業人材").check();
    await owner.fill("#pf-skills", `${SKILL}、法人営業`);
    await owner.selectOption("#pf-availability", "SIDE_JOB");
    await owner.selectOption("#pf-homePrefectureCode", "01");
    await owner.fill("#pf-email", EMAIL);
    await owner.fill("#pf-phone", "090-1111-2222");
    await shoot(owner, "person-new");
    await owner.getByRole("button", { name: "登録する" }).click();
    await expectOneH1(owner, `${PERSON}さん`);
    personId = decodeURIComponent(new URL(owner.url()).pathname.split("/").pop()!);
    expect(await owner.textContent("[data-testid=no-consent]")).toBe("まだ同意は記録されていません。");

    await owner.getByRole("link", { name: "人材プール" }).click();
    await owner.fill("#pool-q", SKILL);
    await owner.getByRole("button", { name: "検索", exact: true }).click();
    await owner.waitForFunction(() => document.querySelector("[data-testid=pool-count]")?.textContent === "1人（1ページ目）");
    const row = await owner.$$eval("[data-testid=pool-table] tbody tr td", (cells) => cells.map((c) => c.textContent));
    expect(row.slice(0, 5)).toEqual([PERSON, "兼業・副業人材", `${SKILL}、法人営業`, "兼業・副業", "同意なし"]);
    await owner.fill("#pool-q", "");
    await owner.getByRole("button", { name: "検索", exact: true }).click();
    await owner.waitForSelector("[data-testid=pool-table]");
    await shoot(owner, "pool");
  });

  it("records a consent as the person gave it, revokes it, and records it again", async () => {
    await owner.goto(`${hub.baseUrl}/workspace/pool/${encodeURIComponent(personId)}`);
    await expectOneH1(owner, `${PERSON}さん`);
    // The screen says what each scope lets other regions see.
    expect(await owner.textContent("#scope-help-OWN_OPERATOR")).toBe("ほかの地域の事業者には一切表示されません。自事業者の中だけで扱います。");
    const grant = async (obtained: string) => {
      await owner.getByLabel("全国", { exact: true }).check();
      await owner.getByLabel("兼業・副業マッチング").check();
      await owner.selectOption("#consent-method", "PAPER_FORM");
      await owner.fill("#consent-obtained", obtained);
      await owner.getByRole("button", { name: "同意を記録する" }).click();
      await owner.waitForSelector("text=同意を記録しました。");
    };
    await grant("2026-03-01T09:30");
    await expectTexts(owner, "[data-testid=consent-state]", ["有効"]);
    await owner.getByRole("button", { name: "撤回する" }).click();
    await owner.getByRole("button", { name: "撤回を確定する" }).click();
    await owner.waitForSelector("text=同意を撤回しました。次の検索から、ほかの地域には表示されません。");
    await expectTexts(owner, "[data-testid=consent-state]", ["撤回済み"], 4);
    const [{ n: revoked }] = await hub.sql<{ n: number }>("talent", "SELECT count(*)::int AS n FROM consent WHERE talent_id = $1 AND revoked_at IS NOT NULL", [personId]);
    expect(revoked).toBe(1);

    // While revoked, the other region finds nobody.
    await devSignIn(requester, REQUESTER);
    await requester.goto(`${hub.baseUrl}/workspace/search?purpose=SIDE_JOB_MATCHING&skill=${encodeURIComponent(SKILL)}`);
    await requester.waitForFunction(() => document.querySelector("[data-testid=search-count]")?.textContent?.endsWith(" 0人"));

    // The person consents again, later: the history keeps both, oldest first.
    await grant("2026-04-01T10:00");
    await expectTexts(owner, "[data-testid=consent-state]", ["撤回済み", "有効"], 4);
    await shoot(owner, "person");
  });

  let cardsBefore = 0;
  it("searches from a second operator, finds the person as a redacted card and asks for an introduction", async () => {
    [{ n: cardsBefore }] = await hub.sql<{ n: number }>("talent", "SELECT count(*)::int AS n FROM access_audit WHERE subject_talent_id = $1", [personId]);
    await requester.getByRole("link", { name: "全国の人材検索" }).click();
    await expectOneH1(requester, "全国の人材検索");
    await requester.selectOption("#s-purpose", "SIDE_JOB_MATCHING");
    await requester.fill("#s-skill", SKILL);
    await requester.selectOption("#s-block", "HOKKAIDO");
    await requester.getByRole("button", { name: "検索する" }).click();
    await requester.waitForFunction(() => document.querySelector("[data-testid=search-count]")?.textContent === "兼業・副業マッチングの目的で 1人");
    const card = await requester.textContent("[data-testid=talent-card]");
    expect(card).toContain("登録: 一般社団法人ドット道東");
    expect(card).toContain(SKILL);
    // Redacted: no name, no contact.
    expect(card).not.toContain(PERSON);
    expect(card).not.toContain(EMAIL);
    await shoot(requester, "search");

    await requester.getByRole("button", { name: "紹介を依頼する" }).click();
    await requester.getByRole("button", { name: "依頼を送る" }).click();
    expect(await requester.textContent("#ask-message-error")).toBe("メッセージを1〜2000文字で入力してください。");
    await requester.fill("#ask-message", "弊社支援先の製造業で、法人営業の副業人材を探しています。ご紹介いただけますか。");
    await shoot(requester, "request-dialog");
    await requester.getByRole("button", { name: "依頼を送る" }).click();
    await requester.waitForSelector("[data-testid=request-sent]");
    expect(await requester.textContent("[data-testid=card-status]")).toBe("紹介依頼: 依頼中");
  });

  it("lets the owner accept the request from the inbox, which writes a provision record", async () => {
    await owner.getByRole("link", { name: "紹介依頼" }).click();
    await expectOneH1(owner, "紹介依頼");
    await owner.waitForSelector("[data-testid=inbox]");
    const row = await owner.$$eval("[data-testid=inbox] tbody tr td", (cells) => cells.map((c) => c.textContent));
    expect(row.slice(0, 4)).toEqual(["特定非営利活動法人プラットフォームあおもり", PERSON, "兼業・副業マッチング", "依頼中"]);
    await shoot(owner, "introductions-inbox");
    await owner.getByRole("link", { name: "開く" }).click();
    await expectOneH1(owner, "紹介依頼（依頼中）");
    introductionPath = new URL(owner.url()).pathname;
    await owner.getByRole("button", { name: "承諾する…" }).click();
    await owner.getByRole("button", { name: "承諾を確定する" }).click();
    await owner.waitForSelector("[data-testid=intro-done]");
    await expectOneH1(owner, "紹介依頼（承諾）");
    const record = await owner.textContent("[data-testid=provision-record]");
    expect(record).toContain("提供元一般社団法人ドット道東");
    expect(record).toContain("提供先特定非営利活動法人プラットフォームあおもり");
    expect(record).toContain("氏名、メールアドレス、電話番号");
    expect(record).toContain("全国・書面・2026/04/01 10:00取得");
    await shoot(owner, "introduction-owner");
  });

  it("shows the requester the contact details and the provision record", async () => {
    await requester.getByRole("link", { name: "紹介依頼" }).click();
    await requester.getByRole("tab", { name: "送信した依頼" }).click();
    await requester.waitForSelector("[data-testid=outbox]");
    expect(await requester.$$eval("[data-testid=outbox] tbody tr td", (cells) => cells.map((c) => c.textContent).slice(0, 3))).toEqual([
      "一般社団法人ドット道東",
      "兼業・副業マッチング",
      "承諾",
    ]);
    await requester.getByRole("link", { name: "開く" }).click();
    await requester.waitForSelector("[data-testid=contact]");
    expect(new URL(requester.url()).pathname).toBe(introductionPath);
    const contact = await requester.textContent("[data-testid=contact]");
    expect(contact).toBe(`氏名${PERSON}メールアドレス${EMAIL}電話番号090-1111-2222`);
    expect(await requester.textContent("[data-testid=provision-record]")).toContain("提供先特定非営利活動法人プラットフォームあおもり");
    await shoot(requester, "introduction-requester");
  });

  it("shows the owner the person's audit rows and provision record, filtered by person and date", async () => {
    await owner.goto(`${hub.baseUrl}/workspace/pool/${encodeURIComponent(personId)}`);
    await owner.getByRole("link", { name: "この人のアクセス記録・提供記録を見る" }).click();
    await expectOneH1(owner, "記録");
    await owner.waitForSelector("[data-testid=audit-table]");
    expect(await owner.textContent("[data-testid=person-filter]")).toContain(`人材で絞り込み中: ${PERSON}`);
    const kinds = await owner.$$eval("[data-testid=audit-table] tbody tr td:nth-child(2)", (cells) => cells.map((c) => c.textContent));
    // Newest first: the requester read the contact after acceptance; before that its searches showed the card.
    expect(kinds[0]).toBe("連絡先の閲覧");
    expect(kinds.slice(1).every((k) => k === "検索カードの表示")).toBe(true);
    expect(kinds.length).toBeGreaterThan(cardsBefore);
    const [{ n: rows }] = await hub.sql<{ n: number }>("talent", "SELECT count(*)::int AS n FROM access_audit WHERE subject_talent_id = $1", [personId]);
    expect(await owner.textContent("[data-testid=records-count]")).toBe(`${rows}件`);
    expect(await owner.$$eval("[data-testid=audit-table] tbody tr td:nth-child(3)", (c) => [...new Set(c.map((n) => n.textContent))])).toEqual([
      "特定非営利活動法人プラットフォームあおもり",
    ]);
    await shoot(owner, "records-audit");
    // A date range before anything happened finds nothing.
    await owner.fill("#r-from", "2020-01-01");
    await owner.fill("#r-to", "2020-12-31");
    await owner.getByRole("button", { name: "絞り込む" }).click();
    await owner.waitForFunction(() => document.querySelector("[data-testid=records-count]")?.textContent === "0件");
    await owner.getByRole("tab", { name: "提供記録" }).click();
    await owner.waitForFunction(() => document.querySelector("[data-testid=records-count]")?.textContent === "0件");
    await owner.fill("#r-from", "");
    await owner.fill("#r-to", "");
    await owner.getByRole("button", { name: "絞り込む" }).click();
    await owner.waitForSelector("[data-testid=provision-table]");
    const record = await owner.$$eval("[data-testid=provision-table] tbody tr td", (cells) => cells.map((c) => c.textContent));
    expect(record.slice(1, 4)).toEqual(["一般社団法人ドット道東 → 特定非営利活動法人プラットフォームあおもり", "氏名、メールアドレス、電話番号", "兼業・副業マッチング"]);
    await shoot(owner, "records-provision");
  });

  it("declines a second request with a reason the owner must give, and shows the reason to the requester", async () => {
    const [{ card_id: cardId }] = await hub.sql<{ card_id: string }>("talent", "SELECT card_id FROM talent_profile WHERE id = $1", [personId]);
    const asked = await hub.query<{ requestIntroduction: { id: string } }>(
      `mutation ($card: ID!) { requestIntroduction(cardId: $card, purpose: SIDE_JOB_MATCHING, message: "別の案件でもご相談させてください。") { id } }`,
      { card: cardId },
      { as: { coordinator: REQUESTER } },
    );
    const id = asked.body.data!.requestIntroduction.id;
    await owner.goto(`${hub.baseUrl}/workspace/introductions/${id}`);
    await expectOneH1(owner, "紹介依頼（依頼中）");
    await owner.getByRole("button", { name: "辞退する…" }).click();
    await owner.waitForSelector("[data-testid=decline-form]");
    // Nothing chosen: the screen says what is missing and sends nothing.
    await owner.getByRole("button", { name: "辞退を確定する" }).click();
    expect(await owner.textContent("#decline-reason-error")).toBe("辞退の理由を選んでください。");
    expect(await owner.getAttribute("#decline-reason", "aria-invalid")).toBe("true");
    await owner.getByLabel("辞退の理由（必須）").selectOption("OTHER");
    await owner.getByRole("button", { name: "辞退を確定する" }).click();
    expect(await owner.textContent("#decline-note-error")).toBe("「その他」を選んだときは、理由を具体的に書いてください。");
    await owner.getByLabel("理由の詳細（必須・500文字まで）").fill("本人が今期は本業の繁忙期のため、来年度にあらためてご相談ください。");
    await shoot(owner, "decline-form");
    await owner.getByRole("button", { name: "辞退を確定する" }).click();
    await owner.waitForSelector("[data-testid=intro-done]");
    await expectOneH1(owner, "紹介依頼（辞退）");
    expect(await owner.textContent("[data-testid=decline-reason]")).toBe("その他（詳細に記入）");
    expect(await hub.sql("talent", "SELECT event, actor_operator_id, decline_reason FROM introduction_event WHERE introduction_id = $1 ORDER BY id", [id])).toEqual([
      { event: "REQUESTED", actor_operator_id: REQUESTER, decline_reason: null },
      { event: "DECLINED", actor_operator_id: OWNER, decline_reason: "OTHER" },
    ]);

    await requester.goto(`${hub.baseUrl}/workspace/introductions?box=outbox&status=DECLINED`);
    await requester.waitForSelector("[data-testid=outbox]");
    expect(await requester.$$eval("[data-testid=outbox] tbody tr td", (cells) => cells.map((c) => c.textContent).slice(0, 3))).toEqual([
      "一般社団法人ドット道東",
      "兼業・副業マッチング",
      "辞退（理由: その他（詳細に記入））",
    ]);
    await requester.getByRole("link", { name: "開く" }).click();
    await expectOneH1(requester, "紹介依頼（辞退）");
    expect(await requester.textContent("[data-testid=decline-reason]")).toBe("その他（詳細に記入）");
    expect(await requester.textContent("[data-testid=decline-note]")).toBe("本人が今期は本業の繁忙期のため、来年度にあらためてご相談ください。");
    await shoot(requester, "introduction-declined-requester");
  });

  it("shows the import page placeholder inside the layout", async () => {
    await owner.getByRole("link", { name: "取り込み・書き出し" }).click();
    await expectOneH1(owner, "取り込み・書き出し");
    await shoot(owner, "import");
  });

  it("turns API errors into Japanese sentences without codes", async () => {
    await owner.goto(`${hub.baseUrl}/workspace/records?from=2026-13-01`);
    await owner.waitForSelector(".error");
    const message = await owner.textContent(".error");
    expect(message).toBe("「開始日」の入力内容に誤りがあります。説明に沿って直し、もう一度お試しください。");
    expect(message).not.toMatch(/[A-Z_]{5,}/);
  });

  it("deletes a person after a confirmation that says what stays", async () => {
    await owner.goto(`${hub.baseUrl}/workspace/pool/${encodeURIComponent(personId)}`);
    await owner.getByRole("button", { name: "削除する…" }).click();
    expect(await owner.textContent("dialog[open]")).toContain("提供記録は3年間残ります。");
    await owner.locator("dialog[open]").getByRole("button", { name: "削除する" }).click();
    await owner.waitForSelector("[data-testid=erased]");
    expect(await owner.textContent("[data-testid=erased]")).toContain("提供記録1件は、個人情報保護法（第29条）により3年間保存します");
    const [{ n }] = await hub.sql<{ n: number }>("talent", "SELECT count(*)::int AS n FROM provision_record WHERE talent_ref = $1", [personId]);
    expect(n).toBe(1);
    expect(await hub.sql("talent", "SELECT id FROM talent_profile WHERE id = $1", [personId])).toEqual([]);
  });

  it("filters the cross-region search by work style and interest in the region, shows facet counts and narrows by a facet", async () => {
    const SEARCH_SKILL = "検索画面検証";
    const register = async (input: Record<string, unknown>) => {
      const created = await hub.query<{ registerTalentProfiles: { id: string }[] }>(
        `mutation ($input: [RegisterTalentProfileInput!]!) { registerTalentProfiles(input: $input) { id } }`,
        { input: [{ skills: [SEARCH_SKILL], availability: "SIDE_JOB", email: "search.check@example.jp", phone: "090-3333-4444", ...input }] },
        { as: { coordinator: OWNER } },
      );
      expect(created.body.errors).toBeUndefined();
      const id = created.body.data!.registerTalentProfiles[0]!.id;
      const granted = await hub.query(
        `mutation ($t: ID!, $input: GrantConsentInput!) { grantConsent(talentId: $t, input: $input) { id } }`,
        { t: id, input: { scope: "NATIONWIDE", purposes: ["SIDE_JOB_MATCHING"], obtainedAt: "2026-04-01T10:00:00+09:00", method: "WEB_FORM" } },
        { as: { coordinator: OWNER } },
      );
      expect(granted.body.errors).toBeUndefined();
    };
    // Three people: 北海道 (remote, wants to move), 東京 ×2 (on site / hybrid and remote).
    await register({ displayName: "検索 一郎", kinds: ["SIDE_JOB"], homePrefectureCode: "01", preferredWorkStyles: ["REMOTE"], interestInRegion: "RELOCATION" });
    await register({ displayName: "検索 二郎", kinds: ["SIDE_JOB", "UI_TURN"], homePrefectureCode: "13", preferredWorkStyles: ["ON_SITE"], interestInRegion: "RELATED_POPULATION" });
    await register({ displayName: "検索 三郎", kinds: ["UI_TURN"], homePrefectureCode: "13", preferredWorkStyles: ["HYBRID", "REMOTE"] });

    const count = (text: string) =>
      requester.waitForFunction((t) => document.querySelector("[data-testid=search-count]")?.textContent === t, `兼業・副業マッチングの目的で ${text}`);
    await requester.goto(`${hub.baseUrl}/workspace/search?purpose=SIDE_JOB_MATCHING&skill=${encodeURIComponent(SEARCH_SKILL)}`);
    await expectOneH1(requester, "全国の人材検索");
    await count("3人");
    // Facets of the current filter, largest first (kinds in the API's order when equal).
    await expectTexts(requester, "[data-testid=facet-kinds] button", ["UIターン人材 2件", "兼業・副業人材 2件"]);
    await expectTexts(requester, "[data-testid=facet-blocks] button", ["関東 2件", "北海道 1件"]);

    // The new filters are labelled checkboxes; "any of" within a group, every group must match.
    await requester.getByRole("group", { name: "勤務スタイル（いずれかを希望する人）" }).getByLabel("リモート", { exact: true }).check();
    await requester.getByRole("button", { name: "検索する" }).click();
    await count("2人");
    expect(new URL(requester.url()).searchParams.getAll("ws")).toEqual(["REMOTE"]);
    await expectTexts(requester, "[data-testid=facet-blocks] button", ["北海道 1件", "関東 1件"]);
    await requester.getByRole("group", { name: "地域への関心（いずれかに当てはまる人）" }).getByLabel("移住", { exact: true }).check();
    await requester.getByRole("button", { name: "検索する" }).click();
    await count("1人");
    expect(await requester.textContent("[data-testid=talent-card]")).toContain("移住");
    await requester.getByLabel("移住", { exact: true }).uncheck();
    await requester.getByLabel("関係人口", { exact: true }).check();
    await requester.getByRole("button", { name: "検索する" }).click();
    await count("0人");
    await requester.getByLabel("関係人口", { exact: true }).uncheck();
    await requester.getByLabel("リモート", { exact: true }).uncheck();
    await requester.getByRole("button", { name: "検索する" }).click();
    await count("3人");
    await shoot(requester, "search-facets");

    // A facet narrows the search, from the keyboard: focus the 関東 button and press Enter.
    await requester.getByRole("button", { name: "関東 2件" }).focus();
    await requester.keyboard.press("Enter");
    await count("2人");
    expect(new URL(requester.url()).searchParams.get("block")).toBe("KANTO");
    expect(await requester.inputValue("#s-block")).toBe("KANTO");
    expect(await requester.getAttribute("[data-testid=facet-blocks] button", "aria-pressed")).toBe("true");
    await expectTexts(requester, "[data-testid=facet-kinds] button", ["UIターン人材 2件", "兼業・副業人材 1件"]);
    await requester.getByRole("button", { name: "兼業・副業人材 1件" }).click();
    await count("1人");
    expect(new URL(requester.url()).searchParams.getAll("kind")).toEqual(["SIDE_JOB"]);
    expect(new URL(requester.url()).searchParams.get("block")).toBe("KANTO");

    // More than the bound: the total and the facets say they are lower bounds.
    await hub.sql("talent", `INSERT INTO talent_profile (id, operator_id, card_id, kinds, skills, search_text, availability, home_prefecture_code)
      SELECT 'tp-many-' || i, $1, 'card-many-' || i, ARRAY['SIDE_JOB'], ARRAY['大量検証'], '大量検証', 'SIDE_JOB', lpad((1 + i % 47)::text, 2, '0')
      FROM generate_series(1, 1005) i`, [OWNER]);
    await hub.sql("talent", `INSERT INTO consent (talent_id, operator_id, scope, purposes, obtained_at, method)
      SELECT 'tp-many-' || i, $1, 'NATIONWIDE', ARRAY['SIDE_JOB_MATCHING'], now(), 'WEB_FORM' FROM generate_series(1, 1005) i`, [OWNER]);
    await requester.goto(`${hub.baseUrl}/workspace/search?purpose=SIDE_JOB_MATCHING&skill=${encodeURIComponent("大量検証")}`);
    await count("1,000件以上");
    await expectTexts(requester, "[data-testid=facet-kinds] button", ["兼業・副業人材 1,000件以上"]);
    const blocks = await requester.$$eval("[data-testid=facet-blocks] button", (nodes) => nodes.map((n) => n.textContent ?? ""));
    expect(blocks.length).toBe(9);
    expect(blocks.every((b) => /^\S+ [\d,]+件以上$/.test(b))).toBe(true);
    await shoot(requester, "search-lower-bound");
    // On a phone the facets are further down: a shot of the count and the facets themselves, at 390 px.
    await requester.setViewportSize({ width: 390, height: 844 });
    await requester.locator("[data-testid=search-facets]").scrollIntoViewIfNeeded();
    const phone = path.join(ARTIFACTS, "workspace-search-facets-phone-390.png");
    await requester.screenshot({ path: phone });
    session.shots.push(phone);
    await requester.setViewportSize({ width: 1280, height: 900 });
  });

  it("keeps the page a person chose right after signing in, while the operator's name is still loading", async () => {
    const fast = await newUser();
    // Hold back the one request that fills in the operator's name, so the menu is clicked before it answers.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await fast.route("**/graphql", async (route) => {
      if ((route.request().postData() ?? "").includes("WorkspaceOperatorName")) await held;
      await route.continue();
    });
    await fast.goto(`${hub.baseUrl}/workspace/`);
    await fast.waitForSelector("#dev-heading");
    await fast.getByLabel("コーディネーター（事業者の担当者）").check();
    await fast.waitForSelector(`#dev-operator option[value="${OWNER}"]`, { state: "attached" });
    await fast.selectOption("#dev-operator", OWNER);
    await fast.getByRole("button", { name: "サインイン", exact: true }).click();
    await expectOneH1(fast, "人材プール");
    await fast.getByRole("navigation", { name: "メインメニュー" }).getByRole("link", { name: "記録" }).click();
    await expectOneH1(fast, "記録");
    release();
    await fast.waitForFunction(() => !document.querySelector("[data-testid=who]")?.textContent?.startsWith("op-"));
    // The name arrived; the person is still where they went.
    expect(new URL(fast.url()).pathname).toBe("/workspace/records");
    await expectOneH1(fast, "記録");
  });

  it("says when the session expired and returns to sign-in", async () => {
    // A token the gateway refuses (expired an hour ago) while the app still believes in it.
    const expired = await mintUserToken(hub.identityKey, { role: "COORDINATOR", operatorId: OWNER, subject: "expired@test", expiresIn: "-1h" });
    await owner.evaluate((token) => {
      const raw = sessionStorage.getItem("jinjibu.workspace.session")!;
      sessionStorage.setItem("jinjibu.workspace.session", JSON.stringify({ ...JSON.parse(raw), token }));
    }, expired);
    await owner.goto(`${hub.baseUrl}/workspace/pool`);
    await expectOneH1(owner, "サインイン");
    expect(await owner.textContent("[data-testid=notice]")).toBe("セッションの有効期限が切れました。もう一度サインインしてください。");
    await shoot(owner, "session-expired");
  });

  it("signs out", async () => {
    await requester.getByRole("button", { name: "サインアウト" }).click();
    await expectOneH1(requester, "サインイン");
    expect(await requester.textContent("main")).toContain("サインアウトしました。");
    await requester.goto(`${hub.baseUrl}/workspace/pool`);
    await expectOneH1(requester, "サインイン");
  });

  it("stops sign-ins from an address for a while after repeated refused sign-ins, and says so in Japanese", async () => {
    // Refused sign-ins at the session route have their own budget (10 per address per 15 minutes): use it up.
    for (let i = 0; i < 10; i += 1) {
      const refused = await fetch(`${hub.baseUrl}/workspace/api/session`, { headers: { authorization: `Bearer not.a.token${i}` } });
      expect(refused.status).toBe(401);
    }
    const page = await newUser();
    await page.goto(`${hub.baseUrl}/workspace/`);
    await page.waitForSelector("#dev-heading");
    await page.getByLabel("コーディネーター（事業者の担当者）").check();
    await page.waitForSelector(`#dev-operator option[value="${OWNER}"]`, { state: "attached" });
    await page.selectOption("#dev-operator", OWNER);
    await page.getByRole("button", { name: "サインイン", exact: true }).click();
    await page.waitForSelector("[role=alert]");
    expect(await page.textContent("[role=alert]")).toMatch(/^サインインの失敗が続いたため、このネットワークからのサインインを一時的に止めています。約1[45]分後にもう一度お試しください。$/);
    await expectOneH1(page, "サインイン");
    await shoot(page, "sign-in-rate-limited");
  });
});
