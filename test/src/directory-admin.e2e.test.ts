import { createConnection } from "node:net";
import { createResponseCache, type ResponseCache } from "@jinjibu/gateway";
import { startHub, dataOf, type Hub } from "./harness";

// Issue 5: the public directory is cached, and an administrator's change is visible on the very next request.
const DIRECTORY = `{ directory { totalOperators blocks { prefectures { operators { id } } } } }`;
const REVOKE = `mutation ($input: RevokeLogoLicenseInput!) { revokeLogoLicense(input: $input) { replayed license { status } } }`;

type Directory = { directory: { totalOperators: number; blocks: { prefectures: { operators: { id: string }[] }[] }[] } };
const listedIds = (d: Directory) => d.directory.blocks.flatMap((b) => b.prefectures.flatMap((p) => p.operators.map((o) => o.id)));

async function redisReachable(): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: "127.0.0.1", port: 6379 });
    socket.setTimeout(500);
    socket.once("connect", () => { socket.destroy(); resolve(true); });
    socket.once("error", () => resolve(false));
    socket.once("timeout", () => { socket.destroy(); resolve(false); });
  });
}

async function revokeFollowsAtOnce(hub: Hub, operatorId: string, key: string): Promise<void> {
  const first = await hub.query<Directory>(DIRECTORY);
  const second = await hub.query<Directory>(DIRECTORY);
  expect(first.headers.get("x-cache")).toBe("MISS");
  expect(second.headers.get("x-cache")).toBe("HIT");
  expect(second.headers.get("cache-control")).toBe("public, max-age=60");
  expect(listedIds(dataOf(second))).toContain(operatorId);

  const input = { operatorId, revokedOn: "2026-06-01", reason: "ロゴマーク利用規程違反", idempotencyKey: key };
  const revoked = dataOf(await hub.query<{ revokeLogoLicense: { replayed: boolean; license: { status: string } } }>(REVOKE, { input }, { as: "admin" }));
  expect(revoked.revokeLogoLicense).toEqual({ replayed: false, license: { status: "REVOKED" } });

  const after = await hub.query<Directory>(DIRECTORY);
  expect(after.headers.get("x-cache")).toBe("MISS");
  expect(listedIds(dataOf(after))).not.toContain(operatorId);
  expect(dataOf(after).directory.totalOperators).toBe(dataOf(second).directory.totalOperators - 1);
}

describe("the national directory with the response cache", () => {
  let hub: Hub;
  beforeAll(async () => {
    hub = await startHub();
  });
  afterAll(() => hub.stop());

  it("drops a revoked licence from the directory on the next request, cache on", async () => {
    await revokeFollowsAtOnce(hub, "op-clabiz", "revoke-clabiz-0001");
  });

  it("writes a retried revocation once and refuses a reused key with another payload", async () => {
    const input = { operatorId: "op-wiz", revokedOn: "2026-06-02", reason: "事業終了", idempotencyKey: "revoke-wiz-0001" };
    const audits = async () => Number((await hub.sql<{ n: string }>("organizations", "SELECT count(*) AS n FROM admin_audit"))[0]!.n);
    const before = await audits();
    const once = dataOf(await hub.query<{ revokeLogoLicense: { replayed: boolean } }>(REVOKE, { input }, { as: "admin" }));
    const twice = dataOf(await hub.query<{ revokeLogoLicense: { replayed: boolean } }>(REVOKE, { input }, { as: "admin" }));
    expect([once.revokeLogoLicense.replayed, twice.revokeLogoLicense.replayed]).toEqual([false, true]);
    expect(await audits()).toBe(before + 1);
    const changed = await hub.query(REVOKE, { input: { ...input, reason: "別の理由" } }, { as: "admin" });
    expect(changed.body.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    expect(await audits()).toBe(before + 1);
  });

  it("refuses a coordinator's licence change with FORBIDDEN and writes nothing", async () => {
    const audits = async () => Number((await hub.sql<{ n: string }>("organizations", "SELECT count(*) AS n FROM admin_audit"))[0]!.n);
    const before = await audits();
    const input = { operatorId: "op-meguru", revokedOn: "2026-06-01", reason: "x", idempotencyKey: "coord-revoke-0001" };
    const res = await hub.query(REVOKE, { input }, { as: { coordinator: "op-meguru" } });
    expect(res.body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(await audits()).toBe(before);
    const anonymous = await hub.query(REVOKE, { input });
    expect(["FORBIDDEN", "UNAUTHENTICATED"]).toContain(anonymous.body.errors?.[0]?.extensions?.code);
  });

  it("shows anonymous viewers only public fields, and never caches signed-in answers", async () => {
    const res = await hub.query<{ operator: { nameJa: string; logoLicense: { status: string; reason: string | null; updatedBy: string | null } } }>(
      `{ operator(id: "op-meguru") { nameJa logoLicense { status reason updatedBy } } }`,
    );
    expect(res.body.data?.operator).toEqual({ nameJa: "NPO法人MEGURU", logoLicense: { status: "ADOPTED", reason: null, updatedBy: null } });
    expect(res.body.errors?.map((e) => e.extensions?.code)).toEqual(["FORBIDDEN", "FORBIDDEN"]);
    const signedIn = await hub.query(DIRECTORY, {}, { as: { coordinator: "op-meguru" } });
    expect(signedIn.headers.get("cache-control")).toBe("private, no-store");
    expect(signedIn.headers.get("x-cache")).toBeNull();
  });
});

describe("the response cache shared in Redis", () => {
  let hub: Hub | undefined;
  let other: ResponseCache | undefined;
  let reachable = false;
  beforeAll(async () => {
    reachable = await redisReachable();
    if (!reachable) {
      process.stdout.write("Redis cache test skipped: nothing listens on 127.0.0.1:6379\n");
      return;
    }
    // One deployment = one prefix; this run's hub must not see another run's entries.
    const prefix = `jinjibu-test:${process.pid}:${Date.now()}`;
    hub = await startHub({ cache: await createResponseCache("redis://127.0.0.1:6379", prefix) });
    other = await createResponseCache("redis://127.0.0.1:6379", prefix);
  });
  afterAll(async () => {
    await hub?.stop();
    await hub?.cache.close();
    await other?.close();
  });

  it("lets every gateway instance see an administrator's change on the next request", async () => {
    if (!reachable || !hub || !other) return;
    const [before] = await other.versions(["organizations"]);
    await revokeFollowsAtOnce(hub, "op-dotdoto", `revoke-dotdoto-${Date.now()}`);
    // A second gateway instance reading the same Redis sees organizations' new tag version, so its entries built from
    // organizations' data are stale too.
    const [after] = await other.versions(["organizations"]);
    expect(after).toBeGreaterThan(before!);
  });
});
