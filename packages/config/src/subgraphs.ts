/**
 * The one list of the hub's subgraphs: the launcher, the tests, docker/compose.yaml (checked by a test) and the gateway
 * read it. Order is the start order and the order of every listing.
 */
export interface SubgraphInfo {
  /** Also the PostgreSQL schema, the token audience and the workspace folder `subgraphs/<name>`. */
  readonly name: string;
  /** How a person is told about it (e.g. in a partial-answer error). Never its URL. */
  readonly publicNameJa: string;
  readonly publicNameEn: string;
  readonly defaultPort: number;
  /** The PostgreSQL role its application connections use (row-level security applies to it). */
  readonly appRole: string;
  /** Moves the subgraph under `npm start`. */
  readonly portVariable: string;
  /** Where the gateway reaches it. */
  readonly urlVariable: string;
  /** Its built entry point, relative to the repository root. */
  readonly entry: string;
}

function subgraph(name: string, publicNameJa: string, publicNameEn: string, defaultPort: number): SubgraphInfo {
  const upper = name.toUpperCase();
  return Object.freeze({
    name,
    publicNameJa,
    publicNameEn,
    defaultPort,
    appRole: `hub_${name}_app`,
    portVariable: `SUBGRAPH_${upper}_PORT`,
    urlVariable: `SUBGRAPH_${upper}_URL`,
    entry: `subgraphs/${name}/dist/main.js`,
  });
}

export const SUBGRAPHS: readonly SubgraphInfo[] = Object.freeze([
  subgraph("organizations", "運営団体・組織", "Organizations", 4001),
  subgraph("talent", "人材", "Talent", 4002),
  subgraph("programs", "事業・ノウハウ", "Programs and know-how", 4003),
  subgraph("funding", "補助金・採択", "Funding", 4004),
]);

export const SUBGRAPH_NAMES: readonly string[] = Object.freeze(SUBGRAPHS.map((s) => s.name));

/** Where the gateway listens under `npm start` unless GATEWAY_PORT says otherwise. */
export const DEFAULT_GATEWAY_PORT = 4000;

/** The entry for `name`, or an error that lists the known subgraphs. */
export function subgraphInfo(name: string): SubgraphInfo {
  const found = SUBGRAPHS.find((s) => s.name === name);
  if (!found) throw new Error(`unknown subgraph "${name}"; the hub has ${SUBGRAPH_NAMES.join(", ")}`);
  return found;
}
