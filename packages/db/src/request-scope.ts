import type { DataSource, EntityManager, QueryRunner } from "typeorm";
import { escapeLiteral } from "pg";
import { poolFigures, transactionDefaults } from "./data-source";

/** The statement timeout the pool sets on every connection unless a data source says otherwise (milliseconds). */
export const DEFAULT_STATEMENT_TIMEOUT_MS = 15_000;

/**
 * The caller (the gateway) has already given up on this request, or gave up while it ran: nothing more is sent to the
 * database and the transaction rolls back. `code` is the public error code subgraphs answer with.
 */
export class DeadlineExceeded extends Error {
  readonly code = "SUBGRAPH_TIMEOUT";
  constructor(readonly deadline: number) {
    super("The gateway's deadline for this request has passed; the subgraph stopped its work and wrote nothing.");
    this.name = "DeadlineExceeded";
  }
}

export interface RequestScopeOptions {
  /** Epoch milliseconds after which the caller no longer waits (the gateway's `x-hub-deadline`). */
  deadline?: number;
  /** The statement timeout the connection already has (the pool's setting); default 15 s. */
  statementTimeoutMs?: number;
  /** The clock (tests). */
  now?: () => number;
}

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
  private readonly onCommit: (() => void)[] = [];

  private readonly now: () => number;

  constructor(
    readonly dataSource: DataSource,
    private readonly settings: Readonly<Record<string, string>> = {},
    private readonly options: RequestScopeOptions = {},
  ) {
    this.now = options.now ?? Date.now;
  }

  /** Epoch milliseconds after which the request's work is refused, if the caller set a deadline. */
  get deadline(): number | undefined {
    return this.options.deadline;
  }

  /** Throws DeadlineExceeded when the deadline has passed. */
  checkDeadline(): void {
    const { deadline } = this.options;
    if (deadline !== undefined && this.now() >= deadline) throw new DeadlineExceeded(deadline);
  }

  /**
   * The transaction-local settings sent when the transaction opens: the subgraph's tenant settings, plus
   * `statement_timeout` lowered to the time left before the deadline when that is shorter than the configured timeout
   * (so no extra statement is sent when there is no deadline).
   */
  transactionSettings(): Record<string, string> {
    const entries: Record<string, string> = { ...transactionDefaults(this.dataSource), ...this.settings };
    const { deadline } = this.options;
    if (deadline !== undefined) {
      const configured = this.options.statementTimeoutMs ?? DEFAULT_STATEMENT_TIMEOUT_MS;
      const remaining = Math.max(1, Math.floor(deadline - this.now()));
      if (remaining < configured) entries.statement_timeout = String(remaining);
    }
    return entries;
  }

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
    this.checkDeadline();
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    serializeQueries(runner, () => this.checkDeadline());
    this.runner = runner;
    await begin(runner, this.transactionSettings(), false);
    return runner.manager;
  }

  /**
   * Runs the read `fn` beside the request's own transaction: on a second pooled connection, in a READ ONLY transaction
   * with the same settings (the same viewer under row-level security, the same deadline), committed and released when
   * `fn` is done. Only when the pool has a connection free right now: it never waits for one (requests that each hold a
   * connection must not wait for a second one), and returns null at once when none is free, so the caller does the
   * work in its own transaction instead. Work that must commit with the request's writes never goes here.
   */
  tryReadBeside<T>(fn: (em: EntityManager) => Promise<T>): Promise<T> | null {
    if (this.finished) return null;
    this.checkDeadline();
    const pool = poolFigures(this.dataSource);
    if (!pool || pool.waiting > 0 || (pool.idle === 0 && pool.total >= pool.max)) return null;
    // Checked out in this same tick: pg-pool hands the free connection (or a new one under `max`) to this caller.
    const runner = this.dataSource.createQueryRunner();
    const connecting = runner.connect();
    return (async () => {
      try {
        await connecting;
        serializeQueries(runner, () => this.checkDeadline());
        await begin(runner, this.transactionSettings(), true);
        const result = await fn(runner.manager);
        await runner.commitTransaction();
        return result;
      } catch (error) {
        if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
        throw error;
      } finally {
        await runner.release();
      }
    })();
  }

  /** Runs `fn` once the transaction has committed, never after a rollback (e.g. waking an outbox relay). */
  afterCommit(fn: () => void): void {
    this.onCommit.push(fn);
  }

  /** Commits (or rolls back) and returns the connection to the pool. Safe to call more than once. */
  async finish(commit: boolean): Promise<void> {
    if (this.finished) return;
    this.finished = true;
    if (this.opening) await this.opening.catch(() => undefined);
    const runner = this.runner;
    if (!runner) return;
    let committed = false;
    try {
      if (runner.isTransactionActive) {
        if (commit) {
          await runner.commitTransaction();
          committed = true;
        } else await runner.rollbackTransaction();
      }
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      throw error;
    } finally {
      await runner.release();
    }
    // Callbacks only wake things up; one that throws must not turn a committed request into a failed one.
    if (committed) for (const fn of this.onCommit.splice(0)) try { fn(); } catch { /* ignored */ }
  }
}

/**
 * Opens the transaction with its transaction-local settings in one round trip instead of two: one simple-protocol string
 * (names and values as quoted literals). The transaction is marked open first, as `startTransaction` does.
 */
async function begin(runner: QueryRunner, settings: Record<string, string>, readOnly: boolean): Promise<void> {
  const entries = Object.entries(settings);
  if (entries.length === 0 && !readOnly) return runner.startTransaction();
  const start = readOnly ? "START TRANSACTION READ ONLY" : "START TRANSACTION";
  const state = runner as unknown as { isTransactionActive: boolean; transactionDepth: number };
  state.isTransactionActive = true;
  state.transactionDepth = 1;
  const calls = entries.map(([name, value]) => `set_config(${escapeLiteral(name)}, ${escapeLiteral(value)}, true)`).join(", ");
  try {
    await runner.query(entries.length === 0 ? start : `${start}; SELECT ${calls}`);
  } catch (error) {
    // Never hand the pool a connection inside a failed transaction block.
    await runner.query("ROLLBACK").catch(() => undefined);
    state.isTransactionActive = false;
    state.transactionDepth = 0;
    throw error;
  }
}

/**
 * Loaders of one request fire together, but a transaction lives on one connection and node-postgres must not be given a
 * second query while one is running: chain them, in the order they were issued.
 */
function serializeQueries(runner: QueryRunner, beforeEach: () => void): void {
  const original = runner.query.bind(runner) as (...args: unknown[]) => Promise<unknown>;
  let tail: Promise<unknown> = Promise.resolve();
  (runner as { query: (...args: unknown[]) => Promise<unknown> }).query = (...args: unknown[]) => {
    const next = tail.then(() => {
      // Past the deadline nothing more is sent, except ending the transaction.
      const sql = typeof args[0] === "string" ? args[0] : "";
      if (!/^(COMMIT|ROLLBACK)\b/i.test(sql)) beforeEach();
      return original(...args);
    });
    tail = next.catch(() => undefined);
    return next;
  };
}
