import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { Client } from "pg";
import { generatePemKeyPair, importPrivateKey, importPublicKey, mintUserToken, type KeyLike } from "@jinjibu/auth";
import { appDatabaseUrl, connectAsApp, startSubgraphServer, type RunningSubgraph, type SubgraphModule } from "@jinjibu/federation";
import type { CountedDataSource } from "@jinjibu/db";
import { startGatewayServer, supergraphPath, type RunningGateway } from "@jinjibu/gateway";
import { loadModules } from "@jinjibu/launcher";
import { cloneTemplateDatabase } from "@jinjibu/test-utils";

// Issue 12 §6, security.md row 23 through PgBouncer: Debian's pgbouncer in transaction mode in front of the test cluster,
// every subgraph connected through it on a pool of two server connections, no startup parameter it refuses, and the
// tenant settings never leaking from one transaction to the next borrower of a server connection.
const PGBOUNCER = ["/usr/sbin/pgbouncer", "/usr/bin/pgbouncer"].find((p) => existsSync(p));
const A = "op-dotdoto";
const B = "op-platform-aomori";
const APP_PASSWORD = process.env.APP_DATABASE_PASSWORD;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function waitForPort(port: number, child: ChildProcess, log: string): Promise<void> {
  for (let i = 0; i < 100; i += 1) {
    if (child.exitCode !== null) throw new Error(`pgbouncer exited (${child.exitCode}): ${readFileSync(log, "utf8").slice(-2000)}`);
    const client = new Client({ host: "127.0.0.1", port, user: "pgbouncer", database: "pgbouncer" });
    try {
      await client.connect();
      await client.end();
      return;
    } catch (error) {
      await client.end().catch(() => undefined);
      if (!/password|auth|not allowed|no such user/i.test(String(error))) await new Promise((r) => setTimeout(r, 100));
      else return;
    }
  }
  throw new Error("pgbouncer did not start listening");
}

const describeWithPgBouncer = PGBOUNCER ? describe : describe.skip;
if (!PGBOUNCER) process.stdout.write("pgbouncer tests skipped: install Debian's pgbouncer (apt-get install -y pgbouncer)\n");

