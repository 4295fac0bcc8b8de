import "reflect-metadata";
import { DataSource } from "typeorm";
import { createLogger } from "@jinjibu/logger";
import { SnakeNamingStrategy } from "./naming";
import { QueryCounter } from "./query-counter";
import { DEFAULT_STATEMENT_TIMEOUT_MS } from "./request-scope";

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
type ClassList = Function[];

export interface DataSourceOptions {
  /** A postgres:// URL. */
  url: string;
  /** The PostgreSQL schema the subgraph owns; every table lives there. */
  schema: string;
  entities: ClassList;
  migrations?: ClassList;
  /** Connections in the pool (default 10). */
  poolSize?: number;
  applicationName?: string;
  /** Longest any one statement may run (milliseconds; default 15 000). A request's deadline can only lower it. */
  statementTimeoutMs?: number;
  /**
   * Connections go through a transaction-pooling proxy (PgBouncer `pool_mode = transaction`), which refuses startup
   * parameters: `search_path` and `statement_timeout` are then set per transaction (`set_config(..., true)`) by the
   * request scope instead. Default: `DATABASE_POOL_MODE=transaction` in the environment.
   */
  transactionPooling?: boolean;
}

/** Per-transaction settings of data sources behind a transaction-pooling proxy (none for direct connections). */
const pooledDefaults = new WeakMap<DataSource, Readonly<Record<string, string>>>();

/** The settings a request scope must apply in each transaction because they cannot be sent at connection start. */
export const transactionDefaults = (dataSource: DataSource): Readonly<Record<string, string>> => pooledDefaults.get(dataSource) ?? {};

export interface CountedDataSource {
  dataSource: DataSource;
  counter: QueryCounter;
}

/** Creates (but does not initialize) a TypeORM DataSource for one subgraph's schema. `synchronize` is never on. */
export function createDataSource(options: DataSourceOptions): CountedDataSource {
  const logger = createLogger("db", { base: { schema: options.schema } });
  const counter = new QueryCounter((error, query) => {
    logger.warn({ err: error instanceof Error ? error.message : String(error), query: query.slice(0, 200) }, "query failed");
  });
  const pooling = options.transactionPooling ?? process.env.DATABASE_POOL_MODE === "transaction";
  const statementTimeout = options.statementTimeoutMs ?? DEFAULT_STATEMENT_TIMEOUT_MS;
  const dataSource = new DataSource({
    type: "postgres",
    url: options.url,
    schema: options.schema,
    entities: options.entities,
    migrations: options.migrations ?? [],
    migrationsTableName: "migrations",
    migrationsTransactionMode: "each",
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    logger: counter,
    logging: true,
    applicationName: options.applicationName ?? `jinjibu-${options.schema}`,
    extra: pooling
      ? { max: options.poolSize ?? 10, connectionTimeoutMillis: 10_000, idleTimeoutMillis: 30_000 }
      : {
          // Raw SQL (migrations, seeds, services) resolves unqualified names in the subgraph's own schema.
          options: `-c search_path=${options.schema},public`,
          max: options.poolSize ?? 10,
          connectionTimeoutMillis: 10_000,
          idleTimeoutMillis: 30_000,
          // Statements that hang must not pin a pooled connection forever.
          statement_timeout: statementTimeout,
        },
  });
  if (pooling) pooledDefaults.set(dataSource, { search_path: `${options.schema},public`, statement_timeout: String(statementTimeout) });
  return { dataSource, counter };
}

const poolLogger = createLogger("db");

/** The statement timeout a data source's connections run with (milliseconds). */
export function statementTimeoutOf(dataSource: DataSource): number {
  const pooled = pooledDefaults.get(dataSource)?.statement_timeout;
  if (pooled) return Number(pooled);
  const extra = (dataSource.options as { extra?: { statement_timeout?: number } }).extra;
  return extra?.statement_timeout ?? DEFAULT_STATEMENT_TIMEOUT_MS;
}

/**
 * Initializes a DataSource and attaches a pool error handler: a client whose backend died (the database restarted) must
 * not crash the process; the pool drops it and the next request gets a new connection.
 */
export async function initialize(dataSource: DataSource, onPoolError?: (error: Error) => void): Promise<DataSource> {
  await dataSource.initialize();
  const driver = dataSource.driver as unknown as { master?: { on(event: string, cb: (e: Error) => void): void } };
  driver.master?.on(
    "error",
    onPoolError ??
      ((error: Error) => poolLogger.warn({ err: error.message }, "idle database connection lost; the pool replaces it")),
  );
  return dataSource;
}

/** The figures of a data source's connection pool (pg `Pool`): for the `/metrics` gauges. Null before it is initialized. */
export function poolFigures(dataSource: DataSource): { total: number; idle: number; waiting: number; max: number } | null {
  const pool = (dataSource.driver as unknown as { master?: { totalCount: number; idleCount: number; waitingCount: number; options?: { max?: number } } })
    .master;
  if (!dataSource.isInitialized || !pool) return null;
  return { total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount, max: pool.options?.max ?? 10 };
}
