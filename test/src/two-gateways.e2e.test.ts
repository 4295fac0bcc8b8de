import { spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { Redis } from "ioredis";
import { storeDevSiteKey } from "@jinjibu/launcher";
import { startHub, dataOf, type Hub, type HubGateway } from "./harness";

// Issue 12 §5: two gateways in front of the same subgraphs share one Redis (127.0.0.1:6379, a prefix unique to this
// run): site API keys live in the database, a key revoked through one gateway is refused by the other on its very next
// request, an administrator's change through one invalidates the other's response cache, and rate limits are one budget.
const REDIS_URL = "redis://127.0.0.1:6379";
const CREATE = `mutation ($input: CreateSiteApiKeyInput!) {
  createSiteApiKey(input: $input) { key replayed auditEntryId siteApiKey { keyId label active createdBy operator { id } } }
}`;
const REVOKE = `mutation ($input: RevokeSiteApiKeyInput!) { revokeSiteApiKey(input: $input) { keyId active revokedAt revokedBy } }`;
const LIST = `query ($operatorId: ID!, $all: Boolean) { siteApiKeys(operatorId: $operatorId, includeRevoked: $all) { keyId active label } }`;
const SITE_QUERY = `{ talentPoolSummary: operator(id: "op-meguru") { id nameJa } }`;
const DIRECTORY = `{ directory { totalOperators blocks { prefectures { operators { id } } } } }`;
const REVOKE_LICENCE = `mutation ($input: RevokeLogoLicenseInput!) { revokeLogoLicense(input: $input) { license { status } } }`;

type Creation = { createSiteApiKey: { key: string | null; replayed: boolean; auditEntryId: string; siteApiKey: { keyId: string; label: string; active: boolean; createdBy: string; operator: { id: string } } } };
type Directory = { directory: { totalOperators: number; blocks: { prefectures: { operators: { id: string }[] }[] }[] } };
const listedIds = (d: Directory) => d.directory.blocks.flatMap((b) => b.prefectures.flatMap((p) => p.operators.map((o) => o.id)));

// The README's two commands must work without a Redis server: without one listening, this file says so and skips.
const redisListening =
  spawnSync(process.execPath, ["-e", "require('net').connect(6379, '127.0.0.1').on('connect', () => process.exit(0)).on('error', () => process.exit(1))"], { timeout: 3000 }).status === 0;
if (!redisListening) process.stdout.write("two-gateway tests skipped: nothing listens on 127.0.0.1:6379 (start Redis to run them)\n");
const describeRedis = redisListening ? describe : describe.skip;

describeRedis("two gateways sharing one Redis", () => {
  const prefix = `jinjibu-test:${randomUUID()}`;
  let hub: Hub;
  let a: HubGateway;
  let b: HubGateway;
  let redis: Redis;

  beforeAll(async () => {
    redis = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1 });
    await redis.connect();
    // Long lookup caches: only the shared revocation can make the second gateway read the key's row again.
    hub = await startHub({ redis: { url: REDIS_URL, prefix }, siteKeyCacheMs: 600_000 });
    a = await hub.startGateway();
    b = await hub.startGateway();
  });
  afterAll(async () => {
    await hub?.stop();
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length) await redis.del(...keys);
    await redis.quit();
  });

  const asKey = (key: string) => ({ headers: { "x-api-key": key } });

  it("a coordinator creates a key through one gateway; the other accepts it at once; the secret is stored only as a hash", async () => {
    const input = { operatorId: "op-meguru", label: "公式サイト", idempotencyKey: `create-${randomUUID()}` };
    const created = dataOf(await a.query<Creation>(CREATE, { input }, { as: { coordinator: "op-meguru" } })).createSiteApiKey;
    expect(created).toMatchObject({ replayed: false, siteApiKey: { label: "公式サイト", active: true, createdBy: "coordinator@op-meguru", operator: { id: "op-meguru" } } });
    expect(created.key).toMatch(/^jhk_[0-9a-f]{12}_/);
    const rows = await hub.sql<{ sha256: string }>("organizations", "SELECT sha256 FROM site_api_key WHERE key_id = $1", [created.siteApiKey.keyId]);
    expect(rows[0]!.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(rows)).not.toContain(created.key!.slice(18));

    // A double submit creates one key, one audit row; the replay does not show the secret again.
    const again = dataOf(await b.query<Creation>(CREATE, { input }, { as: { coordinator: "op-meguru" } })).createSiteApiKey;
    expect(again).toMatchObject({ replayed: true, key: null, auditEntryId: created.auditEntryId, siteApiKey: { keyId: created.siteApiKey.keyId } });
    const audit = await hub.sql("organizations", "SELECT actor_role, after FROM admin_audit WHERE action = 'createSiteApiKey' AND target_id = 'op-meguru'");
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit)).not.toMatch(/sha256|jhk_/);

    const viaB = await b.query<{ talentPoolSummary: { id: string } }>(SITE_QUERY, undefined, asKey(created.key!));
    expect(viaB.status).toBe(200);
    expect(dataOf(viaB).talentPoolSummary.id).toBe("op-meguru");
  });

  it("`npm run dev:token -- site` writes its key to the database, where both gateways find it", async () => {
    const key = await storeDevSiteKey(hub.ownerUrl, "op-dotdoto", "開発用");
    for (const g of [a, b]) expect(dataOf(await g.query<{ talentPoolSummary: { id: string } }>(SITE_QUERY, undefined, asKey(key))).talentPoolSummary.id).toBe("op-meguru");
    const [row] = await hub.sql<{ created_by: string; label: string }>("organizations", "SELECT created_by, label FROM site_api_key WHERE operator_id = 'op-dotdoto' AND created_by = 'dev-token'");
    expect(row).toEqual({ created_by: "dev-token", label: "開発用" });
    await expect(storeDevSiteKey(hub.ownerUrl, "op-nope")).rejects.toThrow(/No operator has id "op-nope"/);
  });

  it("refuses key management to another operator's coordinator and to a site key, and records the refusals", async () => {
    const denied = async () => Number((await hub.sql<{ n: string }>("organizations", "SELECT count(*) AS n FROM admin_denied_attempt WHERE action LIKE '%SiteApiKey%'"))[0]!.n);
    const before = await denied();
    const input = { operatorId: "op-meguru", idempotencyKey: `create-${randomUUID()}` };
    const other = await a.query(CREATE, { input }, { as: { coordinator: "op-dotdoto" } });
    expect(other.body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const site = await a.query(CREATE, { input }, { as: { site: "op-meguru" } });
    expect(site.body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(await denied()).toBe(before + 2);
    const list = await a.query(LIST, { operatorId: "op-meguru" }, { as: { coordinator: "op-dotdoto" } });
    expect(list.body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("a key revoked through one gateway is refused by the other on its next request", async () => {
    const input = { operatorId: "op-dotdoto", label: "連携システム", idempotencyKey: `create-${randomUUID()}` };
    const created = dataOf(await a.query<Creation>(CREATE, { input }, { as: "admin" })).createSiteApiKey;
    const key = created.key!;
    // Both gateways have the key's lookup cached (a 10-minute cache in this test).
    for (const g of [a, b, a, b]) expect((await g.query(SITE_QUERY, undefined, asKey(key))).status).toBe(200);
    const lookups = b.siteKeys.lookups;
    expect((await b.query(SITE_QUERY, undefined, asKey(key))).status).toBe(200);
    expect(b.siteKeys.lookups).toBe(lookups);

    const revoked = dataOf(await a.query<{ revokeSiteApiKey: { active: boolean; revokedBy: string } }>(REVOKE, { input: { keyId: created.siteApiKey.keyId } }, { as: { coordinator: "op-dotdoto" } }));
    expect(revoked.revokeSiteApiKey).toMatchObject({ active: false, revokedBy: "coordinator@op-dotdoto" });

    const refused = await b.query(SITE_QUERY, undefined, asKey(key));
    expect(refused.status).toBe(401);
    expect(refused.body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect((await a.query(SITE_QUERY, undefined, asKey(key))).status).toBe(401);

    // Revoking again changes nothing; the listing shows it only when revoked keys are asked for.
    const twice = dataOf(await b.query<{ revokeSiteApiKey: { revokedAt: string } }>(REVOKE, { input: { keyId: created.siteApiKey.keyId } }, { as: "admin" }));
    expect(twice.revokeSiteApiKey.revokedAt).toBeTruthy();
    const active = dataOf(await a.query<{ siteApiKeys: { keyId: string }[] }>(LIST, { operatorId: "op-dotdoto" }, { as: "admin" })).siteApiKeys;
    const all = dataOf(await a.query<{ siteApiKeys: { keyId: string; active: boolean }[] }>(LIST, { operatorId: "op-dotdoto", all: true }, { as: "admin" })).siteApiKeys;
    expect(active.map((k) => k.keyId)).not.toContain(created.siteApiKey.keyId);
    expect(all).toContainEqual(expect.objectContaining({ keyId: created.siteApiKey.keyId, active: false }));
    const audit = await hub.sql("organizations", "SELECT 1 FROM admin_audit WHERE action = 'revokeSiteApiKey' AND target_id = 'op-dotdoto'");
    expect(audit).toHaveLength(1);
  });

  it("a change through one gateway invalidates the other's response cache", async () => {
    const first = await b.query<Directory>(DIRECTORY);
    const second = await b.query<Directory>(DIRECTORY);
    expect([first.headers.get("x-cache"), second.headers.get("x-cache")]).toEqual(["MISS", "HIT"]);
    // The entry is shared: gateway a is served from it too.
    expect((await a.query(DIRECTORY)).headers.get("x-cache")).toBe("HIT");
    expect(listedIds(dataOf(second))).toContain("op-clabiz");

    const input = { operatorId: "op-clabiz", revokedOn: "2026-06-01", reason: "ロゴマーク利用規程違反", idempotencyKey: `licence-${randomUUID()}` };
    dataOf(await a.query(REVOKE_LICENCE, { input }, { as: "admin" }));

    const after = await b.query<Directory>(DIRECTORY);
    expect(after.headers.get("x-cache")).toBe("MISS");
    expect(listedIds(dataOf(after))).not.toContain("op-clabiz");
  });

  it("rate-limit counters are shared: failed sign-ins through either gateway count against one budget", async () => {
    // 20 failed sign-ins per client address per 15 minutes (two were spent above on the revoked key). Alternating
    // gateways, 30 attempts: with counters per gateway each would see 15 and refuse none.
    const bogus = { headers: { "x-api-key": `jhk_${"0".repeat(12)}_${"x".repeat(32)}` } };
    const statuses: number[] = [];
    for (let i = 0; i < 30; i++) statuses.push((await (i % 2 === 0 ? a : b).query(SITE_QUERY, undefined, bogus)).status);
    const firstLimited = statuses.indexOf(429);
    expect(firstLimited).toBeGreaterThan(10);
    expect(firstLimited).toBeLessThanOrEqual(20);
    expect(statuses.slice(0, firstLimited).every((s) => s === 401)).toBe(true);
    // From then on both gateways refuse.
    expect(statuses.slice(firstLimited).every((s) => s === 429)).toBe(true);
    const limited = await b.query(SITE_QUERY, undefined, bogus);
    expect(limited.body.errors?.[0]?.extensions?.code).toBe("RATE_LIMITED");
  });
});
