import { signServiceToken } from "@jinjibu/auth";
import { type DomainEventEnvelope, type WorkerDeps, type Workers } from "@jinjibu/federation";
import { onOutboxAppended } from "../services/outbox.service";

export interface RelayOptions {
  /** How often the outbox is looked at when nothing rang (ms). */
  pollMs?: number;
  /** First wait after a failed delivery (ms); it doubles up to `maxBackoffMs`. */
  backoffMs?: number;
  maxBackoffMs?: number;
  /** Events per delivery. */
  batchSize?: number;
  /** One delivery's time limit (ms). */
  timeoutMs?: number;
}

/** The consumers organizations delivers its events to; each has its own delivery bookkeeping. */
export const CONSUMERS = ["talent"] as const;

interface EventRow {
  id: string;
  type: string;
  aggregate_id: string;
  payload: Record<string, unknown>;
  occurred_at: Date;
}

/**
 * Delivers the outbox to each consumer at least once, in id order (so in order per company): right after a commit rings,
 * every `pollMs` otherwise, and after a failure (consumer down, refused, timed out) with exponential backoff, while the
 * events wait. One relay delivers at a time per consumer across every organizations process (a transaction-level advisory
 * lock held while a batch is sent and confirmed); a confirmation lost after the consumer applied a batch only means that
 * batch is sent again, which the consumer's inbox ignores.
 */
export function startOutboxRelay(deps: WorkerDeps, options: RelayOptions = {}): Workers & { deliverNow(): Promise<number> } {
  const pollMs = options.pollMs ?? 2_000;
  const backoffMs = options.backoffMs ?? 250;
  const maxBackoffMs = options.maxBackoffMs ?? 30_000;
  const batchSize = options.batchSize ?? 100;
  const timeoutMs = options.timeoutMs ?? 5_000;
  const { dataSource, logger, serviceKey } = deps;
  let stopped = false;
  let rang = false;
  let failures = 0;
  let waiting: { done(): void; interruptible: boolean } | null = null;

  // While backing off a bell does not cut the wait short: a consumer that is down is not hammered by every commit.
  const sleep = (ms: number, interruptible: boolean) =>
    new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        waiting = null;
        resolve();
      };
      const timer = setTimeout(done, ms);
      waiting = { done, interruptible };
      if (stopped) done();
    });

  const wake = (): void => {
    rang = true;
    if (waiting?.interruptible) waiting.done();
  };
  const unsubscribe = onOutboxAppended(wake);

  /** One batch to one consumer; returns how many events it delivered. */
  async function deliverTo(consumer: string, url: string): Promise<number> {
    const runner = dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      const [{ locked }]: { locked: boolean }[] = await runner.query(`SELECT pg_try_advisory_xact_lock(hashtext($1)) AS locked`, [`organizations.domain_event:${consumer}`]);
      if (!locked) {
        await runner.commitTransaction();
        return 0;
      }
      const rows: EventRow[] = await runner.query(
        `SELECT e.id::text AS id, e.type, e.aggregate_id, e.payload, e.occurred_at FROM organizations.domain_event e
         WHERE NOT EXISTS (SELECT 1 FROM organizations.domain_event_delivery d WHERE d.consumer = $1 AND d.event_id = e.id)
         ORDER BY e.id LIMIT $2`,
        [consumer, batchSize],
      );
      if (rows.length === 0) {
        await runner.commitTransaction();
        return 0;
      }
      const events: DomainEventEnvelope[] = rows.map((r) => ({
        id: r.id,
        type: r.type,
        aggregateId: r.aggregate_id,
        payload: r.payload,
        occurredAt: new Date(r.occurred_at).toISOString(),
      }));
      const body = JSON.stringify({ events });
      const response = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${await signServiceToken(serviceKey!, "organizations", consumer, body)}` },
        body,
        signal: AbortSignal.timeout(timeoutMs),
      });
      if (!response.ok) throw Object.assign(new Error(`${consumer} answered ${response.status}`), { refused: response.status < 500 });
      await response.body?.cancel().catch(() => undefined);
      await runner.query(
        `INSERT INTO organizations.domain_event_delivery (consumer, event_id) SELECT $1, unnest($2::bigint[]) ON CONFLICT DO NOTHING`,
        [consumer, rows.map((r) => r.id)],
      );
      await runner.commitTransaction();
      return rows.length;
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      throw error;
    } finally {
      await runner.release();
    }
  }

  /** Delivers one batch to every consumer; returns the events delivered. */
  async function deliverNow(): Promise<number> {
    let delivered = 0;
    for (const consumer of CONSUMERS) {
      const url = deps.eventUrls[consumer];
      if (url) delivered += await deliverTo(consumer, url);
    }
    return delivered;
  }

  async function loop(): Promise<void> {
    if (!serviceKey) {
      logger.warn("no SERVICE_PRIVATE_KEY: domain events stay in the outbox until organizations has a signing identity");
      return;
    }
    while (!stopped) {
      rang = false;
      let delivered = 0;
      try {
        delivered = await deliverNow();
        if (failures > 0) logger.info({ afterFailures: failures }, "outbox delivery resumed");
        failures = 0;
      } catch (error) {
        failures += 1;
        const wait = Math.min(maxBackoffMs, backoffMs * 2 ** Math.min(failures - 1, 16));
        // A refusal (401: keys that do not match; 400: a malformed event) needs a person; an outage only needs time.
        const log = (error as { refused?: boolean }).refused ? logger.error.bind(logger) : logger.warn.bind(logger);
        log({ err: (error as Error).message, failures, retryInMs: wait }, "outbox delivery failed; the events wait");
        await sleep(wait, false);
        continue;
      }
      if (delivered === batchSize || rang) continue;
      await sleep(pollMs, true);
    }
  }

  const running = loop().catch((error: unknown) => logger.error({ err: error }, "the outbox relay stopped"));
  return {
    wake,
    deliverNow,
    async stop() {
      stopped = true;
      unsubscribe();
      waiting?.done();
      await running;
    },
  };
}
