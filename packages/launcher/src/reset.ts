import path from "node:path";
import { removeCluster } from "@jinjibu/pg-embedded";
import { dataDir } from "./paths";

// `npm run db:reset`: delete the embedded cluster (local data is lost); the next `npm start` recreates and seeds it.
async function main(): Promise<void> {
  if (process.env.DATABASE_URL) {
    process.stderr.write("DATABASE_URL is set: db:reset only deletes the embedded cluster, never an external server.\n");
    process.exit(2);
  }
  const dir = path.join(dataDir(), "pg");
  await removeCluster(dir);
  process.stdout.write(`deleted ${dir}; run \`npm start\` to recreate it\n`);
}

void main();
