import { openSubgraph, viewers, type SubgraphHarness } from "@jinjibu/test-utils";
import { subgraph } from "../src";

const ADMIN = viewers.nationalAdmin("admin-tanaka");
const coordinatorOf = (operatorId: string) => viewers.coordinator(operatorId, `coord-${operatorId}`);

const REVOKE = `mutation($input: RevokeLogoLicenseInput!) {
  revokeLogoLicense(input: $input) { replayed auditEntryId license { status revokedOn reason updatedBy operator { id listedInDirectory } } }
}`;
const SUSPEND = `mutation($input: SuspendLogoLicenseInput!) {
  suspendLogoLicense(input: $input) { replayed auditEntryId license { status suspendedOn } }
}`;
const GRANT = `mutation($input: GrantLogoLicenseInput!) {
  grantLogoLicense(input: $input) { replayed auditEntryId license { status basis grantedOn suspendedOn revokedOn reason } }
}`;

const listed = async (hub: SubgraphHarness, id: string): Promise<boolean> => {
  const result = await hub.run(`{ directory { blocks { prefectures { operators { id } } } } }`);
  expect(result.errors).toBeUndefined();
  const all = (result.data as any).directory.blocks.flatMap((b: any) => b.prefectures.flatMap((p: any) => p.operators.map((o: any) => o.id)));
  return all.includes(id);
};

const auditCount = async (hub: SubgraphHarness): Promise<number> =>
  Number((await hub.sql<{ n: string }>(`SELECT count(*) AS n FROM admin_audit`))[0].n);

