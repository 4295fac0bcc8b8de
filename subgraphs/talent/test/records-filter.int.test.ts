import type { SubgraphHarness } from "@jinjibu/test-utils";
import { admin, codes, coordinator, grant, openTalent, OP_A, OP_B, registerOne, search } from "./helpers";

const AUDIT = `query ($filter: RecordsFilter) {
  searchAuditTrail(filter: $filter, first: 100) { totalCount edges { node { action subjectTalentId actorOperator { id } subjectOperator { id } } } }
}`;
const PROVISION = `query ($filter: RecordsFilter) {
  searchProvisionRecords(filter: $filter, first: 100) { totalCount edges { node { talentRef providerOperator { id } recipientOperator { id } providedAt } } }
}`;

interface AuditPage {
  totalCount: number;
  edges: { node: { action: string; subjectTalentId: string | null } }[];
}
interface ProvisionPage {
  totalCount: number;
  edges: { node: { talentRef: string | null; providedAt: string } }[];
}

describe("records filtered by person and Japan-time days", () => {
  let hub: SubgraphHarness;
  let alice: string;
  let bob: string;
  let introductionId: string;
  beforeAll(async () => {
    hub = await openTalent("recfilter", { withoutDemo: true });
    alice = await registerOne(hub, OP_A, { displayName: "記録 有子", skills: ["記録テスト甲"] });
    bob = await registerOne(hub, OP_A, { displayName: "記録 房雄", skills: ["記録テスト乙"] });
    await grant(hub, OP_A, alice, "NATIONWIDE");
    await grant(hub, OP_A, bob, "NATIONWIDE");
    // B sees both cards (two CARD_VIEW rows), asks for Alice and reads her contact once accepted.
    await search(hub, coordinator(OP_B), { skill: "記録テスト" });
    const card = (await search(hub, coordinator(OP_B), { skill: "記録テスト甲" })).edges[0]!.node.cardId;
    const asked = await hub.runAs(coordinator(OP_B), `mutation ($c: ID!) { requestIntroduction(cardId: $c, purpose: SIDE_JOB_MATCHING, message: "ご相談") { id } }`, { c: card });
    const id = (asked.data as { requestIntroduction: { id: string } }).requestIntroduction.id;
    introductionId = id;
    await hub.runAs(coordinator(OP_A), `mutation ($id: ID!) { acceptIntroduction(id: $id) { id } }`, { id });
    await hub.runAs(coordinator(OP_B), `query ($id: ID!) { introduction(id: $id) { contact { email } } }`, { id });
    // One older row, dated 2026-03-31 23:30 Japan time (14:30 UTC), to check the day boundary.
    await hub.ownerSql(`UPDATE access_audit SET at = '2026-03-31T14:30:00Z' WHERE id = (SELECT min(id) FROM access_audit)`);
    await hub.ownerSql(`UPDATE provision_record SET provided_at = '2026-04-01T00:10:00+09:00'`);
  });
  afterAll(() => hub.close());

  const audit = async (filter: Record<string, unknown> | null, viewer = coordinator(OP_A)) => {
    const result = await hub.runAs(viewer, AUDIT, { filter });
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return (result.data as { searchAuditTrail: AuditPage }).searchAuditTrail;
  };
  const provision = async (filter: Record<string, unknown> | null, viewer = coordinator(OP_A)) => {
    const result = await hub.runAs(viewer, PROVISION, { filter });
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return (result.data as { searchProvisionRecords: ProvisionPage }).searchProvisionRecords;
  };

  it("filters the owner's audit trail by person", async () => {
    const all = await audit(null);
    expect(all.totalCount).toBe(4); // 2 + 1 card views, 1 contact view
    const aliceRows = await audit({ talentId: alice });
    expect(aliceRows.edges.map((e) => [e.node.action, e.node.subjectTalentId])).toEqual([
      ["CONTACT_VIEW", alice],
      ["CARD_VIEW", alice],
      ["CARD_VIEW", alice],
    ]);
    expect((await audit({ talentId: bob })).totalCount).toBe(1);
  });

  it("filters by Japan-time days, both ends inclusive", async () => {
    expect((await audit({ to: "2026-03-31" })).totalCount).toBe(1);
    expect((await audit({ from: "2026-04-01", to: "2026-04-01" })).totalCount).toBe(0);
    expect((await audit({ from: "2026-04-01" })).totalCount).toBe(3);
    expect((await provision({ from: "2026-04-01", to: "2026-04-01" })).totalCount).toBe(1);
    expect((await provision({ to: "2026-03-31" })).totalCount).toBe(0);
    expect((await provision({ talentId: alice })).edges.map((e) => e.node.talentRef)).toEqual([alice]);
    expect((await provision({ talentId: bob })).totalCount).toBe(0);
  });

  it("finds the provision record an introduction's acceptance wrote, for both parties", async () => {
    expect((await provision({ introductionId })).edges.map((e) => e.node.talentRef)).toEqual([alice]);
    expect((await provision({ introductionId }, coordinator(OP_B))).edges.map((e) => e.node.talentRef)).toEqual([null]);
    expect((await provision({ introductionId: "00000000-0000-4000-8000-000000000000" })).totalCount).toBe(0);
    const bad = await hub.runAs(coordinator(OP_A), PROVISION, { filter: { introductionId: "x" } });
    expect(codes(bad)).toEqual(["BAD_USER_INPUT"]);
  });

  it("never lets the person filter probe another operator's people", async () => {
    // B made these rows but does not own Alice: filtering by her id finds nothing, and no row shows her id.
    expect((await audit(null, coordinator(OP_B))).edges.every((e) => e.node.subjectTalentId === null)).toBe(true);
    expect((await audit({ talentId: alice }, coordinator(OP_B))).totalCount).toBe(0);
    expect((await provision({ talentId: alice }, coordinator(OP_B))).totalCount).toBe(0);
    expect((await provision(null, coordinator(OP_B))).edges.map((e) => e.node.talentRef)).toEqual([null]);
    expect((await audit({ talentId: alice }, admin)).totalCount).toBe(3);
  });

  it("refuses malformed dates and reversed ranges, naming the field", async () => {
    const bad = await hub.runAs(coordinator(OP_A), AUDIT, { filter: { from: "2026/04/01" } });
    expect(codes(bad)).toEqual(["BAD_USER_INPUT"]);
    expect(bad.errors![0]!.message).toBe('from must be a date YYYY-MM-DD (e.g. 2026-04-01); got "2026/04/01".');
    expect(bad.errors![0]!.extensions!.field).toBe("from");
    const impossible = await hub.runAs(coordinator(OP_A), PROVISION, { filter: { to: "2026-02-30" } });
    expect(codes(impossible)).toEqual(["BAD_USER_INPUT"]);
    const reversed = await hub.runAs(coordinator(OP_A), AUDIT, { filter: { from: "2026-05-01", to: "2026-04-01" } });
    expect(reversed.errors![0]!.message).toBe("to must not be before from.");
  });
});
