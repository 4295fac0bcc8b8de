import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import {
  csvLine,
  dataRows,
  decodeCsvBytes,
  mapHeader,
  parseDateJa,
  poolRow,
  previewRows,
  readCsvRecords,
  readTalentBytes,
  TalentImportFileError,
  TEMPLATE_HEADERS,
  templateCsv,
  validateRow,
  writeCsv,
  writeTemplateXlsx,
  writeXlsx,
  LIMITS,
  splitByBytes,
  importTalentRows,
  type StagedRow,
} from "./node";

const HEADER = TEMPLATE_HEADERS.join(",");
const GOOD = "A-0001,山田 花子,兼業・副業人材、UIターン人材,法人営業、経営企画,12,兼業・副業,リモート,関係人口,北海道,hanako@example.jp,090-1234-5678,全国,兼業・副業マッチング,書面,2026/4/1,2029-03-31";
const csv = (...lines: string[]) => `${lines.join("\r\n")}\r\n`;

async function collect(rows: AsyncIterable<StagedRow>): Promise<StagedRow[]> {
  const out: StagedRow[] = [];
  for await (const row of rows) out.push(row);
  return out;
}

async function refusal(promise: Promise<unknown>): Promise<TalentImportFileError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof TalentImportFileError) return error;
    throw error;
  }
  throw new Error("expected the file to be refused");
}

describe("validating a row", () => {
  const raw = Object.fromEntries(TEMPLATE_HEADERS.map((h, i) => [h, GOOD.split(",")[i]]));
  const header = mapHeader(TEMPLATE_HEADERS);
  const row = Object.fromEntries(header.keys.map((k, i) => [k, raw[TEMPLATE_HEADERS[i]!]]));

  it("normalises Japanese labels, short forms and dates to the API's codes", () => {
    const result = validateRow(row, 2, { today: "2026-12-01" });
    expect(result).toEqual({
      ok: true,
      row: {
        personNumber: "A-0001",
        displayName: "山田 花子",
        kinds: ["SIDE_JOB", "UI_TURN"],
        skills: ["法人営業", "経営企画"],
        yearsOfExperience: 12,
        availability: "SIDE_JOB",
        preferredWorkStyles: ["REMOTE"],
        interestInRegion: "RELATED_POPULATION",
        homePrefectureCode: "01",
        email: "hanako@example.jp",
        phone: "090-1234-5678",
        consent: { scope: "NATIONWIDE", purposes: ["SIDE_JOB_MATCHING"], method: "PAPER_FORM", obtainedOn: "2026-04-01", expiresOn: "2029-03-31" },
      },
    });
    // Codes, full-width letters and prefecture codes are accepted too.
    const codes = validateRow({ ...row, kinds: "ＳＩＤＥ＿ＪＯＢ", availability: "FULL_TIME", homePrefecture: "20", consentScope: "自事業者のみ" }, 3, { today: "2026-12-01" });
    expect(codes.ok && [codes.row.kinds, codes.row.availability, codes.row.homePrefectureCode, codes.row.consent?.scope]).toEqual([
      ["SIDE_JOB"],
      "FULL_TIME",
      "20",
      "OWN_OPERATOR",
    ]);
  });

  it("reports every problem by row number and column in Japanese, saying what is allowed", () => {
    const result = validateRow(
      { ...row, personNumber: "", kinds: "魔法使い", yearsOfExperience: "99", availability: "", homePrefecture: "第48県", email: "not-mail", consentObtainedAt: "2027-01-01" },
      7,
      { today: "2026-12-01" },
    );
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems;
    expect(problems.map((p) => [p.row, p.column])).toEqual([
      [7, "管理番号"],
      [7, "人材区分"],
      [7, "経験年数"],
      [7, "働き方"],
      [7, "都道府県"],
      [7, "メールアドレス"],
      [7, "同意の取得日"],
    ]);
    expect(problems[1]!.message).toMatch(/^「魔法使い」は人材区分として使えません。使える値: 学生・インターン生、UIターン人材、/);
    expect(problems[2]!.message).toBe("経験年数「99」は使えません。0〜70の整数で入れてください。");
    expect(problems[3]!.message).toMatch(/^働き方を入れてください。使える値: フルタイム \(正社員等\)、兼業・副業、/);
    expect(problems[6]!.message).toBe("同意の取得日 2027-01-01 は未来の日付です。同意を得た日を入れてください。");
  });

  it("asks for the whole consent once any consent column is filled", () => {
    const result = validateRow({ ...row, consentScope: "全国", consentPurposes: "", consentMethod: "", consentObtainedAt: "", consentExpiresAt: "" }, 4);
    expect(result.ok ? [] : result.problems.map((p) => p.column)).toEqual(["同意した目的", "同意の取得方法", "同意の取得日"]);
    const none = validateRow({ ...row, consentScope: "", consentPurposes: "", consentMethod: "", consentObtainedAt: "", consentExpiresAt: "" }, 4);
    expect(none.ok && none.row.consent).toBeNull();
  });

  it("reads the dates people type", () => {
    expect(["2026-04-01", "2026/4/1", "2026年4月1日", "20260401", "２０２６/０４/０１", "2026/4/1 0:00"].map(parseDateJa)).toEqual(Array(6).fill("2026-04-01"));
    expect(["2026-02-30", "4/1", "昨日", "1800-01-01"].map(parseDateJa)).toEqual([null, null, null, null]);
  });
});

