import { spawn, type ChildProcess } from "node:child_process";
import { chmodSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { SUBGRAPHS } from "@jinjibu/config";
import { freePort } from "@jinjibu/pg-embedded";

// `npm start` for real (launcher/dist/start.js: embedded PostgreSQL, four subgraphs, the gateway), on free ports and a
// private data directory: a killed subgraph comes back; one that keeps crashing makes the hub stop everything, the
// database included, within 10 s; SIGTERM stops everything within 10 s.

const REPO = path.resolve(__dirname, "..", "..");
let root: string;
let env: NodeJS.ProcessEnv;
let gatewayPort: number;

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

interface Launched {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

function launch(): Launched {
  const child = spawn(process.execPath, [path.join(REPO, "launcher", "dist", "start.js")], { env, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  child.stdout!.on("data", (c) => (out += String(c)));
  child.stderr!.on("data", () => undefined);
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return { child, output: () => out, exited };
}

async function until<T>(what: string, probe: () => T | undefined | null | false, limitMs: number, context: () => string): Promise<T> {
  const end = Date.now() + limitMs;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() > end) throw new Error(`${what} did not happen within ${limitMs / 1000} s. Output:\n${context()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Process ids from the "Processes:" line `npm start` prints once the hub runs. */
function processIds(output: string): Record<string, number> {
  const line = output.split("\n").find((l) => l.trim().startsWith("Processes:"));
  if (!line) return {};
  return Object.fromEntries([...line.matchAll(/([a-z ]+?) pid (\d+)/g)].map((m) => [m[1]!.trim().replace(/^, /, ""), Number(m[2])]));
}

const postmasterPid = (): number => Number(readFileSync(path.join(root, "pg", "postmaster.pid"), "utf8").split("\n")[0]);

beforeAll(async () => {
  root = mkdtempSync(path.join(os.tmpdir(), "jinjibu-start-"));
  chmodSync(root, 0o755);
  gatewayPort = await freePort();
  env = { ...process.env, HUB_DATA_DIR: root, PG_PORT: String(await freePort()), GATEWAY_PORT: String(gatewayPort), RESTART_LIMIT: "3", LOG_LEVEL: "warn" };
  for (const s of SUBGRAPHS) env[s.portVariable] = String(await freePort());
  delete env.DATABASE_URL;
});

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

it("restarts a killed subgraph, then gives up on one that keeps crashing and stops everything, the database included", async () => {
  const hub = launch();
  try {
    await until("the hub starting", () => hub.output().includes("Jinjibu Hub is running"), 180_000, hub.output);
    const pids = processIds(hub.output());
    expect(Object.keys(pids).sort()).toEqual(["funding subgraph", "gateway", "organizations subgraph", "programs subgraph", "talent subgraph"]);
    const database = postmasterPid();
    expect(alive(database)).toBe(true);
    const talentLive = `http://127.0.0.1:${env.SUBGRAPH_TALENT_PORT}/livez`;

    // One crash: it is restarted and says so; the others keep their processes.
    process.kill(pids["talent subgraph"]!, "SIGKILL");
    const back = await until("the restart", () => /the talent subgraph is back \(pid (\d+)\)/.exec(hub.output()), 60_000, hub.output);
    expect(hub.output()).toContain("the talent subgraph stopped unexpectedly (SIGKILL); restarting it in 0.25 s (crash 1 of 3 allowed within 60.0 s).");
    expect((await fetch(talentLive)).status).toBe(200);
    for (const name of ["organizations subgraph", "programs subgraph", "funding subgraph", "gateway"]) expect(alive(pids[name]!)).toBe(true);

    // Two more within the window: the launcher gives up and everything stops.
    process.kill(Number(back[1]), "SIGKILL");
    const again = await until("the second restart", () => [...hub.output().matchAll(/the talent subgraph is back \(pid (\d+)\)/g)][1], 60_000, hub.output);
    process.kill(Number(again[1]), "SIGKILL");
    await until("giving up", () => hub.output().includes("for the 3rd time within 60.0 s; giving up and stopping the hub (database included)"), 10_000, hub.output);
    const gaveUpAt = Date.now();
    expect(await hub.exited).toBe(1);
    expect(Date.now() - gaveUpAt).toBeLessThan(10_000);
    for (const [name, pid] of Object.entries(pids)) expect({ name, alive: alive(pid) }).toEqual({ name, alive: false });
    expect(alive(database)).toBe(false);
  } finally {
    if (hub.child.exitCode === null) hub.child.kill("SIGKILL");
  }
}, 300_000);

it("stops everything, the database included, within 10 s of SIGTERM", async () => {
  const hub = launch();
  try {
    await until("the hub starting", () => hub.output().includes("Jinjibu Hub is running"), 180_000, hub.output);
    const pids = processIds(hub.output());
    const database = postmasterPid();
    const sentAt = Date.now();
    hub.child.kill("SIGTERM");
    expect(await hub.exited).toBe(0);
    expect(Date.now() - sentAt).toBeLessThan(10_000);
    expect(hub.output()).toContain("Stopping the hub (SIGTERM)…");
    expect(hub.output()).toContain("Stopped.");
    for (const [name, pid] of Object.entries(pids)) expect({ name, alive: alive(pid) }).toEqual({ name, alive: false });
    expect(alive(database)).toBe(false);
    expect((await fetch(`http://127.0.0.1:${gatewayPort}/livez`).then((r) => r.status).catch(() => "closed"))).toBe("closed");
  } finally {
    if (hub.child.exitCode === null) hub.child.kill("SIGKILL");
  }
}, 300_000);
