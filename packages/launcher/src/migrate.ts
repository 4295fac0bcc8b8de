import { migrateAndSeed, openDatabase } from "./database";
import { loadModules } from "./modules";
import { dataDir } from "./paths";

// `npm run db:migrate`: apply pending migrations and the idempotent seed, then stop.
async function main(): Promise<void> {
  const db = await openDatabase(dataDir());
  try {
    for (const report of await migrateAndSeed(db.ownerUrl, loadModules(), { seed: true })) {
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
