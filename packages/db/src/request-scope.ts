import type { DataSource, EntityManager, QueryRunner } from "typeorm";

/**
 * One GraphQL request's database work: a single transaction on a single pooled connection, begun lazily on first use,
 * with the viewer's tenant settings applied by `set_config(name, value, true)` so they end with the transaction and
 * can never leak to the next borrower of the connection. The server commits it when the response is ready and rolls it
 * back when the operation failed, so a mutation is all-or-nothing.
 */
export class RequestScope {
  private runner: QueryRunner | null = null;
  private opening: Promise<EntityManager> | null = null;
  private finished = false;

  constructor(
    readonly dataSource: DataSource,
    private readonly settings: Readonly<Record<string, string>> = {},
  ) {}

  /** The request's EntityManager, inside its transaction. */
  manager(): Promise<EntityManager> {
    if (this.finished) return Promise.reject(new Error("request scope already finished"));
    this.opening ??= this.open();
    return this.opening;
  }

  /** True once a statement has been sent for this request. */
  get started(): boolean {
    return this.runner !== null;
  }

  private async open(): Promise<EntityManager> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    serializeQueries(runner);
    this.runner = runner;
    await runner.startTransaction();
    const entries = Object.entries(this.settings);
    if (entries.length > 0) {
      const calls = entries.map((_, i) => `set_config($${i * 2 + 1}, $${i * 2 + 2}, true)`).join(", ");
      await runner.query(`SELECT ${calls}`, entries.flat());
    }
    return runner.manager;
  }

  /** Commits (or rolls back) and returns the connection to the pool. Safe to call more than once. */
  async finish(commit: boolean): Promise<void> {
    if (this.finished) return;
    this.finished = true;
    if (this.opening) await this.opening.catch(() => undefined);
    const runner = this.runner;
    if (!runner) return;
    try {
      if (runner.isTransactionActive) {
        if (commit) await runner.commitTransaction();
        else await runner.rollbackTransaction();
      }
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      throw error;
    } finally {
      await runner.release();
    }
  }
}

/**
 * Loaders of one request fire together, but a transaction lives on one connection and node-postgres must not be given a
 * second query while one is running: chain them, in the order they were issued.
 */
function serializeQueries(runner: QueryRunner): void {
  const original = runner.query.bind(runner) as (...args: unknown[]) => Promise<unknown>;
  let tail: Promise<unknown> = Promise.resolve();
  (runner as { query: (...args: unknown[]) => Promise<unknown> }).query = (...args: unknown[]) => {
    const next = tail.then(() => original(...args));
    tail = next.catch(() => undefined);
    return next;
  };
}
