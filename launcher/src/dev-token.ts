import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createApiKey, importPrivateKey, mintUserToken, type ApiKeyRecord } from "@jinjibu/auth";
import { ensureDevKeys } from "./keys";
import { loadLauncherConfig } from "./config";

const usage = `Mints development credentials for the running hub.
  npm run dev:token -- coordinator <operatorId> [subject]   a coordinator JWT (8 h)
  npm run dev:token -- admin [subject]                       a national-administrator JWT (8 h)
  npm run dev:token -- site <operatorId> [label]             a regional site API key (send as x-api-key)
Operator ids are the seeded ones, e.g. op-meguru, op-dotdoto (query { operators { edges { node { id nameJa } } } }).`;

async function main(): Promise<void> {
  const [kind, arg, extra] = process.argv.slice(2);
  const data = loadLauncherConfig().dataDir;
  const keys = ensureDevKeys(data);
  if (kind === "coordinator" && arg) {
    const key = await importPrivateKey(keys.identity.privateKeyPem);
    process.stdout.write(`${await mintUserToken(key, { role: "COORDINATOR", operatorId: arg, subject: extra ?? `coordinator@${arg}` })}\n`);
  } else if (kind === "admin") {
    const key = await importPrivateKey(keys.identity.privateKeyPem);
    process.stdout.write(`${await mintUserToken(key, { role: "NATIONAL_ADMIN", subject: arg ?? "admin@meti" })}\n`);
  } else if (kind === "site" && arg) {
    const file = path.join(data, "api-keys.json");
    const records: ApiKeyRecord[] = existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as ApiKeyRecord[]) : [];
    const { key, record } = createApiKey(arg, extra);
    records.push(record);
    writeFileSync(file, `${JSON.stringify(records, null, 2)}\n`, { mode: 0o600 });
    process.stdout.write(`${key}\n`);
  } else {
    process.stderr.write(`${usage}\n`);
    process.exit(2);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(1);
});
