import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import iconv from "iconv-lite";
import { TEMPLATE_HEADERS } from "@jinjibu/talent-import";
import { startHub, type Hub } from "./harness";

const CLI = path.join(path.dirname(require.resolve("@jinjibu/talent-import/package.json")), "dist", "cli.js");
const OPERATOR = "op-dotdoto";

/** A Shift_JIS (CP932) CSV as Japanese Excel saves it: `count` people, rows 4 and 7 broken. */
export function poolCsv(count: number, broken: number[] = []): string {
  const lines = [TEMPLATE_HEADERS.join(",")];
  for (let i = 0; i < count; i += 1) {
    const rowNumber = i + 2;
    const cells = [
      `CLI-${String(i + 1).padStart(5, "0")}`,
      `取込 太郎${i + 1}`,
      broken.includes(rowNumber) && rowNumber % 2 === 0 ? "魔法使い" : "兼業・副業人材、UIターン人材",
      "法人営業、経営企画",
      String(i % 40),
      "兼業・副業",
      "リモート、現地とリモートの併用",
      "関係人口",
      "北海道",
      broken.includes(rowNumber) && rowNumber % 2 === 1 ? "メールではない" : `taro${i + 1}@example.jp`,
      "090-1234-5678",
      "全国",
      "兼業・副業マッチング",
      "書面",
      "2026/4/1",
      "",
    ];
    lines.push(cells.join(","));
  }
  return `${lines.join("\r\n")}\r\n`;
}

describe("npm run import:talent / export:talent through the gateway", () => {
  let hub: Hub;
  let dir: string;
  let token: string;
  beforeAll(async () => {
    hub = await startHub();
    dir = mkdtempSync(path.join(tmpdir(), "import-cli-"));
    token = (await hub.authHeaders({ coordinator: OPERATOR })).authorization!.replace(/^Bearer /, "");
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await hub?.stop();
  });

  const run = (args: string[], env: Record<string, string> = {}) =>
    new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      execFile(
        process.execPath,
        [CLI, ...args],
        { env: { PATH: process.env.PATH ?? "", HUB_URL: hub.url, HUB_TOKEN: token, ...env }, timeout: 120_000 },
        (error, stdout, stderr) => resolve({ code: error ? ((error as { code?: number }).code ?? 99) : 0, stdout, stderr }),
      );
    });
  const pool = async () =>
    (await hub.sql<{ n: number }>("talent", `SELECT count(*)::int AS n FROM talent_profile WHERE operator_id = $1 AND person_number LIKE 'CLI-%'`, [OPERATOR]))[0]!.n;

  it("imports a Shift_JIS CSV with two bad rows: all-or-nothing writes nothing, valid-only the rest, exit 1 either way", async () => {
    const file = path.join(dir, "人材一覧.csv");
    writeFileSync(file, iconv.encode(poolCsv(20, [4, 7]), "cp932"));

    const strict = await run(["--operator", OPERATOR, file]);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toContain("問題のある行が 2行あります:");
    expect(strict.stdout).toMatch(/ {2}4行目 「人材区分」: 「魔法使い」は人材区分として使えません。/);
    expect(strict.stdout).toMatch(/ {2}7行目 「メールアドレス」: メールアドレス「メールではない」の形が正しくありません/);
    expect(strict.stdout).toContain("何も登録していません");
    expect(await pool()).toBe(0);

    const lenient = await run(["--operator", OPERATOR, "--mode", "valid-only", file]);
    expect(lenient.code).toBe(1);
    expect(lenient.stdout).toMatch(/取込完了 人材一覧\.csv \(Shift_JIS\): 20行 — 新規 18、更新 0、変更なし 0、取込不可 2/);
    expect(lenient.stderr).toMatch(/取込 20\/20行 \(100%\)/);
    expect(await pool()).toBe(18);

    const again = await run(["--operator", OPERATOR, "--mode", "valid-only", file]);
    expect(again.stdout).toMatch(/新規 0、更新 0、変更なし 18、取込不可 2/);
    expect(await pool()).toBe(18);
  });

  it("exports the pool as CSV (BOM) and .xlsx; the exported CSV re-imports unchanged with exit 0", async () => {
    const csv = path.join(dir, "pool.csv");
    const xlsx = path.join(dir, "pool.xlsx");
    expect((await run(["pool", "--operator", OPERATOR, csv])).code).toBe(0);
    expect((await run(["pool", "--operator", OPERATOR, xlsx])).code).toBe(0);
    expect([...readFileSync(xlsx).subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    const checked = await run(["--check", xlsx]);
    expect(checked.stdout).toMatch(/^確認 pool\.xlsx: \d+行、/);
    const text = readFileSync(csv, "utf8");
    expect(text.startsWith(`\uFEFF${TEMPLATE_HEADERS.join(",")},プロフィールID,登録日時\r\n`)).toBe(true);
    expect(text).toContain("CLI-00001,取込 太郎1,兼業・副業人材、UIターン人材,法人営業、経営企画,0,兼業・副業,リモート、現地とリモートの併用,関係人口,北海道,taro1@example.jp,090-1234-5678,全国の事業者,兼業・副業マッチング,書面,2026-04-01,,tp-");
    // The exported pool re-imports as it is (its extra columns, the profile id and date, are known); people registered
    // elsewhere without a person number (the seeded demo profiles) are left out, as a user would.
    const reimport = path.join(dir, "reimport.csv");
    const lines = text.split("\r\n");
    writeFileSync(reimport, [lines[0], ...lines.slice(1).filter((line) => line.startsWith("CLI-"))].join("\r\n"));
    const back = await run(["--operator", OPERATOR, reimport]);
    expect([back.code, back.stdout]).toEqual([0, expect.stringMatching(/新規 0、更新 0、変更なし 18、取込不可 0/)]);
    const records = await run(["provision-records", "--operator", OPERATOR, path.join(dir, "records.xlsx")]);
    expect([records.code, records.stdout]).toEqual([0, expect.stringMatching(/^提供記録 \d+件を書き出しました/)]);
  });

  it("refuses a bad file with a Japanese reason and exit 1, and wrong usage with exit 2, writing nothing", async () => {
    const formula = path.join(dir, "formula.csv");
    writeFileSync(formula, poolCsv(3).replace("取込 太郎2", '"=HYPERLINK(""http://example.com"")"').replace(/CLI-0/g, "BAD-0"));
    const refused = await run(["--operator", OPERATOR, formula]);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toMatch(/^取り込めません: 3行目「氏名」に数式 \(=HYPERLINK/);
    expect(await hub.sql("talent", `SELECT count(*)::int AS n FROM talent_profile WHERE person_number LIKE 'BAD-%'`)).toEqual([{ n: 0 }]);
    expect(await hub.sql("talent", `SELECT count(*)::int AS n FROM talent_import WHERE file_name = 'formula.csv'`)).toEqual([{ n: 0 }]);
    expect((await run([formula])).code).toBe(2);
    expect((await run(["--operator", OPERATOR, "--mode", "sometimes", formula])).code).toBe(2);
    const forbidden = await run(["--operator", OPERATOR, path.join(dir, "人材一覧.csv")], { HUB_TOKEN: "not-a-token" });
    expect(forbidden.code).toBe(3);
  });
});
