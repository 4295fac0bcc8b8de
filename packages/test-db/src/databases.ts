import { randomBytes } from "node:crypto";
import path from "node:path";
import { Client } from "pg";
import { databaseName, withDatabase } from "@jinjibu/db";
import { freePort, startCluster, type RunningCluster } from "@jinjibu/pg-embedded";

/**
 * The PostgreSQL server tests run on: `TEST_DATABASE_URL` when set (any database on it; tests create their own),
 * otherwise a throwaway embedded cluster on a free port, deleted when the run ends.
 */
export async function startTestServer(repoRoot: string): Promise<{ serverUrl: string; stop(): Promise<void> }> {
  const external = process.env.TEST_DATABASE_URL;
  if (external) return { serverUrl: external, stop: async () => undefined };
  const port = await freePort();
  const cluster: RunningCluster = await startCluster({
    dataDir: path.join(repoRoot, ".data", `test-pg-${process.pid}-${randomBytes(3).toString("hex")}`),
    port,
    throwaway: true,
  });
  return { serverUrl: cluster.url, stop: () => cluster.stop() };
}

async function withClient<T>(url: string, fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Creates an empty database with a unique name on the server; returns its owner URL. */
export async function createDatabase(serverUrl: string, prefix: string, template?: string): Promise<string> {
  const name = `${prefix}_${randomBytes(5).toString("hex")}`;
  await withClient(serverUrl, (client) =>
    client.query(`CREATE DATABASE ${quote(name)}${template ? ` TEMPLATE ${quote(template)}` : ""}`),
  );
  return withDatabase(serverUrl, name);
}

/** Drops the database `url` points at, closing anything still connected to it. */
export async function dropDatabase(serverUrl: string, url: string): Promise<void> {
  const name = databaseName(url);
  await withClient(serverUrl, async (client) => {
    await client.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()", [name]);
    await client.query(`DROP DATABASE IF EXISTS ${quote(name)}`);
  });
}

/** Environment keys the global setup hands to test workers. */
export const TEST_ENV = {
  serverUrl: "JINJIBU_TEST_SERVER_URL",
  templateDb: "JINJIBU_TEST_TEMPLATE_DB",
} as const;

/** A fresh database cloned from the migrated, seeded template the global setup prepared (about 0.1 s). */
export async function cloneTemplateDatabase(prefix = "t"): Promise<{ url: string; drop(): Promise<void> }> {
  const serverUrl = process.env[TEST_ENV.serverUrl];
  const template = process.env[TEST_ENV.templateDb];
  if (!serverUrl || !template) throw new Error("no test template: run the tests through jest with the package's globalSetup");
  const url = await createDatabase(serverUrl, prefix, template);
  return { url, drop: () => dropDatabase(serverUrl, url) };
}
