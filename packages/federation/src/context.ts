import type { DataSource } from "typeorm";
import type { GraphQLSchema } from "graphql";
import type { Viewer } from "@jinjibu/auth";
import type { RequestScope } from "@jinjibu/db";
import type { Logger } from "@jinjibu/logger";
import type { EventConsumer, WorkerDeps, Workers } from "./events";

/** What every subgraph resolver receives: who is asking, the request id, and the request's database scope. */
export interface BaseContext {
  viewer: Viewer;
  /** Correlates gateway, subgraph and audit records of one client request. */
  requestId: string;
  /** The request's single transaction; loaders and services read and write through it. */
  db: RequestScope;
  /** The request's logger: every line carries its request id (absent in code that builds a context by hand). */
  logger?: Logger;
}

export interface SeedReport {
  [table: string]: number;
}

/**
 * One subgraph as a deployable unit: its schema, data and rules. `runSubgraph` and the test harness turn it into a
 * running HTTP service; the launcher migrates and seeds it.
 */
export interface SubgraphModule<C extends BaseContext = BaseContext> {
  /** organizations | talent | programs | funding: also the PostgreSQL schema name and the token audience. */
  name: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: Function[];
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: Function[];
  /** Builds the schema without I/O (used by the server, tests and `schema:emit`). */
  buildSchema(): Promise<GraphQLSchema>;
  /** Adds the subgraph's per-request loaders (built fresh for every request: a shared DataLoader leaks rows). */
  createContext(base: BaseContext): C;
  /** Transaction-local settings (`set_config(..., true)`) for row-level security, if the subgraph uses it. */
  tenantSettings?(viewer: Viewer): Record<string, string>;
  /** Other subgraphs' domain events this one applies, served at POST /internal/events (service-token signed only). */
  events?: EventConsumer;
  /** Background work of the process (e.g. the outbox relay), started beside the HTTP server. */
  startWorkers?(deps: WorkerDeps): Workers;
  /** Loads the documents' facts; idempotent (a second run inserts nothing). Runs as the owner. */
  seed(dataSource: DataSource): Promise<SeedReport>;
}

/** The role a subgraph's application connections use (as listed in `@jinjibu/config`'s SUBGRAPHS). */
export const appRoleFor = (subgraph: string): string => `hub_${subgraph}_app`;
