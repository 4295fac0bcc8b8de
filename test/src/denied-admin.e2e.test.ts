import { startHub, dataOf, type Hub } from "./harness";

// Issue 10 §9: a refused administrative attempt is on record (actor, action, reason, request id) although the request's
// own transaction rolled back; the request id is the one the gateway returned to the client.
const REVOKE = `mutation ($input: RevokeLogoLicenseInput!) { revokeLogoLicense(input: $input) { replayed } }`;
const RECORD = `mutation ($input: RecordAdoptionInput!) { recordAdoption(input: $input) { replayed } }`;

describe("refused administrative attempts through the gateway", () => {
  let hub: Hub;
  beforeAll(async () => {
    hub = await startHub();
  });
  afterAll(() => hub.stop());

  it("records a coordinator's licence revocation attempt with the client's request id, and changes nothing", async () => {
    const input = { operatorId: "op-meguru", revokedOn: "2026-06-01", reason: "権限昇格の試み", idempotencyKey: "escalate-0001" };
    const res = await hub.query(REVOKE, { input }, { as: { coordinator: "op-dotdoto" } });
    expect(res.body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(res.body.errors?.[0]?.message).toBe("Only the national administrator may revokeLogoLicense.");
    const requestId = res.headers.get("x-request-id");
    expect(requestId).toBeTruthy();
    const rows = await hub.sql("organizations", "SELECT actor_role, actor_operator_id, action, reason FROM admin_denied_attempt WHERE request_id = $1", [requestId]);
    expect(rows).toEqual([
      { actor_role: "COORDINATOR", actor_operator_id: "op-dotdoto", action: "revokeLogoLicense", reason: "Only the national administrator may revokeLogoLicense." },
    ]);
    expect(await hub.sql("organizations", "SELECT 1 FROM idempotency_key WHERE key = 'escalate-0001'")).toEqual([]);
    expect(await hub.sql("organizations", "SELECT status FROM logo_license WHERE operator_id = 'op-meguru'")).toEqual([{ status: "ADOPTED" }]);
  });

  it("records a regional site's attempt to record an adoption in funding's own log", async () => {
    const input = { fiscalYear: 2026, frame: "RIGHT_ARM", listCode: "A77", memberOperatorIds: ["op-meguru"], idempotencyKey: "site-escalate-0001" };
    const res = await hub.query(RECORD, { input }, { as: { site: "op-meguru" } });
    expect(res.body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const rows = await hub.sql("funding", "SELECT actor_role, actor_operator_id, action FROM admin_denied_attempt WHERE request_id = $1", [res.headers.get("x-request-id")]);
    expect(rows).toEqual([{ actor_role: "SITE", actor_operator_id: "op-meguru", action: "recordAdoption" }]);
    expect(await hub.sql("funding", "SELECT 1 FROM adoption WHERE list_code = 'A77'")).toEqual([]);
  });

  it("lets the national administrator read the refusals, and nobody else", async () => {
    const list = dataOf(await hub.query<{ adminDeniedAttempts: { totalCount: number; edges: { node: { action: string; actorRole: string } }[] } }>(
      `{ adminDeniedAttempts(first: 5) { totalCount edges { node { action actorRole } } } }`, {}, { as: "admin" },
    ));
    expect(list.adminDeniedAttempts.totalCount).toBe(1);
    expect(list.adminDeniedAttempts.edges[0]!.node).toEqual({ action: "revokeLogoLicense", actorRole: "COORDINATOR" });
    const peek = await hub.query(`{ adminDeniedAttempts { totalCount } }`, {}, { as: { coordinator: "op-dotdoto" } });
    expect(peek.body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});
