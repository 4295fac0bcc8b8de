import { readFileSync } from "node:fs";
import path from "node:path";
import iconv from "iconv-lite";
import type { Page } from "playwright-core";
import { LIMITS, TEMPLATE_HEADERS } from "@jinjibu/talent-import";
import { ARTIFACTS, describeBrowser, launchBrowser, PHONE, type BrowserSession } from "./browser";
import { startHub, type Hub } from "./harness";


const OPERATOR = "op-dotdoto";
const SHOTS = ["import-preview.png", "import-result.png", "import-phone.png", "import-bad-file.png"];

/** A CSV as Japanese Excel writes it: `count` people numbered `${prefix}-00001`…; rows 4 and 7 broken when asked. */
function poolCsv(count: number, prefix: string, broken = false): string {
  const lines = [TEMPLATE_HEADERS.join(",")];
  for (let i = 0; i < count; i += 1) {
    const rowNumber = i + 2;
    lines.push(
      [
        `${prefix}-${String(i + 1).padStart(5, "0")}`,
        `画面 花子${i + 1}`,
        broken && rowNumber === 4 ? "魔法使い" : "兼業・副業人材、UIターン人材",
        "法人営業、経営企画",
        String(i % 40),
        "兼業・副業",
        "リモート",
        "関係人口",
        "北海道",
        broken && rowNumber === 7 ? "メールではない" : `hanako${i + 1}@example.jp`,
        "090-1234-5678",
        "全国",
        "兼業・副業マッチング",
        "書面",
        "2026/4/1",
        "",
      ].join(","),
    );
  }
  return `${lines.join("\r\n")}\r\n`;
}

