import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { generatePemKeyPair, type PemKeyPair } from "@jinjibu/auth";

export interface DevKeys {
  /** Signs the tokens the gateway sends to subgraphs. */
  gateway: PemKeyPair;
  /** Stands in for an identity provider: signs coordinator and administrator JWTs (`npm run dev:token`). */
  identity: PemKeyPair;
  /** The organizations service's own identity: signs the domain events its outbox relay delivers to talent. */
  organizationsService: PemKeyPair;
}

function loadOrCreate(dir: string, name: string): PemKeyPair {
  const privateFile = path.join(dir, `${name}.private.pem`);
  const publicFile = path.join(dir, `${name}.public.pem`);
  if (existsSync(privateFile) && existsSync(publicFile)) {
    return { privateKeyPem: readFileSync(privateFile, "utf8"), publicKeyPem: readFileSync(publicFile, "utf8") };
  }
  const pair = generatePemKeyPair();
  writeFileSync(privateFile, pair.privateKeyPem, { mode: 0o600 });
  writeFileSync(publicFile, pair.publicKeyPem, { mode: 0o644 });
  return pair;
}

/** Development keys under `<data>/keys`, created on first use. Production passes its own through the environment. */
export function ensureDevKeys(dataDir: string): DevKeys {
  const dir = path.join(dataDir, "keys");
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  return { gateway: loadOrCreate(dir, "gateway"), identity: loadOrCreate(dir, "identity"), organizationsService: loadOrCreate(dir, "organizations-service") };
}
