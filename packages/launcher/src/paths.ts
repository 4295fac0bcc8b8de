import path from "node:path";

/** The repository root (this file is packages/launcher/dist/paths.js once built). */
export const repoRoot = (): string => path.resolve(__dirname, "..", "..", "..");
/** Local state: the embedded cluster, dev keys and site API keys. Gitignored. */
export const dataDir = (): string => process.env.HUB_DATA_DIR ?? path.join(repoRoot(), ".data");
