import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import type { Redis } from "ioredis";
import { GraphQLError } from "graphql";
import type { Viewer, ViewerRole } from "@jinjibu/auth";

/** Per-minute budgets. Every value is in the README's table; tests pass their own. */
export interface RateLimitSettings {
  /** Operations per viewer per minute. */
  operationsPerMinute: Record<ViewerRole, number>;
  /** Summed operation cost (graphql-armor's model) per viewer per minute. */
  costPerMinute: Record<ViewerRole, number>;
  /** Accepting introductions and reading contact details, per viewer per minute (aliases count one each). */
  sensitivePerMinute: number;
  /** Requests with a bad bearer token or an unknown API key, per client address per 15 minutes. */
  failedSignInsPer15Minutes: number;
  /**
   * Refused sign-ins at the workspace's session route (`/workspace/api/session`: a token that does not verify), per client
   * address per 15 minutes: tighter than GraphQL's, as the route does nothing but check credentials.
   */
  failedWorkspaceSignInsPer15Minutes: number;
}

export const DEFAULT_RATE_LIMITS: RateLimitSettings = {
  operationsPerMinute: { ANONYMOUS: 300, SITE: 1200, COORDINATOR: 1200, NATIONAL_ADMIN: 1200 },
  costPerMinute: { ANONYMOUS: 150_000, SITE: 600_000, COORDINATOR: 600_000, NATIONAL_ADMIN: 1_000_000 },
  sensitivePerMinute: 10,
  failedSignInsPer15Minutes: 20,
  failedWorkspaceSignInsPer15Minutes: 10,
};

/** The key a viewer is counted under: the API key, the user's subject, or the client address for anonymous visitors. */
export function viewerKey(viewer: Viewer, clientAddress: string): string {
  if (viewer.role === "SITE") return `key:${viewer.subject ?? viewer.operatorId}`;
  if (viewer.role !== "ANONYMOUS") return `user:${viewer.subject ?? viewer.operatorId ?? viewer.role}`;
  return `ip:${clientAddress}`;
}

export class RateLimited extends Error {
  constructor(
    readonly what: string,
    readonly retryAfterSeconds: number,
  ) {
    super(`Too many ${what}. Retry after ${retryAfterSeconds} seconds.`);
  }
  toGraphQLError(): GraphQLError {
    return new GraphQLError(this.message, {
      extensions: {
        code: "RATE_LIMITED",
        retryAfterSeconds: this.retryAfterSeconds,
        http: { status: 429, headers: new Map([["retry-after", String(this.retryAfterSeconds)]]) },
      },
    });
  }
}

/** Rate limits of one gateway (rate-limiter-flexible), shared through Redis when given, else in this process. */
export class RateLimits {
  private readonly limiters = new Map<string, RateLimiterAbstract>();

  constructor(
    readonly settings: RateLimitSettings,
    private readonly redis: Redis | null,
    private readonly prefix = "jinjibu:rate",
  ) {}

  private limiter(name: string, points: number, duration: number): RateLimiterAbstract {
    const id = `${name}:${points}:${duration}`;
    let limiter = this.limiters.get(id);
    if (!limiter) {
      const memory = new RateLimiterMemory({ points, duration, keyPrefix: `${this.prefix}:${name}` });
      limiter = this.redis
        ? new RateLimiterRedis({ storeClient: this.redis, points, duration, keyPrefix: `${this.prefix}:${name}`, insuranceLimiter: memory })
        : memory;
      this.limiters.set(id, limiter);
    }
    return limiter;
  }

  private async consume(limiter: RateLimiterAbstract, key: string, points: number, what: string): Promise<void> {
    if (points <= 0) return;
    try {
      await limiter.consume(key, points);
    } catch (error) {
      if (error instanceof RateLimiterRes) throw new RateLimited(what, Math.max(1, Math.ceil(error.msBeforeNext / 1000)));
      throw error;
    }
  }

  operation(viewer: Viewer, key: string): Promise<void> {
    return this.consume(this.limiter(`ops:${viewer.role}`, this.settings.operationsPerMinute[viewer.role], 60), key, 1, "requests");
  }
  cost(viewer: Viewer, key: string, cost: number): Promise<void> {
    const limit = this.settings.costPerMinute[viewer.role];
    // One operation over the whole minute's budget can never pass; the per-operation budget refuses it first.
    return this.consume(this.limiter(`cost:${viewer.role}`, limit, 60), key, Math.min(Math.ceil(cost), limit), "expensive requests");
  }
  sensitive(key: string, count: number): Promise<void> {
    return this.consume(this.limiter("sensitive", this.settings.sensitivePerMinute, 60), key, count, "contact reads or introduction acceptances");
  }
  /** Throws while the address has used up its failed sign-ins. */
  async checkSignIns(address: string): Promise<void> {
    const limiter = this.limiter("signin", this.settings.failedSignInsPer15Minutes, 900);
    const state = await limiter.get(address);
    if (state && state.consumedPoints >= this.settings.failedSignInsPer15Minutes) {
      throw new RateLimited("failed sign-ins", Math.max(1, Math.ceil(state.msBeforeNext / 1000)));
    }
  }
  failedSignIn(address: string): Promise<void> {
    return this.consume(this.limiter("signin", this.settings.failedSignInsPer15Minutes, 900), address, 1, "failed sign-ins");
  }
  /** The workspace's session route: its own, tighter budget of refused sign-ins per client address. */
  workspaceSignIns(): WorkspaceSignInLimiter {
    const points = this.settings.failedWorkspaceSignInsPer15Minutes;
    const limiter = () => this.limiter("workspace-signin", points, 900);
    return {
      check: async (address) => {
        const state = await limiter().get(address);
        if (state && state.consumedPoints >= points) throw new RateLimited("failed sign-ins", Math.max(1, Math.ceil(state.msBeforeNext / 1000)));
      },
      // The failure that uses up the budget is still answered 401; the next attempt gets 429.
      failed: async (address) => {
        await limiter()
          .consume(address, 1)
          .catch((error: unknown) => {
            if (!(error instanceof RateLimiterRes)) throw error;
          });
      },
    };
  }
}

/** Counts refused sign-ins of one route per client address; `check` throws RateLimited while the budget is used up. */
export interface WorkspaceSignInLimiter {
  check(address: string): Promise<void>;
  failed(address: string): Promise<void>;
}
