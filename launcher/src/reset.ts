import path from "node:path";
import { removeCluster } from "@jinjibu/pg-embedded";
import { loadLauncherConfig } from "./config";

// `npm run db:reset`: delete the embedded cluster (local data is lost); the next `npm start` recreates and seeds it.
async function main(): Promise<void> {
  const config = loadLauncherConfig();
  if (config.databaseUrl) {
    process.stderr.write("DATABASE_URL is set: db:reset only deletes the embedded cluster, never an external server.\n");
    process.exit(2);
  }
  const dir = path.join(config.dataDir, "pg");
  await removeCluster(dir);
  process.stdout.write(`deleted ${dir}; run \`npm start\` to recreate it\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(1);
});