describe("logo licence administration", () => {
  let hub: SubgraphHarness;
  beforeAll(async () => {
    hub = await openSubgraph(subgraph, "org_admin");
  });
  afterAll(() => hub.close());

  it("refuses anyone but the national administrator, writing nothing", async () => {
    const input = { operatorId: "op-dotdoto", revokedOn: "2026-05-01", reason: "test", idempotencyKey: "k-forbidden" };
    for (const viewer of [undefined, coordinatorOf("op-dotdoto"), { role: "SITE" as const, operatorId: "op-dotdoto", subject: "site-1" }]) {
      const result = await hub.run(REVOKE, { input }, viewer);
      expect(result.errors?.[0].extensions?.code).toBe("FORBIDDEN");
      expect(result.data).toBeNull();
    }
    expect(await auditCount(hub)).toBe(0);
    expect(await hub.sql(`SELECT * FROM idempotency_key`)).toEqual([]);
    expect(await listed(hub, "op-dotdoto")).toBe(true);
    const trail = await hub.run(`{ adminAuditTrail { totalCount } }`, {}, coordinatorOf("op-dotdoto"));
    expect(trail.errors?.[0].extensions?.code).toBe("FORBIDDEN");
  });

  it("records every refused attempt (actor, action, reason, request id) although the request rolled back", async () => {
    const rows = await hub.sql<any>(`SELECT actor_role, actor_subject, actor_operator_id, action, reason, request_id FROM admin_denied_attempt ORDER BY id`);
    expect(rows.map((r: any) => [r.actor_role, r.actor_subject, r.action])).toEqual([
      ["ANONYMOUS", null, "revokeLogoLicense"],
      ["COORDINATOR", "coord-op-dotdoto", "revokeLogoLicense"],
      ["SITE", "site-1", "revokeLogoLicense"],
      ["COORDINATOR", "coord-op-dotdoto", "adminAuditTrail"],
    ]);
    expect(rows[1]).toMatchObject({ actor_operator_id: "op-dotdoto", reason: "Only the national administrator may revokeLogoLicense." });
    for (const row of rows) expect(row.request_id).toMatch(/^[0-9a-f-]{36}$/);

    const listed = await hub.run(`{ adminDeniedAttempts(first: 2) { totalCount edges { node { actorRole action reason requestId at } } } }`, {}, ADMIN);
    expect(listed.errors).toBeUndefined();
    expect((listed.data as any).adminDeniedAttempts.totalCount).toBe(4);
    expect((listed.data as any).adminDeniedAttempts.edges[0].node).toMatchObject({ actorRole: "COORDINATOR", action: "adminAuditTrail" });
    const peek = await hub.run(`{ adminDeniedAttempts { totalCount } }`, {}, coordinatorOf("op-meguru"));
    expect(peek.errors?.[0].extensions?.code).toBe("FORBIDDEN");

    await expect(hub.sql(`DELETE FROM admin_denied_attempt`)).rejects.toThrow(/permission denied/);
    await expect(hub.sql(`UPDATE admin_denied_attempt SET reason = 'x'`)).rejects.toThrow(/permission denied/);
  });

  it("revokes a licence: the directory drops the operator at once, and the change is audited", async () => {
    const input = { operatorId: "op-dotdoto", revokedOn: "2026-05-01", reason: "ロゴの不正使用", idempotencyKey: "k-revoke-1" };
    const result = await hub.run(REVOKE, { input }, ADMIN);
    expect(result.errors).toBeUndefined();
    const change = (result.data as any).revokeLogoLicense;
    expect(change).toMatchObject({
      replayed: false,
      license: { status: "REVOKED", revokedOn: "2026-05-01", reason: "ロゴの不正使用", updatedBy: "admin-tanaka", operator: { id: "op-dotdoto", listedInDirectory: false } },
    });
    expect(await listed(hub, "op-dotdoto")).toBe(false);

    const rows = await hub.sql<any>(`SELECT * FROM admin_audit`);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ id: change.auditEntryId, actor_subject: "admin-tanaka", action: "revokeLogoLicense", target_id: "op-dotdoto", actor_role: "NATIONAL_ADMIN" });
    expect(rows[0].before).toMatchObject({ status: "ADOPTED", updatedBy: "seed", revokedOn: null });
    expect(rows[0].after).toMatchObject({ status: "REVOKED", revokedOn: "2026-05-01", updatedBy: "admin-tanaka" });
    expect(rows[0].request_id).toMatch(/^[0-9a-f-]{36}$/);

    const trail = await hub.run(`{ adminAuditTrail(first: 10) { totalCount edges { node { id actorSubject action operator { id } before after requestId at } } } }`, {}, ADMIN);
    expect(trail.errors).toBeUndefined();
    const entry = (trail.data as any).adminAuditTrail.edges[0].node;
    expect((trail.data as any).adminAuditTrail.totalCount).toBe(1);
    expect(entry).toMatchObject({ id: change.auditEntryId, actorSubject: "admin-tanaka", action: "revokeLogoLicense", operator: { id: "op-dotdoto" } });
    expect(JSON.parse(entry.after).status).toBe("REVOKED");

    // One operator's history: its own rows only.
    const TRAIL_OF = `query($operatorId: ID) { adminAuditTrail(first: 10, operatorId: $operatorId) { totalCount edges { node { id } } } }`;
    const own = await hub.run(TRAIL_OF, { operatorId: "op-dotdoto" }, ADMIN);
    expect((own.data as any).adminAuditTrail).toMatchObject({ totalCount: 1, edges: [{ node: { id: change.auditEntryId } }] });
    const other = await hub.run(TRAIL_OF, { operatorId: "op-meguru" }, ADMIN);
    expect((other.data as any).adminAuditTrail.totalCount).toBe(0);
  });

  it("returns the first result for a retry with the same key, writing nothing again", async () => {
    const before = await auditCount(hub);
    const input = { operatorId: "op-dotdoto", revokedOn: "2026-05-01", reason: "ロゴの不正使用", idempotencyKey: "k-revoke-1" };
    const retry = await hub.run(REVOKE, { input }, ADMIN);
    expect(retry.errors).toBeUndefined();
    expect((retry.data as any).revokeLogoLicense).toMatchObject({ replayed: true, license: { status: "REVOKED", revokedOn: "2026-05-01" } });
    expect(await auditCount(hub)).toBe(before);
  });

  it("refuses the same key with a different payload (CONFLICT), writing nothing", async () => {
    const before = await auditCount(hub);
    const input = { operatorId: "op-dotdoto", revokedOn: "2026-06-01", reason: "別の理由", idempotencyKey: "k-revoke-1" };
    const result = await hub.run(REVOKE, { input }, ADMIN);
    expect(result.errors?.[0].extensions?.code).toBe("CONFLICT");
    expect(result.errors?.[0].message).toContain('idempotencyKey "k-revoke-1" was already used for a different request');
    expect(await auditCount(hub)).toBe(before);
  });

  it("scopes keys to the administrator who used them", async () => {
    const other = { ...ADMIN, subject: "admin-suzuki" };
    const input = { operatorId: "op-meguru", suspendedOn: "2026-05-02", reason: "確認中", idempotencyKey: "k-revoke-1" };
    const result = await hub.run(SUSPEND, { input }, other);
    expect(result.errors).toBeUndefined();
    expect((result.data as any).suspendLogoLicense).toMatchObject({ replayed: false, license: { status: "SUSPENDED", suspendedOn: "2026-05-02" } });
    expect(await listed(hub, "op-meguru")).toBe(false);
  });

  it("grants again after a suspension, and the directory lists the operator at once", async () => {
    const input = { operatorId: "op-meguru", basis: "APPROVAL", grantedOn: "2026-06-01", reason: "確認完了", idempotencyKey: "k-grant-1" };
    const result = await hub.run(GRANT, { input }, ADMIN);
    expect(result.errors).toBeUndefined();
    expect((result.data as any).grantLogoLicense.license).toEqual({
      status: "LOGO_APPROVED", basis: "APPROVAL", grantedOn: "2026-06-01", suspendedOn: null, revokedOn: null, reason: "確認完了",
    });
    expect(await listed(hub, "op-meguru")).toBe(true);
    const again = await hub.run(GRANT, { input: { ...input, idempotencyKey: "k-grant-2" } }, ADMIN);
    expect(again.errors?.[0].extensions?.code).toBe("CONFLICT");
    expect(again.errors?.[0].message).toBe("op-meguru already holds an active logo licence (LOGO_APPROVED); suspend or revoke it before granting again.");
    expect(again.errors?.[0].extensions?.messageJa).toBe("この事業者はすでに有効な許可を持っています。許可し直すには、先に停止するか取り消してください。");
  });

  it("grants a first licence to an unlisted operator", async () => {
    expect(await listed(hub, "op-hits")).toBe(false);
    const input = { operatorId: "op-hits", basis: "APPROVAL", grantedOn: "2026-04-01", reason: "ロゴ利用承認", idempotencyKey: "k-grant-hits" };
    const result = await hub.run(GRANT, { input }, ADMIN);
    expect(result.errors).toBeUndefined();
    expect(await listed(hub, "op-hits")).toBe(true);
    const [audit] = await hub.sql<any>(`SELECT before, after FROM admin_audit WHERE target_id = 'op-hits'`);
    expect(audit.before).toBeNull();
    expect(audit.after).toMatchObject({ status: "LOGO_APPROVED", basis: "APPROVAL" });
  });

  it("rejects bad input and unknown operators without writing anything", async () => {
    const before = await auditCount(hub);
    const unknown = await hub.run(REVOKE, { input: { operatorId: "op-nope", revokedOn: "2026-05-01", reason: "x", idempotencyKey: "k-unknown" } }, ADMIN);
    expect(unknown.errors?.[0].extensions?.code).toBe("NOT_FOUND");
    expect(await hub.sql(`SELECT * FROM idempotency_key WHERE key = 'k-unknown'`)).toEqual([]);

    const badDate = await hub.run(REVOKE, { input: { operatorId: "op-g-net", revokedOn: "2026-02-30", reason: "x", idempotencyKey: "k-bad-date" } }, ADMIN);
    expect(badDate.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(badDate.errors?.[0].message).toBe('`revokedOn` must be a date written YYYY-MM-DD (e.g. 2026-04-01); got "2026-02-30".');

    const early = await hub.run(SUSPEND, { input: { operatorId: "op-hits", suspendedOn: "2026-03-01", reason: "x", idempotencyKey: "k-early-1" } }, ADMIN);
    expect(early.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");

    const revoked = await hub.run(SUSPEND, { input: { operatorId: "op-dotdoto", suspendedOn: "2026-07-01", reason: "x", idempotencyKey: "k-susp-revoked" } }, ADMIN);
    expect(revoked.errors?.[0].extensions?.code).toBe("CONFLICT");
    expect(revoked.errors?.[0].extensions?.messageJa).toBe("停止できるのは有効な許可だけです。現在の状態を確認してください。");
    expect(await auditCount(hub)).toBe(before);
  });

  it("holds idempotency keys to the hub's one rule (8 to 200 characters), writing nothing otherwise", async () => {
    const before = await auditCount(hub);
    for (const idempotencyKey of ["k-7char", "x".repeat(201)]) {
      const result = await hub.run(SUSPEND, { input: { operatorId: "op-hits", suspendedOn: "2026-05-01", reason: "x", idempotencyKey } }, ADMIN);
      expect(result.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
      expect(result.errors?.[0].message).toBe("idempotencyKey must be 8 to 200 characters (a UUID is a good choice).");
    }
    expect(await auditCount(hub)).toBe(before);
  });

  it("keeps the audit trail append-only for the application role", async () => {
    await expect(hub.sql(`DELETE FROM admin_audit`)).rejects.toThrow(/permission denied/);
    await expect(hub.sql(`UPDATE admin_audit SET action = 'x'`)).rejects.toThrow(/permission denied/);
  });
});
