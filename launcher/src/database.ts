import path from "node:path";
import { createDataSource, initialize, redactUrl, runMigrations, withDatabase } from "@jinjibu/db";
import { appRoleFor, DEFAULT_APP_PASSWORD, type SeedReport, type SubgraphModule } from "@jinjibu/federation";
import { ensureDatabase, startCluster } from "@jinjibu/pg-embedded";

export const HUB_DATABASE = "jinjibu";

export interface PreparedDatabase {
  /** Owner URL of the hub database. */
  ownerUrl: string;
  embedded: boolean;
  stop(): Promise<void>;
}

/** `databaseUrl` when given; otherwise the embedded cluster in `<data>/pg` (started, and created on first use). */
export async function openDatabase(options: { dataDir: string; databaseUrl?: string; pgPort: number }): Promise<PreparedDatabase> {
  if (options.databaseUrl) return { ownerUrl: options.databaseUrl, embedded: false, stop: async () => undefined };
  const cluster = await startCluster({ dataDir: path.join(options.dataDir, "pg"), port: options.pgPort });
  await ensureDatabase(cluster.url, HUB_DATABASE);
  // Bounded: the whole hub must be down within 10 s of Ctrl-C.
  return { ownerUrl: withDatabase(cluster.url, HUB_DATABASE), embedded: true, stop: () => cluster.stop({ timeoutMs: 3_500 }) };
}

export interface MigrateReport {
  subgraph: string;
  applied: string[];
  seeded?: SeedReport;
}

/** Runs every subgraph's pending migrations (as the owner), then, if asked, its idempotent seed. */
export async function migrateAndSeed(
  ownerUrl: string,
  modules: SubgraphModule[],
  options: { seed: boolean; appPassword?: string },
): Promise<MigrateReport[]> {
  const reports: MigrateReport[] = [];
  for (const module of modules) {
    const applied = await runMigrations(ownerUrl, {
      schema: module.name,
      appRole: appRoleFor(module.name),
      appPassword: options.appPassword ?? DEFAULT_APP_PASSWORD,
      migrations: module.migrations,
      entities: module.entities,
    });
    const report: MigrateReport = { subgraph: module.name, applied };
    if (options.seed) {
      const { dataSource } = createDataSource({ url: ownerUrl, schema: module.name, entities: module.entities, poolSize: 2 });
      await initialize(dataSource);
      try {
        report.seeded = await module.seed(dataSource);
      } finally {
        await dataSource.destroy();
      }
    }
    reports.push(report);
  }
  return reports;
}

export { redactUrl };
