import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { createInterface } from "node:readline";
import { ApiKeyRegistry, generatePemKeyPair, importPrivateKey, importPublicKey, mintUserToken, type KeyLike } from "@jinjibu/auth";
import { MemoryResponseCache, startGatewayServer, supergraphPath, type GatewayOptions, type RunningGateway } from "@jinjibu/gateway";
import { cloneTemplateDatabase } from "@jinjibu/test-utils";
import type { As, GraphQLResponse } from "./harness";

/**
 * A hub whose four subgraphs run as child processes (so a test can kill, pause and resume one), on a database cloned
 * from the seeded template, with the gateway in this process so a test can pass it any option.
 */
export interface ProcessHub {
  url: string;
  baseUrl: string;
  gateway: RunningGateway;
  query<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: { as?: As; headers?: Record<string, string>; operationName?: string },
  ): Promise<GraphQLResponse<T>>;
  authHeaders(as: As): Promise<Record<string, string>>;
  /** Fetches the gateway has sent to each subgraph so far. */
  fetches(): Record<string, number>;
  /** SIGKILL: the process is gone (connections refused). */
  kill(subgraph: string): Promise<void>;
  /** SIGSTOP: the process holds its connections but answers nothing. */
  pause(subgraph: string): void;
  /** SIGCONT. */
  resume(subgraph: string): void;
  /** Starts a killed subgraph again on the same port. */
  restart(subgraph: string): Promise<void>;
  stop(): Promise<void>;
}

export const SUBGRAPHS = ["organizations", "talent", "programs", "funding"] as const;

// Runs one subgraph the way the launcher does, from the built packages, and prints its URL once it listens.
const CHILD = `
const { loadModules } = require("@jinjibu/launcher");
const { connectAsApp, startSubgraphServer } = require("@jinjibu/federation");
const { importPublicKey } = require("@jinjibu/auth");
(async () => {
  const module = loadModules().find((m) => m.name === process.env.HUB_SUBGRAPH);
  const conn = await connectAsApp(module, process.env.HUB_DATABASE_URL, process.env.APP_DATABASE_PASSWORD);
  const key = await importPublicKey(process.env.HUB_GATEWAY_PUBLIC_KEY);
  const running = await startSubgraphServer({ module, schema: await module.buildSchema(), dataSource: conn.dataSource, gatewayPublicKey: key }, Number(process.env.HUB_PORT));
  process.stdout.write(JSON.stringify({ url: running.url }) + "\\n");
  process.once("SIGTERM", async () => { await running.close(); await conn.dataSource.destroy(); process.exit(0); });
})().catch((error) => { process.stderr.write(String(error && error.stack || error) + "\\n"); process.exit(1); });
`;

export interface Child {
  process: ChildProcess;
  url: string;
  port: number;
}

/** Starts one subgraph as a child process on `port` (0: a free one) and resolves once it listens. */
export async function spawnSubgraph(name: string, dbUrl: string, publicKeyPem: string, port: number): Promise<Child> {
  const child = spawn(process.execPath, ["-e", CHILD], {
    cwd: path.resolve(__dirname, ".."),
    env: { ...process.env, HUB_SUBGRAPH: name, HUB_DATABASE_URL: dbUrl, HUB_GATEWAY_PUBLIC_KEY: publicKeyPem, HUB_PORT: String(port), LOG_LEVEL: "error" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const url = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.once("line", (line) => resolve((JSON.parse(line) as { url: string }).url));
    child.once("exit", (code) => reject(new Error(`subgraph ${name} exited with ${code} before listening`)));
  });
  return { process: child, url, port: Number(new URL(url).port) };
}

export async function startProcessHub(gatewayOptions: Partial<GatewayOptions> = {}): Promise<ProcessHub> {
  const db = await cloneTemplateDatabase("proc");
  const gatewayKeys = generatePemKeyPair();
  const identityKeys = generatePemKeyPair();
  const identityPrivate: KeyLike = await importPrivateKey(identityKeys.privateKeyPem);
  const children: Record<string, Child> = {};
  let gateway: RunningGateway;
  try {
    await Promise.all(
      SUBGRAPHS.map(async (name) => {
        children[name] = await spawnSubgraph(name, db.url, gatewayKeys.publicKeyPem, 0);
      }),
    );
    gateway = await startGateway();
  } catch (error) {
    for (const child of Object.values(children)) child.process.kill("SIGKILL");
    await db.drop();
    throw error;
  }
  async function startGateway(): Promise<RunningGateway> {
   return startGatewayServer(
    {
      supergraphSdl: readFileSync(supergraphPath(), "utf8"),
      subgraphUrls: Object.fromEntries(SUBGRAPHS.map((name) => [name, children[name]!.url])),
      gatewayPrivateKey: await importPrivateKey(gatewayKeys.privateKeyPem),
      identityPublicKey: await importPublicKey(identityKeys.publicKeyPem),
      apiKeys: () => new ApiKeyRegistry([]),
      cache: new MemoryResponseCache(),
      introspection: false,
      readinessCacheMs: 0,
      publicDir: path.resolve(require.resolve("@jinjibu/gateway"), "..", "..", "public"),
      ...gatewayOptions,
    },
    0,
  );
  }
  const authHeaders = async (as: As): Promise<Record<string, string>> => {
    if (as === "anonymous") return {};
    if (as === "admin") return { authorization: `Bearer ${await mintUserToken(identityPrivate, { role: "NATIONAL_ADMIN", subject: "admin@meti" })}` };
    if ("coordinator" in as) {
      const token = await mintUserToken(identityPrivate, { role: "COORDINATOR", operatorId: as.coordinator, subject: `coordinator@${as.coordinator}` });
      return { authorization: `Bearer ${token}` };
    }
    throw new Error("site keys are not supported by the process hub");
  };
  const exited = (child: Child) => new Promise<void>((resolve) => (child.process.exitCode !== null || child.process.signalCode !== null ? resolve() : child.process.once("exit", () => resolve())));
  return {
    url: gateway.url,
    baseUrl: gateway.url.replace(/\/graphql$/, ""),
    gateway,
    authHeaders,
    async query(query, variables, opts = {}) {
      const response = await fetch(gateway.url, {
        method: "POST",
        headers: { "content-type": "application/json", ...(await authHeaders(opts.as ?? "anonymous")), ...opts.headers },
        body: JSON.stringify({ query, variables, operationName: opts.operationName }),
      });
      const text = await response.text();
      let body;
      try {
        body = JSON.parse(text);
      } catch {
        body = { errors: [{ message: text }] };
      }
      return { status: response.status, headers: response.headers, body };
    },
    fetches: () => Object.fromEntries(Object.entries(gateway.subgraphs).map(([name, source]) => [name, source.fetches])),
    async kill(name) {
      const child = children[name]!;
      child.process.kill("SIGKILL");
      await exited(child);
    },
    pause: (name) => void children[name]!.process.kill("SIGSTOP"),
    resume: (name) => void children[name]!.process.kill("SIGCONT"),
    async restart(name) {
      children[name] = await spawnSubgraph(name, db.url, gatewayKeys.publicKeyPem, children[name]!.port);
    },
    async stop() {
      await gateway.close();
      await Promise.all(
        Object.values(children).map(async (child) => {
          child.process.kill("SIGCONT");
          child.process.kill("SIGTERM");
          const timer = setTimeout(() => child.process.kill("SIGKILL"), 5000);
          await exited(child);
          clearTimeout(timer);
        }),
      );
      await db.drop();
    },
  };
}
