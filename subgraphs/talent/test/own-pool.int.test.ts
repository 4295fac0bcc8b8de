import type { SubgraphHarness } from "@jinjibu/test-utils";
import { anonymous, codes, coordinator, openTalent, OP_A, REGISTER, site } from "./helpers";

describe("own pool mutations", () => {
  let hub: SubgraphHarness;
  beforeAll(async () => {
    hub = await openTalent("own", { withoutDemo: true });
  });
  afterAll(() => hub.close());

  const valid = (name: string) => ({ displayName: name, kinds: ["UI_TURN"], skills: ["Webマーケティング"], availability: "FULL_TIME", homePrefectureCode: "01" });
  const count = async () => (await hub.ownerSql<{ n: number }>(`SELECT count(*)::int AS n FROM talent_profile WHERE operator_id = $1`, [OP_A]))[0]!.n;

  it("registers a batch all-or-nothing and reports every invalid row by its position", async () => {
    const result = await hub.runAs(coordinator(OP_A), REGISTER, {
      input: [
        valid("有効 一郎"),
        { ...valid(""), yearsOfExperience: 99 },
        valid("有効 二郎"),
        { ...valid("無効 三郎"), kinds: [], homePrefectureCode: "48", email: "not-an-email" },
      ],
    });
    expect(result.data).toBeNull();
    expect(codes(result)).toEqual(["BAD_USER_INPUT"]);
    expect(result.errors![0]!.message).toBe("2 of 4 profiles are invalid; nothing was registered. See extensions.invalidRows.");
    expect(result.errors![0]!.extensions!.invalidRows).toEqual([
      { index: 1, field: "displayName", message: "displayName must be 1 to 100 characters." },
      { index: 1, field: "yearsOfExperience", message: "yearsOfExperience must be between 0 and 70." },
      { index: 3, field: "kinds", message: "kinds must list 1 to 5 talent kinds." },
      { index: 3, field: "homePrefectureCode", message: 'homePrefectureCode must be a JIS X 0401 code from "01" to "47".' },
      { index: 3, field: "email", message: "email must be an e-mail address like name@example.jp, at most 254 characters." },
    ]);
    expect(await count()).toBe(0);
  });

  it("registers valid batches (sites too), keeps contacts in their own table and updates the pool summary", async () => {
    const result = await hub.runAs(site(OP_A), REGISTER, { input: [valid("登録 花子"), { ...valid("登録 桃子"), kinds: ["UI_TURN", "WOMEN"], email: "momo@example.jp" }] });
    expect(result.errors).toBeUndefined();
    const rows = (result.data as { registerTalentProfiles: { id: string; displayName: string; isDemo: boolean; kinds: string[] }[] }).registerTalentProfiles;
    expect(rows.map((r) => [r.displayName, r.isDemo, r.kinds])).toEqual([
      ["登録 花子", false, ["UI_TURN"]],
      ["登録 桃子", false, ["UI_TURN", "WOMEN"]],
    ]);
    expect(await hub.ownerSql(`SELECT display_name, email FROM talent_contact WHERE talent_id = $1`, [rows[1]!.id])).toEqual([{ display_name: "登録 桃子", email: "momo@example.jp" }]);
    const columns = await hub.ownerSql<{ column_name: string }>(`SELECT column_name FROM information_schema.columns WHERE table_schema = 'talent' AND table_name = 'talent_profile'`);
    expect(columns.map((c) => c.column_name)).not.toEqual(expect.arrayContaining(["display_name"]));
    expect(columns.map((c) => c.column_name)).not.toEqual(expect.arrayContaining(["email"]));
    expect(await hub.ownerSql(`SELECT total, demo_count, by_kind FROM talent_pool_summary WHERE operator_id = $1`, [OP_A])).toEqual([
      { total: 2, demo_count: 0, by_kind: { UI_TURN: 2, WOMEN: 1 } },
    ]);
  });

  it("updates a profile and its contact; invalid changes are BAD_USER_INPUT and write nothing", async () => {
    // Both were registered in one transaction (same registered_at): pick 花子 by name, not by a random uuid order.
    const [{ id }] = await hub.ownerSql<{ id: string }>(`SELECT talent_id AS id FROM talent_contact WHERE display_name = $1`, ["登録 花子"]);
    const ok = await hub.runAs(
      coordinator(OP_A),
      `mutation ($id: ID!) { updateTalentProfile(id: $id, input: { skills: ["研修講師"], interestInRegion: DUAL_RESIDENCE, phone: "0155-00-0000", kinds: [SENIOR] }) { skills interestInRegion interestInRegionLabelJa kindLabelsJa contact { phone } } }`,
      { id },
    );
    expect(ok).toEqual({
      data: { updateTalentProfile: { skills: ["研修講師"], interestInRegion: "DUAL_RESIDENCE", interestInRegionLabelJa: "二地域居住", kindLabelsJa: ["シニア"], contact: { phone: "0155-00-0000" } } },
    });
    const bad = await hub.runAs(coordinator(OP_A), `mutation ($id: ID!) { updateTalentProfile(id: $id, input: { yearsOfExperience: -1 }) { id } }`, { id });
    expect(codes(bad)).toEqual(["BAD_USER_INPUT"]);
    expect(bad.errors![0]!.message).toBe("yearsOfExperience must be between 0 and 70.");
    expect(await hub.ownerSql(`SELECT total, by_kind FROM talent_pool_summary WHERE operator_id = $1`, [OP_A])).toEqual([{ total: 2, by_kind: { UI_TURN: 1, WOMEN: 1, SENIOR: 1 } }]);
  });

  it("deletes a profile of the own pool (an erasure) and refuses anonymous writers", async () => {
    // Both were registered in one transaction (same registered_at): pick 花子 by name, not by a random uuid order.
    const [{ id }] = await hub.ownerSql<{ id: string }>(`SELECT talent_id AS id FROM talent_contact WHERE display_name = $1`, ["登録 花子"]);
    const result = await hub.runAs(coordinator(OP_A), `mutation ($id: ID!) { deleteTalentProfile(id: $id) { talentId consentsRemoved introductionsRemoved provisionRecordsKept } }`, { id });
    expect(result).toEqual({ data: { deleteTalentProfile: { talentId: id, consentsRemoved: 0, introductionsRemoved: 0, provisionRecordsKept: 0 } } });
    expect(await hub.ownerSql(`SELECT count(*)::int AS n FROM talent_contact WHERE talent_id = $1`, [id])).toEqual([{ n: 0 }]);
    expect(await count()).toBe(1);
    const again = await hub.runAs(coordinator(OP_A), `mutation ($id: ID!) { deleteTalentProfile(id: $id) { talentId } }`, { id });
    expect(codes(again)).toEqual(["NOT_FOUND"]);
    const anon = await hub.runAs(anonymous, REGISTER, { input: [valid("匿名")] });
    expect(codes(anon)).toEqual(["FORBIDDEN"]);
    expect(await count()).toBe(1);
  });
});
