import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { assertPortFree } from "@jinjibu/pg-embedded";
import { DEFAULT_APP_PASSWORD } from "@jinjibu/federation";
import { migrateAndSeed, openDatabase, redactUrl } from "./database";
import { ensureDevKeys } from "./keys";
import { loadModules, SUBGRAPHS } from "./modules";
import { dataDir, repoRoot } from "./paths";

const DEFAULT_PORTS = { organizations: 4001, talent: 4002, programs: 4003, funding: 4004 } as const;
const say = (line: string) => process.stdout.write(`${line}\n`);

async function waitForLive(url: string, child: ChildProcess, name: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} exited during start-up (code ${child.exitCode}); its log is above.`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(1000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`${name} did not become live within 60 s (${url}).`);
}

async function main(): Promise<void> {
  const started = Date.now();
  const data = dataDir();
  const env = process.env;
  const ports = Object.fromEntries(
    SUBGRAPHS.map((name) => [name, Number(env[`SUBGRAPH_${name.toUpperCase()}_PORT`] ?? DEFAULT_PORTS[name])]),
  ) as Record<(typeof SUBGRAPHS)[number], number>;
  const gatewayPort = Number(env.GATEWAY_PORT ?? 4000);
  for (const name of SUBGRAPHS) await assertPortFree(ports[name], `the ${name} subgraph`, `SUBGRAPH_${name.toUpperCase()}_PORT`);
  await assertPortFree(gatewayPort, "the gateway", "GATEWAY_PORT");

  const keys = ensureDevKeys(data);
  const db = await openDatabase(data);
  const children: ChildProcess[] = [];
  let stopping = false;
  const stopAll = async (code: number) => {
    if (stopping) return;
    stopping = true;
    for (const child of children) if (child.exitCode === null) child.kill("SIGTERM");
    await Promise.all(
      children.map((child) => (child.exitCode !== null ? null : new Promise((r) => child.once("exit", r)))),
    );
    await db.stop();
    process.exit(code);
  };
  process.once("SIGINT", () => void stopAll(0));
  process.once("SIGTERM", () => void stopAll(0));

  try {
    say(`Database: ${db.embedded ? `embedded PostgreSQL in ${path.relative(repoRoot(), path.join(data, "pg"))}` : redactUrl(db.ownerUrl)}`);
    const reports = await migrateAndSeed(db.ownerUrl, loadModules(), { seed: true });
    for (const report of reports) {
      const seeded = Object.values(report.seeded ?? {}).reduce((a, b) => a + b, 0);
      say(`  ${report.subgraph.padEnd(13)} migrations applied: ${report.applied.length}, seed rows inserted: ${seeded}`);
    }
    const appPassword = env.APP_DATABASE_PASSWORD ?? DEFAULT_APP_PASSWORD;
    const spawnService = (name: string, script: string, extra: Record<string, string>) => {
      const child = spawn(process.execPath, [script], {
        env: { ...env, DATABASE_URL: db.ownerUrl, APP_DATABASE_PASSWORD: appPassword, ...extra },
        stdio: ["ignore", "inherit", "inherit"],
      });
      child.once("exit", (code, signal) => {
        if (!stopping) {
          say(`${name} stopped unexpectedly (${signal ?? `code ${code}`}); stopping the hub.`);
          void stopAll(1);
        }
      });
      children.push(child);
      return child;
    };
    await Promise.all(
      SUBGRAPHS.map((name) => {
        const child = spawnService(name, path.join(repoRoot(), "subgraphs", name, "dist", "main.js"), {
          PORT: String(ports[name]),
          GATEWAY_PUBLIC_KEY: keys.gateway.publicKeyPem,
        });
        return waitForLive(`http://127.0.0.1:${ports[name]}/livez`, child, `the ${name} subgraph`);
      }),
    );
    const gateway = spawnService("the gateway", path.join(repoRoot(), "gateway", "dist", "main.js"), {
      GATEWAY_PORT: String(gatewayPort),
      GATEWAY_PRIVATE_KEY: keys.gateway.privateKeyPem,
      IDENTITY_PUBLIC_KEY: keys.identity.publicKeyPem,
      // The workspace's development sign-in (absent when NODE_ENV=production).
      DEV_IDENTITY_PRIVATE_KEY: keys.identity.privateKeyPem,
      API_KEYS_FILE: path.join(data, "api-keys.json"),
      ...Object.fromEntries(SUBGRAPHS.map((name) => [`SUBGRAPH_${name.toUpperCase()}_URL`, `http://127.0.0.1:${ports[name]}/graphql`])),
    });
    await waitForLive(`http://127.0.0.1:${gatewayPort}/livez`, gateway, "the gateway");
    say("");
    say(`Jinjibu Hub is running (started in ${((Date.now() - started) / 1000).toFixed(1)} s).`);
    say(`  GraphQL:            http://localhost:${gatewayPort}/graphql`);
    say(`  National directory: http://localhost:${gatewayPort}/`);
    say(`  Workspace:          http://localhost:${gatewayPort}/workspace/ (development sign-in: choose an operator and role)`);
    say(`  Subgraphs (gateway-signed requests only): ${SUBGRAPHS.map((n) => `${n} :${ports[n]}`).join(", ")}`);
    say("");
    say("Sign in as someone (in another terminal):");
    say("  npm run dev:token -- coordinator op-meguru   # a coordinator of NPO法人MEGURU (prints a JWT)");
    say("  npm run dev:token -- admin                   # the national administrator");
    say("  npm run dev:token -- site op-meguru          # a regional site's API key (send as x-api-key)");
    say(`  curl -s localhost:${gatewayPort}/graphql -H 'content-type: application/json' -H "authorization: Bearer $TOKEN" \\`);
    say(`       -d '{"query":"{ operator(id: \\"op-meguru\\") { nameJa adoptionCount talentPoolSummary { total } } }"}'`);
    say("");
    say("Press Ctrl-C to stop everything (the database included).");
  } catch (error) {
    say(`Could not start the hub: ${(error as Error).message}`);
    await stopAll(1);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`Could not start the hub: ${(error as Error).message}\n`);
  process.exit(1);
});