describeWithPgBouncer("every subgraph through PgBouncer in transaction mode", () => {
  let dir: string;
  let bouncer: ChildProcess;
  let dbDrop: () => Promise<void>;
  let ownerUrl: string;
  const connections: CountedDataSource[] = [];
  const subgraphs: RunningSubgraph[] = [];
  let gateway: RunningGateway;
  let identity: KeyLike;

  beforeAll(async () => {
    const db = await cloneTemplateDatabase("e2e");
    dbDrop = db.drop;
    ownerUrl = db.url;
    const server = new URL(db.url);
    const modules = loadModules();
    dir = mkdtempSync(path.join(tmpdir(), "pgbouncer-"));
    const port = await freePort();
    // SCRAM towards the server needs the plain passwords of the roles PgBouncer logs in as (throwaway test cluster).
    const users: [string, string][] = [[decodeURIComponent(server.username), decodeURIComponent(server.password)]];
    for (const module of modules) {
      const app = new URL(appDatabaseUrl(db.url, module.name, APP_PASSWORD));
      users.push([decodeURIComponent(app.username), decodeURIComponent(app.password)]);
    }
    writeFileSync(path.join(dir, "users.txt"), users.map(([u, p]) => `"${u}" "${p.replace(/"/g, '""')}"`).join("\n") + "\n", { mode: 0o600 });
    writeFileSync(
      path.join(dir, "pgbouncer.ini"),
      [
        "[databases]",
        `* = host=${server.hostname} port=${server.port}`,
        "[pgbouncer]",
        "listen_addr = 127.0.0.1",
        `listen_port = ${port}`,
        "unix_socket_dir =",
        "auth_type = scram-sha-256",
        `auth_file = ${path.join(dir, "users.txt")}`,
        "pool_mode = transaction",
        "default_pool_size = 2",
        "min_pool_size = 0",
        "max_client_conn = 200",
        "server_reset_query =",
        `logfile = ${path.join(dir, "pgbouncer.log")}`,
        `pidfile = ${path.join(dir, "pgbouncer.pid")}`,
        "",
      ].join("\n"),
    );
    const uid = process.getuid?.() === 0 ? ["-u", "postgres"] : [];
    if (uid.length) require("node:fs").chmodSync(dir, 0o777), require("node:fs").chmodSync(path.join(dir, "users.txt"), 0o644);
    writeFileSync(path.join(dir, "pgbouncer.log"), "", { mode: 0o666 });
    require("node:fs").chmodSync(path.join(dir, "pgbouncer.log"), 0o666);
    bouncer = spawn(PGBOUNCER!, [...uid, path.join(dir, "pgbouncer.ini")], { stdio: ["ignore", "ignore", "pipe"] });
    bouncer.stderr!.on("data", (chunk: Buffer) => writeFileSync(path.join(dir, "pgbouncer.log"), chunk, { flag: "a" }));
    await waitForPort(port, bouncer, path.join(dir, "pgbouncer.log"));
    const bouncerUrl = new URL(db.url);
    bouncerUrl.port = String(port);

    const gatewayKeys = generatePemKeyPair();
    const identityKeys = generatePemKeyPair();
    const gatewayPublic = await importPublicKey(gatewayKeys.publicKeyPem);
    identity = await importPrivateKey(identityKeys.privateKeyPem);
    // Transaction pooling (DATABASE_POOL_MODE=transaction in a subgraph process): no startup parameters; search_path and
    // statement_timeout per transaction (packages/db).
    for (const module of modules) {
      // Each subgraph's own pool is larger than PgBouncer's two server connections: transactions share them.
      const conn = await connectAsApp(module, bouncerUrl.toString(), APP_PASSWORD, 6, { transactionPooling: true });
      connections.push(conn);
      subgraphs.push(
        await startSubgraphServer(
          { module: module as SubgraphModule, schema: await module.buildSchema(), dataSource: conn.dataSource, gatewayPublicKey: gatewayPublic },
          0,
        ),
      );
    }
    gateway = await startGatewayServer(
      {
        supergraphSdl: readFileSync(supergraphPath(), "utf8"),
        subgraphUrls: Object.fromEntries(modules.map((m, i) => [m.name, subgraphs[i]!.url])),
        gatewayPrivateKey: await importPrivateKey(gatewayKeys.privateKeyPem),
        identityPublicKey: await importPublicKey(identityKeys.publicKeyPem),
        apiKeys: () => new (require("@jinjibu/auth").ApiKeyRegistry)([]),
        cache: null,
        introspection: false,
      },
      0,
    );
  });

  afterAll(async () => {
    await gateway?.close();
    for (const s of subgraphs) await s.close();
    for (const c of connections) await c.dataSource.destroy();
    if (bouncer && bouncer.exitCode === null) {
      const exited = new Promise((resolve) => bouncer.once("exit", resolve));
      bouncer.kill("SIGTERM");
      await exited;
    }
    await dbDrop?.();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const query = async (text: string, variables: Record<string, unknown>, operatorId: string | null) => {
    const headers: Record<string, string> = { "content-type": "application/json" };
    if (operatorId) headers.authorization = `Bearer ${await mintUserToken(identity, { role: "COORDINATOR", operatorId, subject: `c@${operatorId}` })}`;
    const response = await fetch(gateway.url, { method: "POST", headers, body: JSON.stringify({ query: text, variables }) });
    return (await response.json()) as { data?: any; errors?: { message: string; extensions?: { code?: string } }[] };
  };

  it("serves the directory, a cross-subgraph query and a mutation through transaction pooling", async () => {
    const directory = await query(`{ directory { totalOperators } operators(first: 3) { edges { node { id adoptionCount } } } }`, {}, null);
    expect(directory.errors).toBeUndefined();
    expect(directory.data.directory.totalOperators).toBe(89);
    const registered = await query(
      `mutation { registerTalentProfiles(input: [{ displayName: "経由 はなこ", kinds: [SIDE_JOB], skills: ["pgbouncer"], availability: SIDE_JOB }]) { id } }`,
      {},
      A,
    );
    expect(registered.errors).toBeUndefined();
    expect(registered.data.registerTalentProfiles).toHaveLength(1);
  });

  it("keeps regions apart over 500 alternating requests on two server connections (security.md row 23)", async () => {
    const owner = new Client({ connectionString: ownerUrl });
    await owner.connect();
    const own = async (operatorId: string) =>
      new Set((await owner.query(`SELECT id FROM talent.talent_profile WHERE operator_id = $1`, [operatorId])).rows.map((r: { id: string }) => r.id));
    await query(`mutation { registerTalentProfiles(input: [{ displayName: "青森 じろう", kinds: [UI_TURN], skills: ["b"], availability: FULL_TIME }]) { id } }`, {}, B);
    const mine: Record<string, Set<string>> = { [A]: await own(A), [B]: await own(B) };
    await owner.end();
    expect(mine[A]!.size).toBeGreaterThan(0);
    expect(mine[B]!.size).toBeGreaterThan(0);
    const LIST = `{ myTalentProfiles(first: 100) { edges { node { id } } } }`;
    let leaks = 0;
    let errors = 0;
    const batch = 25;
    for (let start = 0; start < 500; start += batch) {
      const answers = await Promise.all(
        Array.from({ length: batch }, async (_, i) => {
          const operatorId = (start + i) % 2 === 0 ? A : B;
          return { operatorId, answer: await query(LIST, {}, operatorId) };
        }),
      );
      for (const { operatorId, answer } of answers) {
        if (answer.errors?.length) errors += 1;
        const ids: string[] = (answer.data?.myTalentProfiles?.edges ?? []).map((e: { node: { id: string } }) => e.node.id);
        if (ids.length === 0 || ids.some((id) => !mine[operatorId]!.has(id))) leaks += 1;
      }
    }
    process.stdout.write(`pgbouncer: 500 alternating requests of ${A} and ${B} through transaction pooling (2 server connections): ${leaks} leaks, ${errors} errors\n`);
    expect({ leaks, errors }).toEqual({ leaks: 0, errors: 0 });
  });
});
