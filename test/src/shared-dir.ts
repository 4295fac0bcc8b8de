import { existsSync } from "node:fs";
import path from "node:path";

/**
 * The project's shared/ folder (source documents and the facts file): beside the repository, or beside the folder that
 * holds a git worktree of it (e.g. /work/wt/<branch> → /work/shared).
 */
export function sharedDir(root: string): string {
  const candidates = [path.resolve(root, "..", "shared"), path.resolve(root, "..", "..", "shared")];
  return candidates.find((dir) => existsSync(path.join(dir, "seeds"))) ?? candidates[0]!;
}
