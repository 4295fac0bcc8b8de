import type { Page, Route } from "playwright-core";
import { accessibilityProblems } from "./a11y";
import { describeBrowser, launchBrowser, PHONE, type BrowserSession } from "./browser";
import { startHub, type Hub } from "./harness";

/**
 * 北海道エンブリッジ (北海道) is a demo region: demo companies, needs and matchings in every state. Its coordinator registers a
 * company, writes a need for it, sees the consented people of 株式会社つばめいと (新潟県) suggested with reasons, proposes
 * matchings and moves them along; つばめいと accepts the introduction through the existing flow.
 */
const NEED_SIDE = "op-hokkaido-enbridge";
const NEED_SIDE_NAME = "特定非営利活動法人北海道エンブリッジ";
const TALENT_SIDE = "op-tsubameito";
const TALENT_SIDE_NAME = "株式会社つばめいと";
const COMPANY_NAME = "道東精密検証工業株式会社";
const SKILL = "需要画面検証";
const NEED_TITLE = "人事評価制度づくりの副業人材（画面検証）";

/** The Japanese fiscal year of a moment (it starts on 1 April, Japan time). */
function fiscalYearNow(now: Date): number {
  const jst = new Date(now.getTime() + 9 * 3600_000);
  return jst.getUTCMonth() >= 3 ? jst.getUTCFullYear() : jst.getUTCFullYear() - 1;
}

