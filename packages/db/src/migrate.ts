import { createDataSource, initialize } from "./data-source";

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
type ClassList = Function[];

export interface MigrationTarget {
  /** The schema the subgraph owns. */
  schema: string;
  /** The login role the subgraph runs as: it owns nothing and cannot bypass row-level security. */
  appRole: string;
  appPassword: string;
  migrations: ClassList;
  entities: ClassList;
}

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

function ident(name: string): string {
  if (!IDENTIFIER.test(name)) throw new Error(`unsafe SQL identifier: ${name}`);
  return name;
}

/**
 * Runs a subgraph's pending migrations as the owner (the `DATABASE_URL` user): creates the schema and the subgraph's
 * application role first, and makes every table the owner creates in that schema readable and writable by that role
 * (a migration may revoke more, as the talent audit log does). Each migration runs in its own transaction.
 */
export async function runMigrations(ownerUrl: string, target: MigrationTarget): Promise<string[]> {
  const schema = ident(target.schema);
  const role = ident(target.appRole);
  const { dataSource } = createDataSource({
    url: ownerUrl,
    schema,
    entities: target.entities,
    migrations: target.migrations,
    poolSize: 1,
    applicationName: `jinjibu-migrate-${schema}`,
  });
  await initialize(dataSource);
  try {
    await ensureRole(dataSource.query.bind(dataSource), role, target.appPassword);
    await dataSource.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    await dataSource.query(`GRANT USAGE ON SCHEMA ${schema} TO ${role}`);
    await dataSource.query(
      `ALTER DEFAULT PRIVILEGES IN SCHEMA ${schema} GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${role}`,
    );
    await dataSource.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA ${schema} GRANT USAGE, SELECT ON SEQUENCES TO ${role}`);
    const applied = await dataSource.runMigrations({ transaction: "each" });
    return applied.map((migration) => migration.name);
  } finally {
    await dataSource.destroy();
  }
}

/** Creates the login role if it is missing. Roles are cluster-wide, so concurrent test databases may race: that is fine. */
export async function ensureRole(
  query: (sql: string, params?: unknown[]) => Promise<unknown>,
  role: string,
  password: string,
): Promise<void> {
  const escaped = password.replace(/'/g, "''");
  try {
    await query(`DO $$ BEGIN
      IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${ident(role)}') THEN
        CREATE ROLE ${ident(role)} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS PASSWORD '${escaped}';
      END IF;
    END $$`);
  } catch (error) {
    const code = (error as { code?: string }).code;
    // 23505/42710: another process created the same role between our check and our CREATE.
    if (code !== "23505" && code !== "42710") throw error;
  }
}