describeBrowser("the import screen of the workspace in Chromium", () => {
  let hub: Hub;
  let session: BrowserSession;
  let page: Page;

  const people = async (prefix: string) =>
    (await hub.sql<{ n: number }>("talent", `SELECT count(*)::int AS n FROM talent_profile WHERE operator_id = $1 AND person_number LIKE $2`, [OPERATOR, `${prefix}-%`]))[0]!.n;
  const sessions = async () => (await hub.sql<{ n: number }>("talent", `SELECT count(*)::int AS n FROM talent_import`))[0]!.n;

  /** Signs in as the operator's coordinator and opens the import screen from the menu. */
  async function open(p: Page): Promise<void> {
    await p.goto(`${hub.baseUrl}/workspace/sign-in`);
    await p.waitForSelector("#dev-operator option[value=op-dotdoto]", { state: "attached" });
    await p.selectOption("#dev-operator", OPERATOR);
    await p.click("form button[type=submit]");
    await p.waitForURL(/\/workspace\/pool/);
    // The pool page, signed in, with its menu: the state a person clicks in (not merely the URL, which changes first).
    await p.waitForSelector("h1:has-text('人材プール')");
    // On a phone the main navigation folds behind its menu button.
    const menu = p.getByRole("navigation", { name: "メインメニュー" }).getByRole("button", { name: "メニュー" });
    if (await menu.isVisible()) await menu.click();
    await p.waitForSelector("nav >> text=取り込み・書き出し");
    await p.click("nav >> text=取り込み・書き出し");
    await p.waitForURL(/\/workspace\/import/);
    await p.waitForSelector("h1:has-text('取り込み・書き出し')");
  }

  async function choose(name: string, buffer: Buffer, mimeType = "text/csv"): Promise<void> {
    await page.setInputFiles("input[type=file]", { name, mimeType, buffer });
    await page.click("button:has-text('内容を確認する')");
  }

  async function download(label: string): Promise<{ name: string; bytes: Buffer }> {
    const [file] = await Promise.all([page.waitForEvent("download"), page.click(`button:has-text('${label}')`)]);
    const where = await file.path();
    return { name: file.suggestedFilename(), bytes: readFileSync(where!) };
  }

  beforeAll(async () => {
    hub = await startHub();
    session = await launchBrowser();
    page = await session.newPage({ acceptDownloads: true });
    await open(page);
  });
  afterAll(async () => {
    process.stdout.write(`import screen screenshots: ${SHOTS.map((f) => path.join(ARTIFACTS, f)).join(", ")}\n`);
    expect(session.external).toEqual([]);
    expect(session.pageErrors).toEqual([]);
    await session?.close();
    await hub?.stop();
  });

  it("labels every control and offers the template as .xlsx and as CSV with BOM", async () => {
    expect(await page.$$eval("h1", (h) => h.length)).toBe(1);
    const unlabelled = await page.$$eval("input, select, button, progress", (nodes) =>
      nodes
        .filter((n) => {
          const el = n as HTMLInputElement;
          if (el.type === "radio") return !el.closest("label");
          if (el.tagName === "BUTTON") return (el.textContent ?? "").trim() === "";
          return !(el.labels && el.labels.length > 0) && !el.getAttribute("aria-label");
        })
        .map((n) => n.outerHTML.slice(0, 80)),
    );
    expect(unlabelled).toEqual([]);
    const csv = await download("テンプレートをダウンロード (CSV)");
    expect(csv.name).toBe("人材取り込みテンプレート.csv");
    expect(csv.bytes.toString("utf8").startsWith(`\uFEFF${TEMPLATE_HEADERS.join(",")}\r\n`)).toBe(true);
    const xlsx = await download("テンプレートをダウンロード (Excel)");
    expect([xlsx.name, [...xlsx.bytes.subarray(0, 4)]]).toEqual(["人材取り込みテンプレート.xlsx", [0x50, 0x4b, 0x03, 0x04]]);
  });

  it("previews a Shift_JIS CSV with two bad rows before writing anything, imports the valid rows, and a re-upload registers nobody twice", async () => {
    const file = iconv.encode(poolCsv(20, "WEB", true), "cp932");
    const before = await sessions();
    await choose("人材一覧.csv", file);
    await page.waitForSelector("[data-testid=preview-summary]");
    expect(await page.textContent("[data-testid=preview-summary]")).toBe("全20行のうち、正しい行 18行、問題のある行 2行 (文字コード: Shift_JIS)。");
    const problems = await page.$$eval("[data-testid=problems] tbody tr", (rows) => rows.map((r) => [...r.querySelectorAll("td")].map((td) => td.textContent)));
    expect(problems.map((p) => p.slice(0, 2))).toEqual([
      ["4行目", "人材区分"],
      ["7行目", "メールアドレス"],
    ]);
    expect(problems[0]![2]).toMatch(/^「魔法使い」は人材区分として使えません。使える値: /);
    expect(problems[1]![2]).toMatch(/^メールアドレス「メールではない」の形が正しくありません/);
    // The preview wrote nothing, not even a session.
    expect([await people("WEB"), await sessions()]).toEqual([0, before]);
    // All-or-nothing (the default) cannot import this file.
    expect(await page.isDisabled("button:has-text('取り込む')")).toBe(true);
    expect(await page.textContent(".notice")).toMatch(/問題のある行があるため、この方法では取り込めません/);
    await page.screenshot({ path: path.join(ARTIFACTS, "import-preview.png"), fullPage: true });

    await page.check("input[value=VALID_ROWS_ONLY]");
    await page.click("button:has-text('取り込む')");
    await page.waitForSelector("[data-testid=result-summary]");
    expect(await page.textContent("[data-testid=result-summary]")).toBe(
      "取り込みが終わりました。新しく登録 18人、更新 0人、変更なし 0人、取り込まなかった行 2行。",
    );
    expect(await people("WEB")).toBe(18);
    await page.screenshot({ path: path.join(ARTIFACTS, "import-result.png"), fullPage: true });

    await choose("人材一覧.csv", file);
    await page.waitForSelector("[data-testid=preview-summary]");
    await page.check("input[value=VALID_ROWS_ONLY]");
    await page.click("button:has-text('取り込む')");
    await page.waitForSelector("[data-testid=result-summary]");
    expect(await page.textContent("[data-testid=result-summary]")).toBe(
      "取り込みが終わりました。新しく登録 0人、更新 0人、変更なし 18人、取り込まなかった行 2行。",
    );
    expect(await people("WEB")).toBe(18);
  });

  // Before the large import: the gateway counts every read of contact details against a sensitive rate limit (10 a
  // minute), and a pool export reads them page by page (100 people a page).
  it("exports the pool and the provision records as CSV (BOM) and .xlsx", async () => {
    const pool = await download("人材プールを書き出す (CSV)");
    const text = pool.bytes.toString("utf8");
    expect(pool.name).toMatch(/^人材プール_\d{8}\.csv$/);
    expect(text.startsWith(`\uFEFF${TEMPLATE_HEADERS.join(",")},プロフィールID,登録日時\r\n`)).toBe(true);
    expect(text).toContain("WEB-00001,画面 花子1,兼業・副業人材、UIターン人材,");
    await page.waitForSelector("text=/人材プール \\d+件を書き出しました/");
    const poolXlsx = await download("人材プールを書き出す (Excel)");
    expect([...poolXlsx.bytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    const records = await download("提供記録を書き出す (CSV)");
    expect(records.bytes.toString("utf8").startsWith("\uFEFF記録ID,提供日時,提供元事業者,提供先事業者,")).toBe(true);
    const recordsXlsx = await download("提供記録を書き出す (Excel)");
    expect(recordsXlsx.name).toMatch(/^提供記録_\d{8}\.xlsx$/);
  });

  it("shows a progress bar while a 1,500-row file is committed in chunks", async () => {
    await choose("大きい一覧.csv", Buffer.from(`\uFEFF${poolCsv(1500, "BIG")}`, "utf8"));
    await page.waitForSelector("[data-testid=preview-summary]");
    expect(await page.textContent("[data-testid=preview-summary]")).toBe("全1,500行のうち、正しい行 1,500行、問題のある行 0行 (文字コード: UTF-8)。");
    await page.click("button:has-text('取り込む')");
    await page.waitForSelector("[data-testid=progress] progress");
    expect(await page.getAttribute("[data-testid=progress] progress", "max")).toBe("1500");
    await page.waitForSelector("[data-testid=result-summary]", { timeout: 60_000 });
    expect(await page.textContent("[data-testid=result-summary]")).toMatch(/新しく登録 1500人/);
    expect(await people("BIG")).toBe(1500);
  });

  it.each([
    ["unreadable (.xlsx that is not a workbook)", "一覧.xlsx", Buffer.from("これはブックではありません"), /^このファイルは \.xlsx 形式ではありません/],
    ["unreadable (a damaged workbook)", "壊れた.xlsx", Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(300, 7)]), /^Excel ブックを読み取れません/],
    ["too large", "大きすぎる.csv", Buffer.alloc(LIMITS.maxFileBytes + 1, 0x41), /^ファイルが大きすぎます \(20 MB\)。1ファイル 20 MB まで/],
    ["an unknown column", "列違い.csv", Buffer.from(`${TEMPLATE_HEADERS.join(",")},血液型\r\nX-1,山田,シニア,,,兼業・副業,,,,,,,,,,,A\r\n`), /^知らない列があります: 「血液型」/],
    ["a wrong encoding (UTF-16)", "utf16.csv", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(poolCsv(2, "U16"), "utf16le")]), /UTF-16/],
    ["a wrong encoding (EUC-JP)", "euc.csv", iconv.encode(poolCsv(2, "EUC"), "euc-jp"), /文字コード|文字化け/],
    ["a formula cell", "数式.csv", Buffer.from(poolCsv(3, "FX").replace("画面 花子2", "=1+1")), /^3行目「氏名」に数式 \(=1\+1\) があります。/],
    ["an empty file", "空.csv", Buffer.alloc(0), /^ファイルが空です/],
  ])("refuses %s with a Japanese message and writes nothing", async (_what, name, buffer, message) => {
    const before = [await sessions(), await people("U16"), await people("EUC"), await people("FX")];
    await choose(name, buffer);
    await page.waitForSelector("[data-testid=file-error] .error");
    const text = (await page.textContent("[data-testid=file-error] .error"))!;
    expect(text).toMatch(message);
    expect(text.endsWith("何も登録していません。")).toBe(true);
    expect(await page.$("[data-testid=preview]")).toBeNull();
    expect([await sessions(), await people("U16"), await people("EUC"), await people("FX")]).toEqual(before);
    if (name === "数式.csv") await page.screenshot({ path: path.join(ARTIFACTS, "import-bad-file.png") });
  });

  it("fits a phone-width screen with the preview shown", async () => {
    const phone = await session.newPage({ viewport: PHONE });
    await open(phone);
    await phone.setInputFiles("input[type=file]", { name: "人材一覧.csv", mimeType: "text/csv", buffer: iconv.encode(poolCsv(20, "WEB", true), "cp932") });
    await phone.click("button:has-text('内容を確認する')");
    await phone.waitForSelector("[data-testid=preview-summary]");
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await phone.screenshot({ path: path.join(ARTIFACTS, "import-phone.png"), fullPage: true });
    await phone.close();
  });
});
