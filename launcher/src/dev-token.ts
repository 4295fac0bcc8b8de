import { Client } from "pg";
import { createApiKey, importPrivateKey, mintUserToken } from "@jinjibu/auth";
import { CLUSTER_PASSWORD } from "@jinjibu/pg-embedded";
import { HUB_DATABASE } from "./database";
import { ensureDevKeys } from "./keys";
import { loadLauncherConfig } from "./config";

const usage = `Mints development credentials for the running hub.
  npm run dev:token -- coordinator <operatorId> [subject]   a coordinator JWT (8 h)
  npm run dev:token -- admin [subject]                       a national-administrator JWT (8 h)
  npm run dev:token -- site <operatorId> [label]             a regional site API key (send as x-api-key), stored in the database
Operator ids are the seeded ones, e.g. op-meguru, op-dotdoto (query { operators { edges { node { id nameJa } } } }).`;

/**
 * Stores a new site key in organizations.site_api_key (its hash only) as the database owner, the way the
 * createSiteApiKey mutation does; every gateway sees it on the next request. Returns the key.
 */
export async function storeDevSiteKey(ownerUrl: string, operatorId: string, label?: string): Promise<string> {
  const client = new Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const known = await client.query(`SELECT 1 FROM organizations.operator WHERE id = $1`, [operatorId]);
    if (known.rowCount === 0) throw new Error(`No operator has id "${operatorId}" (e.g. op-meguru, op-dotdoto).`);
    const { key, record } = createApiKey(operatorId, label);
    await client.query(
      `INSERT INTO organizations.site_api_key (key_id, operator_id, sha256, label, created_at, created_by) VALUES ($1, $2, $3, $4, $5, 'dev-token')`,
      [record.keyId, operatorId, record.sha256, label ?? null, record.createdAt],
    );
    return key;
  } finally {
    await client.end();
  }
}

async function main(): Promise<void> {
  const [kind, arg, extra] = process.argv.slice(2);
  const config = loadLauncherConfig();
  const keys = ensureDevKeys(config.dataDir);
  if (kind === "coordinator" && arg) {
    const key = await importPrivateKey(keys.identity.privateKeyPem);
    process.stdout.write(`${await mintUserToken(key, { role: "COORDINATOR", operatorId: arg, subject: extra ?? `coordinator@${arg}` })}\n`);
  } else if (kind === "admin") {
    const key = await importPrivateKey(keys.identity.privateKeyPem);
    process.stdout.write(`${await mintUserToken(key, { role: "NATIONAL_ADMIN", subject: arg ?? "admin@meti" })}\n`);
  } else if (kind === "site" && arg) {
    // The hub's database: DATABASE_URL, or the embedded cluster `npm start` runs (it must be running).
    const ownerUrl = config.databaseUrl ?? `postgres://postgres:${CLUSTER_PASSWORD}@127.0.0.1:${config.pgPort}/${HUB_DATABASE}`;
    try {
      process.stdout.write(`${await storeDevSiteKey(ownerUrl, arg, extra)}\n`);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "ECONNREFUSED") throw new Error("The hub's database is not running: start the hub with `npm start` first (or set DATABASE_URL).");
      throw error;
    }
  } else {
    process.stderr.write(`${usage}\n`);
    process.exit(2);
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(1);
  });
}
