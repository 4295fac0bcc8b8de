import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { chmodSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { Client } from "pg";
import { generatePemKeyPair, importPrivateKey, signGatewayToken, type KeyLike, type Viewer } from "@jinjibu/auth";
import { runMigrations, withDatabase } from "@jinjibu/db";
import { freePort } from "@jinjibu/pg-embedded";

// The database restarts under a stream of writes to a real talent subgraph process (its own pool, its own error
// handling): every write the subgraph acknowledged is still there afterwards, writes succeed again within 30 s of the
// restart, and the subgraph process never dies.

const REPO = path.resolve(__dirname, "..", "..");
const coordinator: Viewer = { role: "COORDINATOR", operatorId: "op-dotdoto", subject: "coord@op-dotdoto" };
const REGISTER = `mutation ($input: [RegisterTalentProfileInput!]!) { registerTalentProfiles(input: $input) { id } }`;

let dataDir: string;
let pgPort: number;
let cluster: ChildProcess | undefined;
let subgraph: ChildProcess | undefined;
let subgraphUrl: string;
let gatewayKey: KeyLike;
const subgraphLog: string[] = [];

function startDatabase(): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(REPO, "test", "fixtures", "pg-cluster.js")], {
      env: { ...process.env, DATA_DIR: dataDir, PG_PORT: String(pgPort) },
      stdio: ["ignore", "pipe", "pipe"],
    });
    cluster = child;
    let out = "";
    let err = "";
    child.stdout!.on("data", (chunk) => {
      out += String(chunk);
      const line = out.split("\n").find((l) => l.startsWith("{"));
      if (line) resolve((JSON.parse(line) as { url: string }).url);
    });
    child.stderr!.on("data", (chunk) => (err += String(chunk)));
    child.once("exit", (code) => reject(new Error(`the test cluster exited (code ${code}): ${err}`)));
  });
}

function stopDatabase(): Promise<void> {
  const child = cluster;
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
}