describe("mapping the header row", () => {
  it("accepts the template's headers in any order, with notes such as (必須)", () => {
    const map = mapHeader(["氏名 (必須)", "＊管理番号", "働き方", "人材区分"]);
    expect(map.keys).toEqual(["displayName", "personNumber", "availability", "kinds"]);
  });
  it("refuses an unknown column, naming it and the allowed ones", () => {
    expect(() => mapHeader([...TEMPLATE_HEADERS, "血液型"])).toThrow(/^知らない列があります: 「血液型」。使える列は 管理番号、氏名、人材区分、/);
  });
  it("refuses a repeated or missing required column", () => {
    expect(() => mapHeader(["管理番号", "氏名", "氏名", "人材区分", "働き方"])).toThrow("列「氏名」が2回あります (C列)。1列だけにしてください。");
    expect(() => mapHeader(["管理番号", "氏名", "人材区分"])).toThrow("必須の列がありません: 「働き方」。");
  });
});

describe("reading CSV", () => {
  const text = csv(HEADER, GOOD, GOOD.replace("A-0001", "A-0002").replace("山田 花子", "佐藤 太郎"));

  it("reads real Shift_JIS (CP932) bytes, and UTF-8 with and without a BOM, to the same rows", async () => {
    const sjis = iconv.encode(text, "cp932");
    // 管理番号 in Shift_JIS: 8a c7 97 9d 94 d4 8d 86.
    expect([...sjis.subarray(0, 8)]).toEqual([0x8a, 0xc7, 0x97, 0x9d, 0x94, 0xd4, 0x8d, 0x86]);
    const fromSjis = await collect(readTalentBytes("pool.csv", sjis));
    const fromBom = await collect(readTalentBytes("pool.csv", Buffer.from(`\uFEFF${text}`, "utf8")));
    const fromUtf8 = await collect(readTalentBytes("pool.csv", Buffer.from(text, "utf8")));
    expect(fromSjis.map((r) => [r.rowNumber, r.raw.personNumber, r.raw.displayName])).toEqual([
      [2, "A-0001", "山田 花子"],
      [3, "A-0002", "佐藤 太郎"],
    ]);
    expect(fromBom).toEqual(fromSjis);
    expect(fromUtf8).toEqual(fromSjis);
    // The browser's decoder agrees.
    expect(decodeCsvBytes(sjis)).toEqual({ text, encoding: "shift_jis" });
  });

  it("keeps Shift_JIS multi-byte characters that straddle stream chunks", async () => {
    const many = csv(HEADER, ...Array.from({ length: 3000 }, (_, i) => GOOD.replace("A-0001", `A-${i}`)));
    const bytes = iconv.encode(many, "cp932");
    const chunks = Array.from({ length: Math.ceil(bytes.length / 4097) }, (_, i) => bytes.subarray(i * 4097, (i + 1) * 4097));
    let encoding = "";
    const rows = await collect(dataRows(readCsvRecords(chunks, (e) => (encoding = e))));
    expect(encoding).toBe("shift_jis");
    expect(rows).toHaveLength(3000);
    expect(new Set(rows.map((r) => r.raw.displayName))).toEqual(new Set(["山田 花子"]));
  });

  it("reads quoted cells with commas and line breaks, skipping blank lines", async () => {
    const rows = await collect(readTalentBytes("x.csv", Buffer.from(csv(HEADER, "", GOOD.replace("法人営業、経営企画", '"法人営業,経営企画\n研修"'), ",,,,"))));
    expect(rows.map((r) => [r.rowNumber, r.raw.skills])).toEqual([[3, "法人営業,経営企画\n研修"]]);
  });

  it.each([
    ["an empty file", Buffer.alloc(0), "EMPTY", /^ファイルが空です/],
    ["a header only", Buffer.from(`${HEADER}\r\n`), "EMPTY", /^見出しの行しかありません/],
    ["an unknown column", Buffer.from(csv(`${HEADER},備考`, `${GOOD},メモ`)), "UNKNOWN_COLUMN", /^知らない列があります: 「備考」/],
    ["a formula cell", Buffer.from(csv(HEADER, GOOD.replace("12", "=1+11"))), "FORMULA", /^2行目「経験年数」に数式 \(=1\+11\) があります。数式は取り込めません。/],
    ["a HYPERLINK formula", Buffer.from(csv(HEADER, GOOD.replace("山田 花子", '"@HYPERLINK(""http://x"")"'))), "FORMULA", /^2行目「氏名」に数式/],
    ["a NUL byte", Buffer.from(csv(HEADER, GOOD.replace("山田", "山\u0001田"))), "INVALID_TEXT", /^2行目「氏名」に制御文字/],
    ["UTF-16", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(csv(HEADER, GOOD), "utf16le")]), "ENCODING", /UTF-16/],
    ["EUC-JP (neither UTF-8 nor Shift_JIS)", iconv.encode(csv(HEADER, GOOD), "euc-jp"), "ENCODING", /./],
    ["binary data", Buffer.from([0x00, 0x01, 0x02, 0x03, 0xff]), "UNREADABLE", /^ファイルを読み取れません/],
    ["a workbook named .csv", Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]), "UNREADABLE", /Excel ブック \(\.xlsx\) のようです/],
    ["an unclosed quote", Buffer.from(csv(HEADER, `${GOOD},"abc`)), "UNREADABLE", /引用符/],
  ])("refuses %s with a Japanese reason", async (_name, bytes, code, message) => {
    const error = await refusal(collect(readTalentBytes("x.csv", bytes)));
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
  });

  it("refuses a file over the size limit before reading it, and lone surrogates in cells", async () => {
    const error = await refusal(collect(readTalentBytes("x.csv", Buffer.alloc(LIMITS.maxFileBytes + 1, 0x41))));
    expect(error.code).toBe("TOO_LARGE");
    expect(error.message).toBe("ファイルが大きすぎます (20 MB)。1ファイル 20 MB まで、100,000行までです。分けて取り込んでください。");
    const rows = dataRows([{ rowNumber: 1, cells: TEMPLATE_HEADERS }, { rowNumber: 2, cells: ["A-1", "山田\uD800"] }]);
    expect((await refusal(collect(rows))).message).toMatch(/^2行目「氏名」に壊れた文字/);
  });

  it("refuses other file types by name", async () => {
    expect((await refusal(collect(readTalentBytes("pool.xls", Buffer.from("x"))))).message).toMatch(/\.xls\) は読めません/);
    expect((await refusal(collect(readTalentBytes("pool.pdf", Buffer.from("x"))))).message).toMatch(/取り込めない形式です/);
  });
});

