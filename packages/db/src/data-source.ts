import "reflect-metadata";
import { DataSource } from "typeorm";
import { SnakeNamingStrategy } from "./naming";
import { QueryCounter } from "./query-counter";

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
}

export interface CountedDataSource {
  dataSource: DataSource;
  counter: QueryCounter;
}

/** Creates (but does not initialize) a TypeORM DataSource for one subgraph's schema. `synchronize` is never on. */
export function createDataSource(options: DataSourceOptions): CountedDataSource {
  const counter = new QueryCounter((error, query) => {
    process.stderr.write(`[db:${options.schema}] query failed: ${String(error)} -- ${query.slice(0, 200)}\n`);
  });
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
    extra: {
      // Raw SQL (migrations, seeds, services) resolves unqualified names in the subgraph's own schema.
      options: `-c search_path=${options.schema},public`,
      max: options.poolSize ?? 10,
      connectionTimeoutMillis: 10_000,
      idleTimeoutMillis: 30_000,
      // Statements that hang must not pin a pooled connection forever.
      statement_timeout: 15_000,
    },
  });
  return { dataSource, counter };
}

/** Initializes a DataSource and attaches a pool error handler: an idle client whose backend died must not crash the process. */
export async function initialize(dataSource: DataSource): Promise<DataSource> {
  await dataSource.initialize();
  const driver = dataSource.driver as unknown as { master?: { on(event: string, cb: (e: Error) => void): void } };
  driver.master?.on("error", (error: Error) => {
    process.stderr.write(`[db] idle client error: ${error.message}\n`);
  });
  return dataSource;
}