async function register(n: number): Promise<{ ok: true; id: string } | { ok: false; reason: string }> {
  const token = await signGatewayToken(gatewayKey, "talent", { viewer: coordinator, requestId: `restart-${n}` });
  try {
    const response = await fetch(subgraphUrl, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: REGISTER, variables: { input: [{ displayName: `再起動 ${n}`, kinds: ["SIDE_JOB"], skills: ["法人営業"], availability: "SIDE_JOB" }] } }),
      signal: AbortSignal.timeout(20_000),
    });
    const body = (await response.json()) as { data?: { registerTalentProfiles: { id: string }[] } | null; errors?: { extensions?: { code?: string } }[] };
    const id = body.data?.registerTalentProfiles?.[0]?.id;
    if (response.ok && id && !body.errors) return { ok: true, id };
    return { ok: false, reason: `${response.status} ${body.errors?.[0]?.extensions?.code ?? ""}` };
  } catch (error) {
    return { ok: false, reason: (error as Error).message };
  }
}

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), "jinjibu-restart-"));
  // As root the cluster runs as the postgres user, which must reach the directory.
  chmodSync(dataDir, 0o755);
  dataDir = path.join(dataDir, "pg");
  pgPort = await freePort();
  const serverUrl = await startDatabase();
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query("CREATE DATABASE jinjibu");
  await admin.end();
  const ownerUrl = withDatabase(serverUrl, "jinjibu");
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { subgraph: talent } = require("@jinjibu/subgraph-talent");
  await runMigrations(ownerUrl, { schema: "talent", appRole: "hub_talent_app", appPassword: "jinjibu-app", migrations: talent.migrations, entities: talent.entities });

  const keys = generatePemKeyPair();
  gatewayKey = await importPrivateKey(keys.privateKeyPem);
  const port = await freePort();
  subgraphUrl = `http://127.0.0.1:${port}/graphql`;
  subgraph = spawn(process.execPath, [path.join(REPO, "subgraphs", "talent", "dist", "main.js")], {
    env: { ...process.env, PORT: String(port), DATABASE_URL: ownerUrl, APP_DATABASE_PASSWORD: "jinjibu-app", GATEWAY_PUBLIC_KEY: keys.publicKeyPem, LOG_LEVEL: "warn", DB_POOL_SIZE: "4" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  subgraph.stdout!.on("data", (c) => subgraphLog.push(String(c)));
  subgraph.stderr!.on("data", (c) => subgraphLog.push(String(c)));
  const end = Date.now() + 30_000;
  while (Date.now() < end) {
    if (subgraph.exitCode !== null) throw new Error(`the talent subgraph exited: ${subgraphLog.join("")}`);
    if (await fetch(`http://127.0.0.1:${port}/readyz`).then((r) => r.ok).catch(() => false)) break;
    await new Promise((r) => setTimeout(r, 100));
  }
}, 120_000);

afterAll(async () => {
  subgraph?.kill("SIGTERM");
  await stopDatabase();
  if (dataDir) rmSync(path.dirname(dataDir), { recursive: true, force: true });
});

it("loses no acknowledged write, recovers within 30 s and keeps the subgraph process alive across a database restart", async () => {
  const acknowledged: string[] = [];
  const refused: string[] = [];
  let n = 0;
  let stopped = false;
  // Four writers in a stream, until told to stop.
  const writers = Array.from({ length: 4 }, async () => {
    while (!stopped) {
      const result = await register(n++);
      if (result.ok) acknowledged.push(result.id);
      else refused.push(result.reason);
    }
  });

  const until = async (what: string, ok: () => boolean, limitMs: number) => {
    const end = Date.now() + limitMs;
    while (!ok()) {
      if (Date.now() > end) throw new Error(`${what} did not happen within ${limitMs / 1000} s`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  try {
    await until("the first 20 writes", () => acknowledged.length >= 20, 30_000);
    await stopDatabase();
    const whileDown = refused.length;
    const downReady = await fetch(subgraphUrl.replace(/graphql$/, "readyz")).then((r) => r.status);
    expect(downReady).toBe(503);
    await startDatabase();
    const restartedAt = Date.now();
    const beforeRecovery = acknowledged.length;
    await until("a write after the restart", () => acknowledged.length >= beforeRecovery + 20, 30_000);
    const recoveredInMs = Date.now() - restartedAt;
    process.stdout.write(`database restart: ${acknowledged.length} writes acknowledged, ${refused.length} refused (${whileDown} before the server was back), recovered in ${recoveredInMs} ms\n`);
    expect(recoveredInMs).toBeLessThan(30_000);
  } finally {
    stopped = true;
    await Promise.all(writers);
  }

  expect(subgraph!.exitCode).toBeNull();
  expect(subgraph!.signalCode).toBeNull();
  // Every write the subgraph acknowledged is in the database.
  const url = new URL(withDatabase(`postgres://postgres:jinjibu@127.0.0.1:${pgPort}/postgres`, "jinjibu"));
  const owner = new Client({ connectionString: url.toString() });
  await owner.connect();
  try {
    const { rows } = await owner.query<{ id: string }>("SELECT id FROM talent.talent_profile WHERE id = ANY($1::text[])", [acknowledged]);
    expect(rows.length).toBe(acknowledged.length);
  } finally {
    await owner.end();
  }
  // While the database was away, writes were refused with an error, never half-acknowledged.
  process.stdout.write(`refusals: ${JSON.stringify([...new Set(refused)])}\n`);
  if (process.env.DEBUG_RESTART) process.stdout.write(subgraphLog.filter((l) => /unexpected error|request failed|"level":"fatal"/.test(l)).join("").slice(0, 3000));
  expect(refused.length).toBeGreaterThan(0);
  // …and told the client why, with a code it can retry on (no INTERNAL_SERVER_ERROR, no dropped connection).
  expect([...new Set(refused.map((reason) => reason.split(" ")[1]))]).toEqual(["DATABASE_UNAVAILABLE"]);
});