describe("previewing", () => {
  it("counts valid and invalid rows, flags person numbers repeated in the file, and streams batches", async () => {
    const lines = [HEADER, GOOD, GOOD.replace("山田 花子", ""), GOOD.replace("A-0001", "A-0003"), GOOD];
    const batches: number[] = [];
    const summary = await previewRows(readTalentBytes("x.csv", Buffer.from(csv(...lines))), {
      today: "2026-12-01",
      batchRows: 3,
      onBatch: (b) => void batches.push(b.length),
    });
    expect(summary).toEqual({
      totalRows: 4,
      validRows: 2,
      invalidRows: 2,
      problems: [
        { row: 3, column: "氏名", message: "氏名を入れてください (1〜100文字)。" },
        { row: 3, column: "管理番号", message: "管理番号「A-0001」は2行目と重複しています。1人1行にしてください。" },
        { row: 5, column: "管理番号", message: "管理番号「A-0001」は2行目と重複しています。1人1行にしてください。" },
      ],
    });
    expect(batches).toEqual([3, 1]);
  });
});

describe("reading .xlsx made by exceljs", () => {
  async function workbook(fill: (sheet: ExcelJS.Worksheet) => void): Promise<Buffer> {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet("人材");
    fill(sheet);
    wb.addWorksheet("メモ").addRow(["このシートは読みません"]);
    return Buffer.from(await wb.xlsx.writeBuffer());
  }

  it("reads text, numbers, dates and rich text from the first sheet", async () => {
    const bytes = await workbook((sheet) => {
      sheet.addRow([...TEMPLATE_HEADERS]);
      const cells = GOOD.split(",") as (string | number | Date | ExcelJS.CellRichTextValue)[];
      cells[4] = 12;
      cells[1] = { richText: [{ text: "山田 " }, { text: "花子", font: { bold: true } }] };
      cells[14] = new Date(Date.UTC(2026, 3, 1));
      sheet.addRow(cells);
      sheet.addRow([]);
      sheet.addRow(["B-7", "佐藤 太郎", "シニア", "", "", "フルタイム"]);
    });
    const rows = await collect(readTalentBytes("pool.xlsx", bytes));
    expect(rows.map((r) => [r.rowNumber, r.raw.personNumber, r.raw.displayName, r.raw.yearsOfExperience, r.raw.consentObtainedAt])).toEqual([
      [2, "A-0001", "山田 花子", "12", "2026-04-01"],
      [4, "B-7", "佐藤 太郎", "", undefined],
    ]);
    const summary = await previewRows(readTalentBytes("pool.xlsx", bytes), { today: "2026-12-01" });
    expect([summary.validRows, summary.invalidRows]).toEqual([2, 0]);
  });

  it("refuses a formula cell, naming row and column", async () => {
    const bytes = await workbook((sheet) => {
      sheet.addRow([...TEMPLATE_HEADERS]);
      const cells: ExcelJS.CellValue[] = GOOD.split(",");
      cells[4] = { formula: "10+2", result: 12 } as ExcelJS.CellFormulaValue;
      sheet.addRow(cells);
    });
    const error = await refusal(collect(readTalentBytes("pool.xlsx", bytes)));
    expect([error.code, error.message]).toEqual(["FORMULA", "2行目「経験年数」に数式 (=10+2) があります。数式は取り込めません。値だけを貼り付けて保存し直してください。"]);
  });

  it("refuses a corrupt workbook and a CSV named .xlsx", async () => {
    const good = await workbook((sheet) => sheet.addRow([...TEMPLATE_HEADERS]));
    expect((await refusal(collect(readTalentBytes("pool.xlsx", good.subarray(0, 200))))).code).toBe("UNREADABLE");
    expect((await refusal(collect(readTalentBytes("pool.xlsx", Buffer.from(csv(HEADER, GOOD)))))).code).toBe("UNREADABLE");
  });
});

