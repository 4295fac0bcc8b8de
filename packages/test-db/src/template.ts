import { createDatabase, dropDatabase, startTestServer, TEST_ENV } from "./databases";
import { runMigrations } from "@jinjibu/db";

export interface MigratableModule {
  name: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: Function[];
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: Function[];
  seed(dataSource: import("typeorm").DataSource): Promise<unknown>;
}

const APP_PASSWORD = "jinjibu-app";

// globalSetup and globalTeardown share globals but not necessarily module instances.
const state = globalThis as unknown as { __jinjibuTest?: { stop(): Promise<void>; templateUrl: string } };

/**
 * Jest globalSetup body: start (or reach) the test server, build one template database with every given subgraph
 * migrated and seeded, and tell the workers where it is. Test files clone it (`cloneTemplateDatabase`).
 */
export async function prepareTemplate(repoRoot: string, modules: MigratableModule[]): Promise<void> {
  const { createDataSource, initialize } = await import("@jinjibu/db");
  const server = await startTestServer(repoRoot);
  const templateUrl = await createDatabase(server.serverUrl, "jinjibu_tmpl");
  state.__jinjibuTest = { stop: server.stop, templateUrl };
  for (const module of modules) {
    await runMigrations(templateUrl, {
      schema: module.name,
      appRole: `hub_${module.name}_app`,
      appPassword: APP_PASSWORD,
      migrations: module.migrations,
      entities: module.entities,
    });
    const { dataSource } = createDataSource({ url: templateUrl, schema: module.name, entities: module.entities, poolSize: 2 });
    await initialize(dataSource);
    try {
      await module.seed(dataSource);
    } finally {
      await dataSource.destroy();
    }
  }
  process.env[TEST_ENV.serverUrl] = server.serverUrl;
  process.env[TEST_ENV.templateDb] = new URL(templateUrl).pathname.slice(1);
  process.env.APP_DATABASE_PASSWORD = APP_PASSWORD;
}

/** Jest globalTeardown body. */
export async function dropTemplate(): Promise<void> {
  const serverUrl = process.env[TEST_ENV.serverUrl];
  const current = state.__jinjibuTest;
  if (!current) return;
  if (serverUrl) await dropDatabase(serverUrl, current.templateUrl).catch(() => undefined);
  await current.stop();
}
