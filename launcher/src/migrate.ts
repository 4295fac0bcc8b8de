import { loadLauncherConfig } from "./config";
import { migrateAndSeed, openDatabase } from "./database";
import { loadModules } from "./modules";

// `npm run db:migrate`: apply pending migrations and the idempotent seed, then stop.
async function main(): Promise<void> {
  const config = loadLauncherConfig();
  const db = await openDatabase(config);
  try {
    for (const report of await migrateAndSeed(db.ownerUrl, loadModules(), { seed: true, appPassword: config.appPassword })) {
      process.stdout.write(`${report.subgraph}: ${report.applied.length} migrations applied; seeded ${JSON.stringify(report.seeded)}\n`);
    }
  } finally {
    await db.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(1);
});