describe("writing", () => {
  const sink = () => {
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on("data", (c: Buffer) => chunks.push(c));
    return { out, bytes: () => Buffer.concat(chunks) };
  };

  it("writes an Excel-friendly CSV (BOM, CRLF) that cannot run a formula and re-imports", async () => {
    const { out, bytes } = sink();
    const row = GOOD.split(",");
    row[1] = '=HYPERLINK("http://evil")';
    await writeCsv(out, TEMPLATE_HEADERS, [row]);
    out.end();
    const text = bytes().toString("utf8");
    expect(text.startsWith(`\uFEFF${HEADER}\r\n`)).toBe(true);
    expect(text).toContain(`'=HYPERLINK(""http://evil"")"`);
    expect(csvLine(["+81 90-1234-5678", "-5", "+SUM(A1)", 'a"b'])).toBe(`+81 90-1234-5678,-5,'+SUM(A1),"a""b"\r\n`);
    const again = await collect(readTalentBytes("x.csv", bytes()));
    expect(again[0]!.raw.displayName).toBe(`'=HYPERLINK("http://evil")`);
    expect(templateCsv().startsWith(`\uFEFF${HEADER}\r\n`)).toBe(true);
  });

  it("writes .xlsx (pool rows, the template) that the reader reads back", async () => {
    const { out, bytes } = sink();
    const profile = {
      id: "tp-1",
      personNumber: "0007",
      displayName: "山田 花子",
      kinds: ["SIDE_JOB"],
      skills: ["法人営業"],
      yearsOfExperience: 3,
      availability: "SIDE_JOB",
      preferredWorkStyles: ["REMOTE", "HYBRID"],
      interestInRegion: null,
      homePrefectureCode: "20",
      contact: { email: "h@example.jp", phone: null },
      consents: [{ scope: "SAME_BLOCK", purposes: ["MENTORING"], method: "EMAIL", obtainedAt: "2026-03-31T15:00:00.000Z", expiresAt: null, active: true }],
    };
    await writeXlsx(out, "人材", TEMPLATE_HEADERS, [poolRow(profile).slice(0, TEMPLATE_HEADERS.length)]);
    const rows = await collect(readTalentBytes("pool.xlsx", bytes()));
    expect(rows[0]!.raw).toMatchObject({
      personNumber: "0007",
      kinds: "兼業・副業人材",
      preferredWorkStyles: "リモート、現地とリモートの併用",
      homePrefecture: "長野県",
      consentScope: "同じ地域ブロックの事業者",
      consentObtainedAt: "2026-04-01",
    });
    expect(validateRow(rows[0]!.raw, 2).ok).toBe(true);

    const template = sink();
    await writeTemplateXlsx(template.out);
    const fromTemplate = await collect(readTalentBytes("template.xlsx", template.bytes()));
    expect(fromTemplate).toHaveLength(1);
    expect(validateRow(fromTemplate[0]!.raw, 2).ok).toBe(true);
  });
});

