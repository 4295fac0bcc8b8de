import { readFileSync } from "node:fs";
import path from "node:path";
import { composeServices } from "@apollo/composition";
import { parse } from "graphql";
import { SUBGRAPHS } from "@jinjibu/config";

/**
 * The subgraphs' names as a type. The one list of subgraphs (names, ports, roles) is `@jinjibu/config`'s `SUBGRAPHS`;
 * this tuple only gives TypeScript the literal names, and the gateway refuses to load when the two disagree.
 */
export const SUBGRAPH_NAMES = ["organizations", "talent", "programs", "funding"] as const;
export type SubgraphName = (typeof SUBGRAPH_NAMES)[number];
if (SUBGRAPHS.map((s) => s.name).join(",") !== SUBGRAPH_NAMES.join(",")) {
  throw new Error(`gateway/src/compose.ts lists ${SUBGRAPH_NAMES.join(", ")} but @jinjibu/config lists ${SUBGRAPHS.map((s) => s.name).join(", ")}`);
}

/** The URL written into the checked-in supergraph; the gateway replaces it from SUBGRAPH_<NAME>_URL at run time. */
export const defaultSubgraphUrl = (name: SubgraphName, port: number): string => `http://127.0.0.1:${port}/graphql`;
export const DEFAULT_PORTS = Object.freeze(Object.fromEntries(SUBGRAPHS.map((s) => [s.name, s.defaultPort]))) as Readonly<Record<SubgraphName, number>>;

/** Composes the four subgraph SDLs into a supergraph, or throws with every composition error. */
export function composeSupergraph(sdls: Record<SubgraphName, string>): string {
  const result = composeServices(
    SUBGRAPH_NAMES.map((name) => ({ name, url: defaultSubgraphUrl(name, DEFAULT_PORTS[name]), typeDefs: parse(sdls[name]) })),
  );
  if (result.errors?.length || !result.supergraphSdl) {
    throw new Error(`composition failed:\n${(result.errors ?? []).map((e) => `- ${e.message}`).join("\n")}`);
  }
  return `${result.supergraphSdl.trim()}\n`;
}

/** Reads each subgraph's checked-in schema.graphql from the repository. */
export function readSubgraphSdls(repoRoot: string): Record<SubgraphName, string> {
  return Object.fromEntries(
    SUBGRAPH_NAMES.map((name) => [name, readFileSync(path.join(repoRoot, "subgraphs", name, "schema.graphql"), "utf8")]),
  ) as Record<SubgraphName, string>;
}

/** Where the checked-in supergraph lives. */
export const supergraphPath = (): string => path.resolve(__dirname, "..", "supergraph.graphql");
