import type { Logger } from "typeorm";

/**
 * Counts every SQL statement a DataSource sends. Tests read it to prove that a query's cost does not grow with its data
 * (N+1 is a correctness bug here, not a performance note). Errors are forwarded to `onError` so they reach the log.
 */
export class QueryCounter implements Logger {
  count = 0;
  readonly statements: string[] = [];
  recordStatements = false;

  constructor(private readonly onError: (error: unknown, query: string) => void = () => undefined) {}

  logQuery(query: string): void {
    this.count += 1;
    if (this.recordStatements) this.statements.push(query);
  }
  logQueryError(error: string | Error, query: string): void {
    this.onError(error, query);
  }
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}

  reset(): void {
    this.count = 0;
    this.statements.length = 0;
  }
}