describe("labels that hold a separator", () => {
  it("keeps 「マネジメントメンター (新現役; 企業OB等)」 and 「…コーディネーター/…」 whole in a list cell", () => {
    const result = validateRow(
      { personNumber: "X-1", displayName: "試験", availability: "兼業・副業", kinds: "マネジメントメンター (新現役; 企業OB等)、地域コーディネーター/兼業コーディネーター/DXコーディネータ、シニア" },
      2,
    );
    expect(result.ok && result.row.kinds).toEqual(["MANAGEMENT_MENTOR", "COORDINATOR", "SENIOR"]);
  });
});

describe("staging requests", () => {
  it("split a batch so no request body passes the gateway's limit", () => {

    const rows = Array.from({ length: 1000 }, (_, i) => ({ rowNumber: i + 2, displayName: "山田 花子".repeat(20) }));
    const parts = splitByBytes(rows, LIMITS.stageBatchBytes);
    expect(parts.flat()).toEqual(rows);
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(Buffer.byteLength(JSON.stringify(part))).toBeLessThanOrEqual(LIMITS.stageBatchBytes);
  });
});

describe("the import session client", () => {
  it("sends a rate-limited or timed-out call again (a timed-out commit with fewer rows) and stops at the first real refusal", async () => {
    const calls: { op: string; variables: Record<string, unknown> }[] = [];
    let staged = 0;
    let processed = 0;
    const failOnce = new Set(["stage", "commit"]);
    const progress = () => ({ id: "i1", status: processed >= staged ? "COMMITTED" : "COMMITTING", mode: "ALL_OR_NOTHING", stagedRows: staged, validRows: staged, invalidRows: 0, processedRows: processed, created: processed, updated: 0, unchanged: 0, refused: 0, done: processed >= staged && staged > 0 });
    const transport = async (query: string, variables: Record<string, unknown>) => {
      const op = /mutation (\w+)/.exec(query)![1]!;
      calls.push({ op, variables: JSON.parse(JSON.stringify(variables)) });
      if (op === "StageTalentImportRows" && failOnce.delete("stage")) return { errors: [{ message: "slow down", extensions: { code: "RATE_LIMITED", retryAfterSeconds: 0.001 } }] };
      if (op === "CommitTalentImport" && failOnce.delete("commit")) return { errors: [{ message: "timeout", extensions: { code: "GATEWAY_TIMEOUT" } }] };
      if (op === "CreateTalentImport") return { data: { createTalentImport: progress() } };
      if (op === "StageTalentImportRows") {
        staged += (variables.rows as unknown[]).length;
        return { data: { stageTalentImportRows: progress() } };
      }
      processed = Math.min(staged, processed + Number(variables.maxRows));
      return { data: { commitTalentImport: progress() } };
    };
    const lines = [TEMPLATE_HEADERS.join(","), ...Array.from({ length: 600 }, (_, i) => GOOD.replace("A-0001", `A-${i}`))];
    const outcome = await importTalentRows(transport, dataRows(readCsvRecords([Buffer.from(csv(...lines))])), { fileName: "x.csv", mode: "ALL_OR_NOTHING" });
    expect(outcome.result).toMatchObject({ done: true, processedRows: 600 });
    const ops = calls.map((c) => c.op);
    expect(ops.filter((o) => o === "StageTalentImportRows").length).toBeGreaterThanOrEqual(3);
    const commits = calls.filter((c) => c.op === "CommitTalentImport").map((c) => c.variables.maxRows);
    expect(commits).toEqual([500, 250, 250, 250]);
    expect(String(calls[0]!.variables.input && (calls[0]!.variables.input as { idempotencyKey: string }).idempotencyKey)).toMatch(/^talent-import-[0-9a-f-]{36}$/);
  });

  it("sends the documents a client brings (the workspace's typed ones) instead of its own", async () => {
    const sent: string[] = [];
    let staged = 0;
    const progress = (done: boolean) => ({ id: "i2", status: done ? "COMMITTED" : "STAGING", mode: "VALID_ROWS_ONLY", stagedRows: staged, validRows: staged, invalidRows: 0, processedRows: done ? staged : 0, created: done ? staged : 0, updated: 0, unchanged: 0, refused: 0, done });
    // A String object, as the generated TypedDocumentString is.
    const doc = (text: string) => new String(text);
    const documents = {
      createImport: doc("mutation MineCreate { createTalentImport { id } }"),
      stageRows: doc("mutation MineStage { stageTalentImportRows { id } }"),
      commitImport: doc("mutation MineCommit { commitTalentImport { id } }"),
      cancelImport: doc("mutation MineCancel { cancelTalentImport }"),
      importProblems: doc("query MineProblems { talentImport { id } }"),
    };
    const transport = async (query: string, variables: Record<string, unknown>) => {
      expect(typeof query).toBe("string");
      const op = /(?:mutation|query) (\w+)/.exec(query)![1]!;
      sent.push(op);
      if (op === "MineCreate") return { data: { createTalentImport: progress(false) } };
      if (op === "MineStage") {
        staged += (variables.rows as unknown[]).length;
        return { data: { stageTalentImportRows: progress(false) } };
      }
      return { data: { commitTalentImport: progress(true) } };
    };
    const lines = [TEMPLATE_HEADERS.join(","), GOOD];
    const outcome = await importTalentRows(transport, dataRows(readCsvRecords([Buffer.from(csv(...lines))])), { fileName: "x.csv", mode: "VALID_ROWS_ONLY", documents });
    expect(outcome.result).toMatchObject({ done: true, processedRows: 1 });
    expect(sent).toEqual(["MineCreate", "MineStage", "MineCommit"]);
  });
});