describeBrowser("the demand side of the workspace in Chromium, end to end through the gateway", () => {
  let hub: Hub;
  let session: BrowserSession;
  let needSide: Page;
  let talentSide: Page;
  let needId = "";
  let companyId = "";
  /** Card ids of the three people of つばめいと, by the second skill that tells them apart. */
  const cards = new Map<string, string>();
  /** Profile ids of the people of つばめいと, by the same tag. */
  const people = new Map<string, string>();

  /**
   * What every screen must pass before its pictures: WCAG AA contrast of the text, 3:1 for the borders of text inputs and
   * selects, a name on every control; then screenshots at 1280 px (whole page) and 390 px (what a phone shows first, or the
   * whole page when what the picture is about lies further down), where the page must not scroll sideways.
   */
  async function shoot(page: Page, name: string, options: { wholePhonePage?: boolean } = {}): Promise<void> {
    expect({ name, problems: await accessibilityProblems(page) }).toEqual({ name, problems: [] });
    await session.screenshots(page, `demand-${name}`, { fullPage: (width) => options.wholePhonePage === true || width !== PHONE.width });
  }

  async function expectOneH1(page: Page, text: string): Promise<void> {
    await page.waitForFunction((expected) => document.querySelector("h1")?.textContent === expected, text).catch(() => undefined);
    expect(await page.$$eval("h1", (nodes) => nodes.map((n) => n.textContent))).toEqual([text]);
  }

  async function devSignIn(page: Page, operatorId: string | null): Promise<void> {
    await page.goto(`${hub.baseUrl}/workspace/`);
    await page.waitForSelector("#dev-heading");
    if (operatorId) {
      await page.getByLabel("コーディネーター（事業者の担当者）").check();
      await page.waitForSelector(`#dev-operator option[value="${operatorId}"]`, { state: "attached" });
      await page.selectOption("#dev-operator", operatorId);
    } else {
      await page.getByLabel("全国管理者（経済産業省）").check();
    }
    await page.getByRole("button", { name: "サインイン", exact: true }).click();
    await expectOneH1(page, operatorId ? "人材プール" : "記録");
  }

  /** Registers one consented person of つばめいと (nationwide, side-job matching) through the API; returns the profile id. */
  async function registerPerson(tag: string, extra: Record<string, unknown>): Promise<string> {
    const created = await hub.query<{ registerTalentProfiles: { id: string }[] }>(
      `mutation ($input: [RegisterTalentProfileInput!]!) { registerTalentProfiles(input: $input) { id } }`,
      { input: [{ displayName: `需要 ${tag}`, kinds: ["SIDE_JOB"], skills: [SKILL, tag], availability: "SIDE_JOB", email: `${tag}@example.jp`, phone: "090-5555-0000", ...extra }] },
      { as: { coordinator: TALENT_SIDE } },
    );
    expect(created.body.errors).toBeUndefined();
    const id = created.body.data!.registerTalentProfiles[0]!.id;
    const granted = await hub.query(
      `mutation ($t: ID!, $input: GrantConsentInput!) { grantConsent(talentId: $t, input: $input) { id } }`,
      { t: id, input: { scope: "NATIONWIDE", purposes: ["SIDE_JOB_MATCHING"], obtainedAt: "2026-04-01T10:00:00+09:00", method: "WEB_FORM" } },
      { as: { coordinator: TALENT_SIDE } },
    );
    expect(granted.body.errors).toBeUndefined();
    return id;
  }

  /** What the API answers, as one of the two coordinators; fails the test on any error. */
  async function api<T>(operatorId: string, query: string, variables: Record<string, unknown>): Promise<T> {
    const response = await hub.query<T>(query, variables, { as: { coordinator: operatorId } });
    expect(response.body.errors).toBeUndefined();
    return response.body.data!;
  }

  /** Proposes a matching of the card for our need through the API. */
  async function proposeThroughApi(card: string): Promise<string> {
    const { proposeMatching } = await api<{ proposeMatching: { id: string } }>(
      NEED_SIDE,
      `mutation ($n: ID!, $c: ID!) { proposeMatching(needId: $n, cardId: $c, message: "API で用意した提案です。") { id } }`,
      { n: needId, c: card },
    );
    return proposeMatching.id;
  }

  beforeAll(async () => {
    hub = await startHub();
    session = await launchBrowser();
    needSide = await session.newPage();
    talentSide = await session.newPage();
    // Three people of つばめいと who consented nationwide to side-job matching; the need's skill is theirs.
    for (const [i, extra] of [{ homePrefectureCode: "15" }, { homePrefectureCode: "01", interestInRegion: "RELOCATION" }, {}].entries()) {
      people.set(`検証者${i + 1}`, await registerPerson(`検証者${i + 1}`, extra));
    }
  });
  afterAll(async () => {
    process.stdout.write(`demand screenshots:\n${(session?.shots ?? []).map((f) => `  ${f}`).join("\n")}\n`);
    expect(session.external).toEqual([]);
    expect(session.pageErrors).toEqual([]);
    await session?.close();
    await hub?.stop();
  });

  it("shows a coordinator of a demo region its companies, demo ones flagged, and registers one", async () => {
    await devSignIn(needSide, NEED_SIDE);
    await needSide.getByRole("link", { name: "企業・ニーズ" }).click();
    await expectOneH1(needSide, "支援企業");
    await needSide.waitForSelector("[data-testid=company-table]");
    const rows = await needSide.$$eval("[data-testid=company-row]", (r) => r.map((e) => e.textContent ?? ""));
    // The demo companies are flagged as such.
    expect(rows.find((r) => r.startsWith("デモ道東水産加工株式会社"))).toContain("デモデータ");
    const before = rows.length;

    // The form checks what it can before sending, next to the field.
    await needSide.getByRole("button", { name: "企業を登録する" }).click();
    await needSide.waitForSelector("[data-testid=problem-nameJa]");
    expect(await needSide.textContent("[data-testid=problem-nameJa]")).toBe("企業名を入力してください。");
    await needSide.getByLabel("企業名（必須）").fill(COMPANY_NAME);
    await needSide.getByLabel("別名・略称（「、」で区切る）").fill("道東精密検証、ドウトウセイミツ");
    await needSide.getByLabel("業種（日本標準産業分類の大分類）").selectOption("E");
    await needSide.getByLabel("規模").selectOption("SMALL");
    await needSide.getByLabel("都道府県").selectOption("01");
    await needSide.getByLabel("市区町村").fill("釧路市");
    await needSide.getByRole("button", { name: "企業を登録する" }).click();
    await needSide.waitForSelector("[data-testid=company-created]");
    await needSide.waitForFunction((n) => document.querySelectorAll("[data-testid=company-row]").length === n, before + 1);
    const created = await hub.sql<{ id: string; is_demo: boolean }>("organizations", "SELECT id, is_demo FROM regional_company WHERE name_ja = $1", [COMPANY_NAME]);
    expect(created).toEqual([{ id: expect.any(String), is_demo: false }]);
    companyId = created[0]!.id;
    // Talent learns the company from organizations' outbox right after the commit; the need below must not race it.
    await hub.outboxDelivered();
    const now = await needSide.$$eval("[data-testid=company-row]", (r) => r.map((e) => e.textContent ?? ""));
    expect(now.find((r) => r.startsWith(COMPANY_NAME))).not.toContain("デモデータ");
    await shoot(needSide, "companies");
  });

  it("imports a company list from a CSV file: checked first, then written all at once", async () => {
    const csv = "\uFEFF管理番号,企業名,別名,業種,規模,都道府県,市区町村,公開範囲\r\nT-001,釧路取込検証株式会社,,E 製造業,中小企業 (小),北海道,釧路市,ネットワーク内のみ\r\nT-002,帯広取込検証合同会社,,I,小規模企業,北海道,帯広市,公開\r\n";
    await needSide.setInputFiles("[data-testid=company-file]", { name: "企業一覧.csv", mimeType: "text/csv", buffer: Buffer.from(csv, "utf8") });
    await needSide.getByRole("button", { name: "内容を確認する（まだ登録しません）" }).click();
    await needSide.waitForSelector("[data-testid=company-import-check]");
    expect(await needSide.textContent("[data-testid=company-import-check]")).toContain("新規 2社・更新 0社・変更なし 0社。まだ登録していません。");
    const [{ n: before }] = await hub.sql<{ n: number }>("organizations", "SELECT count(*)::int AS n FROM regional_company WHERE name_ja LIKE '%取込検証%'");
    expect(before).toBe(0);
    await needSide.getByRole("button", { name: "この内容で取り込む" }).click();
    await needSide.waitForSelector("[data-testid=company-import-done]");
    const [{ n: after }] = await hub.sql<{ n: number }>("organizations", "SELECT count(*)::int AS n FROM regional_company WHERE name_ja LIKE '%取込検証%'");
    expect(after).toBe(2);
    await shoot(needSide, "companies-import");
  });

  it("refuses a need whose compensation minimum exceeds its maximum, in Japanese next to the field, and writes nothing; then registers it", async () => {
    await needSide.goto(`${hub.baseUrl}/workspace/demand/companies/${encodeURIComponent(companyId)}`);
    await expectOneH1(needSide, COMPANY_NAME);
    await shoot(needSide, "company");
    await needSide.getByRole("link", { name: "ニーズを登録する" }).click();
    await expectOneH1(needSide, "人材ニーズを登録する");
    await needSide.getByLabel("タイトル（必須・200文字まで）").fill(NEED_TITLE);
    await needSide.getByLabel("経営課題（必須）").fill("社員が増え、評価と処遇の基準がないまま離職が続いている。");
    await needSide.getByLabel("仕事の内容（必須）").fill("人事評価制度の設計と運用の立ち上げを、月2回のオンライン打合せと年2回の来社で支援していただきます。");
    await needSide.getByRole("group", { name: "求める人材の種類（必須・1〜5個）" }).getByLabel("兼業・副業人材").check();
    await needSide.getByLabel("求めるスキル（「、」で区切る・20個まで）").fill(SKILL);
    await needSide.getByRole("group", { name: "働き方（必須・1つ以上）" }).getByLabel("兼業・副業").check();
    await needSide.getByRole("group", { name: "勤務スタイル（選ばなければ問わない）" }).getByLabel("リモート", { exact: true }).check();
    await needSide.getByLabel("稼働量").fill("月20時間");
    await needSide.getByLabel("単位", { exact: true }).selectOption("MONTHLY");
    await needSide.getByLabel("下限（円）").fill("500000");
    await needSide.getByLabel("上限（円）").fill("300000");
    await needSide.getByRole("button", { name: "ニーズを登録する" }).click();
    await needSide.waitForSelector("[data-testid=problem-compensationMax]");
    const problem = await needSide.textContent("[data-testid=problem-compensationMax]");
    expect(problem).toBe("報酬の下限 (500,000円) が上限 (300,000円) を超えています。下限は上限以下にしてください。");
    expect(problem).not.toMatch(/[A-Z_]{5,}/);
    expect(await needSide.getAttribute("[aria-describedby$=compensationMax-error]", "aria-invalid")).toBe("true");
    // The focus moves to the field the rule concerns, so the sentence is seen and read.
    expect(await needSide.evaluate(() => document.activeElement?.id.endsWith("-compensationMax"))).toBe(true);
    expect(await hub.sql("talent", "SELECT id FROM need WHERE title = $1", [NEED_TITLE])).toEqual([]);
    await shoot(needSide, "need-form-error");

    await needSide.getByLabel("上限（円）").fill("600000");
    await needSide.getByRole("button", { name: "ニーズを登録する" }).click();
    await expectOneH1(needSide, NEED_TITLE);
    needId = decodeURIComponent(new URL(needSide.url()).pathname.split("/").pop()!);
    expect(await needSide.textContent("[data-testid=need-status]")).toBe("募集中");
    const written = await hub.sql<{ n: number }>("talent", "SELECT count(*)::int AS n FROM need WHERE title = $1", [NEED_TITLE]);
    expect(written).toEqual([{ n: 1 }]);
  });

  it("edits the need from its page: the form prefilled, the API's rule under the field with the focus on it, then saved from the keyboard", async () => {
    await needSide.getByRole("link", { name: "内容を編集する" }).click();
    await expectOneH1(needSide, "ニーズを編集する");
    // Prefilled from need(id): what was registered, and no state to choose (an edit keeps it).
    await needSide.waitForSelector("form[aria-label=人材ニーズの入力]");
    expect(await needSide.getByLabel("タイトル（必須・200文字まで）").inputValue()).toBe(NEED_TITLE);
    expect(await needSide.getByLabel("経営課題（必須）").inputValue()).toBe("社員が増え、評価と処遇の基準がないまま離職が続いている。");
    expect(await needSide.getByRole("group", { name: "求める人材の種類（必須・1〜5個）" }).getByLabel("兼業・副業人材").isChecked()).toBe(true);
    expect(await needSide.getByRole("group", { name: "働き方（必須・1つ以上）" }).getByLabel("兼業・副業").isChecked()).toBe(true);
    expect(await needSide.getByRole("group", { name: "勤務スタイル（選ばなければ問わない）" }).getByLabel("リモート", { exact: true }).isChecked()).toBe(true);
    expect(await needSide.getByLabel("求めるスキル（「、」で区切る・20個まで）").inputValue()).toBe(SKILL);
    expect(await needSide.getByLabel("稼働量").inputValue()).toBe("月20時間");
    expect(await needSide.getByLabel("単位", { exact: true }).inputValue()).toBe("MONTHLY");
    expect(await needSide.getByLabel("下限（円）").inputValue()).toBe("500000");
    expect(await needSide.getByLabel("上限（円）").inputValue()).toBe("600000");
    expect(await needSide.getByRole("group", { name: "共有範囲（どこまでのコーディネーターに見せるか）" }).getByLabel("全国の事業者").isChecked()).toBe(true);
    expect(await needSide.getByRole("group", { name: "状態" }).count()).toBe(0);

    // The same validation display as creation: the API's Japanese sentence under the field, the field marked and focused.
    await needSide.getByLabel("稼働量").fill("月24時間");
    await needSide.getByLabel("下限（円）").fill("700000");
    await needSide.getByRole("button", { name: "変更を保存する" }).click();
    await needSide.waitForSelector("[data-testid=problem-compensationMax]");
    expect(await needSide.textContent("[data-testid=problem-compensationMax]")).toBe("報酬の下限 (700,000円) が上限 (600,000円) を超えています。下限は上限以下にしてください。");
    expect(await needSide.getAttribute("[aria-describedby$=compensationMax-error]", "aria-invalid")).toBe("true");
    expect(await needSide.evaluate(() => document.activeElement?.id.endsWith("-compensationMax"))).toBe(true);
    expect(await hub.sql("talent", "SELECT volume_ja, compensation_min FROM need WHERE id = $1", [needId])).toEqual([{ volume_ja: "月20時間", compensation_min: 500000 }]);
    await shoot(needSide, "need-edit-error", { wholePhonePage: true });

    // From the keyboard: the focused field is corrected and Enter saves.
    await needSide.keyboard.press("ControlOrMeta+A");
    await needSide.keyboard.type("800000");
    await needSide.keyboard.press("Enter");
    await needSide.waitForSelector("[data-testid=need-updated]");
    await expectOneH1(needSide, NEED_TITLE);
    expect(await needSide.textContent("[data-testid=need-status]")).toBe("募集中");
    const props = await needSide.textContent("[data-testid=need-props]");
    expect(props).toContain("月24時間");
    expect(props).toContain("月額 700,000〜800,000円");
    expect(await hub.sql("talent", "SELECT volume_ja, compensation_min, compensation_max, status FROM need WHERE id = $1", [needId])).toEqual([
      { volume_ja: "月24時間", compensation_min: 700000, compensation_max: 800000, status: "OPEN" },
    ]);
    await shoot(needSide, "need-edited");
  });

  it("suggests the consented people of another region for the need, with reasons in words and a score", async () => {
    await needSide.waitForSelector("[data-testid=suggestion]");
    const mine = needSide.locator("[data-testid=suggestion]", { hasText: "検証者2" });
    await mine.waitFor();
    const reasons = await mine.locator("[data-testid=suggestion-reasons] li").allTextContents();
    expect(reasons).toEqual([
      `共通するスキル: ${SKILL}（+3点）`,
      "人材区分が合う: 兼業・副業人材（+2点）",
      "働き方が合う: 兼業・副業（+2点）",
      "地域への関心: 移住（+2点）",
      "企業と同じ都道府県に住んでいる: 北海道（+1点）",
    ]);
    expect(await mine.locator("[data-testid=suggestion-score]").textContent()).toBe("10");
    expect(await mine.textContent()).toContain(`登録: ${TALENT_SIDE_NAME}`);
    // Redacted: never a name or contact.
    expect(await mine.textContent()).not.toContain("需要 検証者2");
    // Every card of ours is suggested; the cards' ids are what proposals need.
    const suggestions = await api<{ needSuggestions: { items: { card: { cardId: string; skills: string[] } }[] } }>(
      NEED_SIDE,
      `query ($n: ID!) { needSuggestions(needId: $n, first: 50) { items { card { cardId skills } } } }`,
      { n: needId },
    );
    for (const item of suggestions.needSuggestions.items) {
      const tag = item.card.skills.find((s) => s.startsWith("検証者"));
      if (tag) cards.set(tag, item.card.cardId);
    }
    expect([...cards.keys()].sort()).toEqual(["検証者1", "検証者2", "検証者3"]);
    await shoot(needSide, "need");
  });

  let matchingPath = "";
  it("proposes a matching, asks for the introduction, and moves it along once the other region accepted", async () => {
    const mine = needSide.locator("[data-testid=suggestion]", { hasText: "検証者1" });
    await mine.getByRole("button", { name: "マッチングを提案する…" }).click();
    await needSide.getByLabel("相手の事業者へのメッセージ（任意・1000文字まで）").fill("人事制度づくりの経験がある方を探しています。");
    await shoot(needSide, "propose-dialog");
    await needSide.locator("dialog[open]").getByRole("button", { name: "提案する" }).click();
    await needSide.waitForSelector("[data-testid=matching-proposed]");
    await needSide.getByRole("link", { name: "マッチングを開く" }).click();
    await expectOneH1(needSide, `マッチング: ${NEED_TITLE}`);
    matchingPath = new URL(needSide.url()).pathname;
    const matchingId = matchingPath.split("/").pop()!;
    // 紹介済み only through an accepted introduction: the button waits for it.
    expect(await needSide.getByRole("button", { name: "「紹介済み」にする" }).isDisabled()).toBe(true);
    await needSide.getByLabel(`${TALENT_SIDE_NAME}へのメッセージ（必須・2000文字まで）`).fill("釧路市の製造業の人事評価制度づくりです。ご本人に確認をお願いします。");
    await needSide.getByRole("button", { name: "紹介を依頼する" }).click();
    await needSide.waitForFunction(() => document.querySelector("[data-testid=introduction-status]")?.textContent?.includes("依頼中"));
    await shoot(needSide, "matching-proposed");

    // The other region answers in the existing introduction flow.
    await devSignIn(talentSide, TALENT_SIDE);
    await talentSide.getByRole("link", { name: "紹介依頼" }).click();
    await talentSide.waitForSelector("[data-testid=inbox]");
    await talentSide.locator("[data-testid=inbox] tbody tr", { hasText: "需要 検証者1" }).getByRole("link", { name: "開く" }).click();
    await talentSide.getByRole("button", { name: "承諾する…" }).click();
    await talentSide.getByRole("button", { name: "承諾を確定する" }).click();
    await talentSide.waitForSelector("[data-testid=intro-done]");

    await needSide.reload();
    await needSide.waitForFunction(() => document.querySelector("[data-testid=introduction-status]")?.textContent?.includes("承諾"));
    await needSide.getByRole("button", { name: "「紹介済み」にする" }).click();
    await needSide.waitForFunction(() => document.querySelector("[data-testid=matching-done]")?.textContent === "「紹介済み」にしました。");
    await needSide.getByLabel("メモ（任意・記録に残ります）").fill("初回面談を6月上旬に設定");
    await needSide.getByRole("button", { name: "「面談中」にする" }).click();
    await needSide.waitForFunction(() => document.querySelector("[data-testid=matching-done]")?.textContent === "「面談中」にしました。");
    await needSide.getByRole("button", { name: "成立を記録する…" }).click();
    await needSide.getByLabel("開始日（必須）").fill("2026-06-01");
    await needSide.getByLabel("就業の種類").selectOption("SIDE_JOB");
    await needSide.getByRole("button", { name: "成立を確定する" }).click();
    await needSide.waitForFunction(() => document.querySelector("[data-testid=matching-done]")?.textContent?.startsWith("成立を記録しました。"));
    await needSide.waitForFunction(() => !document.querySelector("[data-testid=matching-steps]")?.textContent?.includes("まだ"));
    const events = await needSide.$$eval("[data-testid=matching-events] li strong", (n) => n.map((e) => e.textContent));
    expect(events).toEqual(["提案", "紹介済み", "面談中", "成立"]);
    expect(await hub.sql("talent", "SELECT placement_type, fiscal_year FROM placement WHERE matching_id = $1", [matchingId])).toEqual([{ placement_type: "SIDE_JOB", fiscal_year: 2026 }]);
    await shoot(needSide, "matching");
  });

  it("closes another matching as not concluded, with a reason", async () => {
    await needSide.goto(`${hub.baseUrl}/workspace/demand/needs/${needId}`);
    const other = needSide.locator("[data-testid=suggestion]", { hasText: "検証者2" });
    await other.getByRole("button", { name: "マッチングを提案する…" }).click();
    await needSide.locator("dialog[open]").getByRole("button", { name: "提案する" }).click();
    await needSide.getByRole("link", { name: "マッチングを開く" }).click();
    await expectOneH1(needSide, `マッチング: ${NEED_TITLE}`);
    await needSide.getByRole("button", { name: "不成立として終える…" }).click();
    await needSide.getByRole("button", { name: "不成立を確定する" }).click();
    expect(await needSide.textContent("[data-testid=problem-reason]")).toBe("不成立の理由を選んでください。");
    await needSide.getByLabel("理由（必須）").selectOption("TIMING");
    await needSide.getByLabel("補足（任意・1000文字まで）").fill("本業の繁忙期と重なるため、来年度に改めて相談");
    await needSide.getByRole("button", { name: "不成立を確定する" }).click();
    await needSide.waitForFunction(() => document.querySelector("[data-testid=matching-done]")?.textContent === "不成立として記録しました。");
    await needSide.waitForFunction(() => document.querySelector("[data-testid=matching-props]")?.textContent?.includes("時期が合わない（本業の繁忙期と重なるため、来年度に改めて相談）"));
    await shoot(needSide, "matching-not-concluded");
  });

  it("shows the board with items in every state, demo ones flagged", async () => {
    await proposeThroughApi(cards.get("検証者3")!);
    await needSide.getByRole("link", { name: "マッチング", exact: true }).click();
    await expectOneH1(needSide, "マッチング");
    await needSide.waitForSelector("[data-testid=matching-board]");
    const headings = await needSide.$$eval("[data-testid=matching-board] h2", (h) => h.map((e) => e.textContent!.replace(/\s*\d+件$/, "")));
    expect(headings).toEqual(["提案", "紹介済み", "面談中", "成立", "不成立"]);
    // The demo region's board has items in every state; ours are among them.
    for (const state of ["PROPOSED", "INTRODUCED", "INTERVIEWING", "CONCLUDED", "NOT_CONCLUDED"]) {
      const column = needSide.locator(`[data-testid=board-column-${state}]`);
      expect({ state, some: (await column.locator("[data-testid=board-item]").count()) > 0 }).toEqual({ state, some: true });
      const ours = await column.locator("[data-testid=board-item]", { hasText: NEED_TITLE }).count();
      expect({ state, ours }).toEqual({ state, ours: ["PROPOSED", "CONCLUDED", "NOT_CONCLUDED"].includes(state) ? 1 : 0 });
    }
    expect(await needSide.locator("[data-testid=board-item]", { hasText: "デモデータ" }).count()).toBeGreaterThan(0);
    // The board from the keyboard: focus our concluded item's link, Enter opens the matching.
    await needSide.locator("[data-testid=board-column-CONCLUDED] [data-testid=board-item]", { hasText: NEED_TITLE }).getByRole("link").focus();
    await shoot(needSide, "board");
    await needSide.keyboard.press("Enter");
    await expectOneH1(needSide, `マッチング: ${NEED_TITLE}`);
    expect(new URL(needSide.url()).pathname).toBe(matchingPath);
  });

  it("shows on a person's page the other regions' needs they fit, with reasons and score, and proposes the person from there", async () => {
    const talentId = people.get("検証者2")!;
    await talentSide.goto(`${hub.baseUrl}/workspace/pool/${encodeURIComponent(talentId)}`);
    await expectOneH1(talentSide, "需要 検証者2さん");
    const section = talentSide.getByRole("region", { name: "この人に合う他地域の案件" });
    await section.locator("[data-testid=person-need]").first().waitFor();
    // What the API ranks for this person, as the screen must show it: the need, its reasons in words with points, the score.
    const { needsForTalent } = await api<{ needsForTalent: { score: number; matchingId: string | null; need: { id: string; title: string }; reasons: { textJa: string; points: number }[] }[] }>(
      TALENT_SIDE,
      `query ($t: ID!) { needsForTalent(talentId: $t, first: 10) { score matchingId need { id title } reasons { textJa points } } }`,
      { t: talentId },
    );
    const ours = needsForTalent.find((s) => s.need.id === needId)!;
    expect(ours.matchingId).toBeNull(); // the earlier matching of this person ended 不成立, so a new one may start
    expect(ours.reasons.map((r) => r.textJa)).toContain(`共通するスキル: ${SKILL}`);
    const shown = await section.locator("[data-testid=person-need] h3").allTextContents();
    expect(shown.map((t) => t.replace(/\s*デモデータ$/, "").trim())).toEqual(needsForTalent.map((s) => s.need.title));
    const mine = section.locator("[data-testid=person-need]", { hasText: NEED_TITLE });
    expect(await mine.locator("[data-testid=suggestion-reasons] li").allTextContents()).toEqual(ours.reasons.map((r) => `${r.textJa}（+${r.points}点）`));
    expect(await mine.locator("[data-testid=suggestion-score]").textContent()).toBe(String(ours.score));
    expect(await mine.textContent()).toContain(`登録: ${NEED_SIDE_NAME}`);
    await shoot(talentSide, "person-needs", { wholePhonePage: true });

    // The same dialog as the need's suggestions, from the keyboard: the action is focused and opened with Enter.
    await mine.getByRole("button", { name: "提案する…" }).focus();
    await talentSide.keyboard.press("Enter");
    const dialog = talentSide.locator("dialog[open]");
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain(`需要 検証者2さんを、${NEED_SIDE_NAME}の「${NEED_TITLE}」`);
    await dialog.getByLabel("相手の事業者へのメッセージ（任意・1000文字まで）").fill("本人は来年度からの参加を希望しています。");
    await shoot(talentSide, "person-propose-dialog");
    await dialog.getByRole("button", { name: "提案する" }).click();
    await talentSide.waitForSelector("[data-testid=person-matching-proposed]");
    expect(await talentSide.textContent("[data-testid=person-matching-proposed]")).toContain(`「${NEED_TITLE}」にマッチングを提案しました。`);
    const written = await hub.sql<{ status: string; n: number }>(
      "talent",
      "SELECT status, count(*)::int AS n FROM matching WHERE need_id = $1 AND talent_id = $2 GROUP BY status ORDER BY status",
      [needId, talentId],
    );
    expect(written).toEqual([{ status: "NOT_CONCLUDED", n: 1 }, { status: "PROPOSED", n: 1 }]);
    // Now live: the need offers the running matching instead of a second proposal.
    await mine.getByRole("link", { name: "進行中のマッチングを見る" }).waitFor();
    expect(await mine.getByRole("button", { name: "提案する…" }).count()).toBe(0);
  });

  it("says so on a person's page when no need of another region fits, and when the needs cannot be read", async () => {
    // A person without any consent: no other region's need may be proposed for them.
    const created = await hub.query<{ registerTalentProfiles: { id: string }[] }>(
      `mutation ($input: [RegisterTalentProfileInput!]!) { registerTalentProfiles(input: $input) { id } }`,
      { input: [{ displayName: "需要 同意なし", kinds: ["SIDE_JOB"], skills: [SKILL], availability: "SIDE_JOB", email: "no-consent@example.jp" }] },
      { as: { coordinator: TALENT_SIDE } },
    );
    expect(created.body.errors).toBeUndefined();
    const lone = created.body.data!.registerTalentProfiles[0]!.id;
    await talentSide.goto(`${hub.baseUrl}/workspace/pool/${encodeURIComponent(lone)}`);
    await expectOneH1(talentSide, "需要 同意なしさん");
    await talentSide.waitForSelector("[data-testid=needs-for-person-empty]");
    expect(await talentSide.textContent("[data-testid=needs-for-person-empty]")).toBe(
      "今はこの人に合う他地域の募集中の案件はありません。スキルや働き方を更新するか、同意の共有範囲と目的を本人と確認してください。",
    );
    await shoot(talentSide, "person-needs-empty", { wholePhonePage: true });

    // The API failing: a Japanese sentence and a way to try again, never a code or a stack.
    const failing = async (route: Route) => {
      if (!route.request().postData()?.includes("DemandNeedsForTalent")) return route.fallback();
      return route.fulfill({ status: 200, contentType: "application/json", body: JSON.stringify({ data: null, errors: [{ message: "boom at resolver", extensions: { code: "INTERNAL_SERVER_ERROR" } }] }) });
    };
    await talentSide.route("**/graphql", failing);
    await talentSide.goto(`${hub.baseUrl}/workspace/pool/${encodeURIComponent(people.get("検証者1")!)}`);
    await talentSide.waitForSelector("[data-testid=needs-for-person-error] [role=alert]");
    const sentence = await talentSide.textContent("[data-testid=needs-for-person-error] [role=alert]");
    expect(sentence).toBe("他地域の案件を読み込めませんでした。サーバーで問題が発生しました。時間をおいて、もう一度お試しください。");
    await shoot(talentSide, "person-needs-error", { wholePhonePage: true });
    await talentSide.unroute("**/graphql", failing);
    await talentSide.getByRole("button", { name: "もう一度読み込む" }).click();
    await talentSide.locator("[data-testid=person-need]", { hasText: NEED_TITLE }).waitFor();
    expect(await talentSide.locator("[data-testid=needs-for-person-error]").count()).toBe(0);
  });

  it("shows the operator's outcomes by fiscal year in a chart with the table beside it, apart from the documents' figures", async () => {
    await needSide.getByRole("link", { name: "成果" }).click();
    await expectOneH1(needSide, "成果（年度別）");
    // The fiscal years on offer: from the current one (it starts on 1 April, Japan time) back to 令和4年度, in 令和.
    const current = fiscalYearNow(new Date());
    const offered = [];
    for (let fy = current; fy >= 2022; fy--) offered.push(`令和${fy - 2018}年度（${fy}年4月〜${fy + 1}年3月）`);
    expect(await needSide.$$eval("#outcome-fiscal-year option", (o) => o.map((e) => e.textContent))).toEqual(offered);
    expect(await needSide.getByLabel("年度", { exact: true }).inputValue()).toBe(String(current));
    await needSide.getByLabel("年度", { exact: true }).selectOption("2026");
    await needSide.waitForSelector("[data-testid=table-outcomes]");
    await needSide.waitForSelector("[data-testid=chart-canvas-outcomes] canvas");
    const expected = await api<{ operator: { demandOutcomes: { figures: { metric: string; value: number }[] } } }>(
      NEED_SIDE,
      `query ($id: ID!) { operator(id: $id) { demandOutcomes(fiscalYear: 2026) { figures { metric value } } } }`,
      { id: NEED_SIDE },
    );
    const value = (m: string) => expected.operator.demandOutcomes.figures.find((f) => f.metric === m)!.value;
    expect(value("people")).toBeGreaterThanOrEqual(1);
    const head = await needSide.$$eval("[data-testid=table-outcomes] thead th", (c) => c.map((e) => e.textContent));
    const rows = await needSide.$$eval("[data-testid=table-outcomes] tbody tr", (r) => r.map((e) => Array.from(e.children).map((c) => c.textContent)));
    const row = rows.find((c) => c[0] === "令和8年度");
    expect(head).toEqual(["年度", "実人数（人）", "社", "件（成立）", "延べ（面談）"]);
    expect(row).toEqual(["令和8年度", String(value("people")), String(value("companies")), String(value("matchings")), String(value("interviews"))]);
    // The chosen year beside the one before it, oldest first.
    expect(rows.map((c) => c[0])).toEqual(["令和7年度", "令和8年度"]);
    // The documents' reported figures are a separate table, never summed into the hub's.
    const reported = await needSide.textContent("[data-testid=reported-outcomes]");
    expect(reported).toContain("資料に報告された成果");
    await shoot(needSide, "outcomes");

    // The oldest year on offer has no year before it to compare with; chosen from the keyboard.
    await needSide.getByLabel("年度", { exact: true }).focus();
    await needSide.keyboard.press("End");
    await needSide.waitForFunction(() => document.querySelector("[data-testid=table-outcomes] tbody tr td, [data-testid=table-outcomes] tbody tr th")?.textContent === "令和4年度");
    expect(await needSide.getByLabel("年度", { exact: true }).inputValue()).toBe("2022");
    expect(await needSide.$$eval("[data-testid=table-outcomes] tbody tr", (r) => r.map((e) => e.children[0]!.textContent))).toEqual(["令和4年度"]);
  });

  it("derives the fiscal years from the date: 31 March is still the year before, 1 April starts the next", async () => {
    for (const [at, first] of [["2026-03-31T23:59:00+09:00", "令和7年度（2025年4月〜2026年3月）"], ["2026-04-01T00:00:00+09:00", "令和8年度（2026年4月〜2027年3月）"]] as const) {
      const page = await session.newPage();
      await page.clock.setFixedTime(new Date(at));
      await devSignIn(page, NEED_SIDE);
      await page.goto(`${hub.baseUrl}/workspace/demand/outcomes`);
      await expectOneH1(page, "成果（年度別）");
      const options = await page.$$eval("#outcome-fiscal-year option", (o) => o.map((e) => e.textContent));
      expect({ at, first: options[0], last: options[options.length - 1] }).toEqual({ at, first, last: "令和4年度（2022年4月〜2023年3月）" });
      await page.context().close();
    }
  });

  it("shows the national administrator outcomes per operator and per block", async () => {
    const admin = await session.newPage();
    await devSignIn(admin, null);
    await admin.getByRole("link", { name: "成果" }).click();
    await expectOneH1(admin, "成果（年度別）");
    await admin.waitForSelector("[data-testid=block-outcomes] table");
    await admin.waitForSelector(`#outcome-operator option[value="${NEED_SIDE}"]`, { state: "attached" });
    await admin.selectOption("#outcome-operator", NEED_SIDE);
    await admin.waitForSelector("[data-testid=table-outcomes]");
    expect(await admin.textContent("main")).toContain(NEED_SIDE_NAME);
    await shoot(admin, "outcomes-admin");
  });
});
