import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { parse } from "yaml";
import { EVENTS_PATH } from "@jinjibu/federation";
import { KNOWN_VARIABLES, PRODUCTION_NEEDS } from "./production-needs";

// Issue 12 §3: no Docker engine here, so the compose file is linted (dclint: the compose-spec schema plus its rules),
// the rules a real start depends on are checked, and the entry file each image runs must exist after `npm run build`.
const ROOT = path.resolve(__dirname, "..", "..");
const COMPOSE_FILE = path.join(ROOT, "docker", "compose.yaml");
const DCLINT = path.join(ROOT, "node_modules", ".bin", "dclint");
/** Style rules about key order only; everything else must pass with no warning. */
const STYLE_ONLY = ["service-keys-order", "services-alphabetical-order", "top-level-properties-order"];
const run = promisify(execFile);

type Service = {
  image?: string;
  build?: { context: string; dockerfile: string; args?: Record<string, string> };
  restart?: string;
  environment?: Record<string, string>;
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test: string[] };
  secrets?: string[];
  expose?: string[];
  ports?: string[];
  volumes?: string[];
  profiles?: string[];
};
const compose = parse(readFileSync(COMPOSE_FILE, "utf8"), { merge: true }) as { services: Record<string, Service>; secrets: Record<string, { file: string }> };
const lint = (file: string) => run(process.execPath, [DCLINT, file, "--max-warnings", "0", "--disable-rule", ...STYLE_ONLY], { cwd: ROOT }).then(
  (r) => ({ code: 0, out: r.stdout + r.stderr }),
  (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, out: e.stdout + e.stderr }),
);

describe("docker/compose.yaml", () => {
  it("passes dclint (compose-spec schema and rules) with no error or warning", async () => {
    const result = await lint(COMPOSE_FILE);
    process.stdout.write(`compose: dclint ${path.relative(ROOT, COMPOSE_FILE)} → exit ${result.code}${result.out.trim() ? `\n${result.out}` : ", 0 problems"}\n`);
    expect(result.code).toBe(0);
    // The linter is not a no-op: a schema violation fails it.
    const dir = mkdtempSync(path.join(tmpdir(), "compose-"));
    try {
      const broken = path.join(dir, "compose.yaml");
      writeFileSync(broken, "services:\n  gateway:\n    image: x\n    restart: sometimes\n    depends_on: { a: { condition: when-i-feel-like-it } }\n");
      expect((await lint(broken)).code).not.toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("starts in order: healthy PostgreSQL, migrations run to completion, healthy subgraphs, then the gateway", () => {
    const s = compose.services;
    expect(s.migrate!.depends_on).toEqual({ postgres: { condition: "service_healthy" } });
    expect(s.migrate!.restart).toBe("no");
    for (const name of ["organizations", "talent", "programs", "funding"]) {
      expect(s[name]!.depends_on).toEqual({ postgres: { condition: "service_healthy" }, migrate: { condition: "service_completed_successfully" } });
      expect(s.gateway!.depends_on![name]).toEqual({ condition: "service_healthy" });
    }
    expect(s.gateway!.depends_on!.redis).toEqual({ condition: "service_healthy" });
    for (const [name, service] of Object.entries(s)) {
      if (name !== "migrate") {
        expect(service.healthcheck?.test.length).toBeGreaterThan(0);
        expect(service.restart).toBe("unless-stopped");
      }
      for (const dep of Object.keys(service.depends_on ?? {})) expect(s[dep]).toBeDefined();
    }
  });

  it("runs every Node service in production mode with its keys as secrets, never as plain environment", () => {
    for (const [name, service] of Object.entries(compose.services).filter(([, svc]) => svc.build)) {
      expect([name, service.environment?.NODE_ENV]).toEqual([name, "production"]);
      for (const [key, value] of Object.entries(service.environment ?? {})) {
        if (/KEY/.test(key)) expect([key, value]).toEqual([key, expect.stringMatching(/^\/run\/secrets\//)]);
      }
      for (const secret of service.secrets ?? []) expect(compose.secrets[secret]).toBeDefined();
    }
    expect(compose.services.gateway!.secrets).toEqual(expect.arrayContaining(["gateway_private_key", "identity_public_key", "site_keys_database_url"]));
  });

  it("gives each Node service every variable its production job needs, keys as secret files that exist", () => {
    for (const [name, needs] of Object.entries(PRODUCTION_NEEDS)) {
      const service = compose.services[name]!;
      const env = service.environment ?? {};
      for (const need of needs) {
        expect([name, need, KNOWN_VARIABLES[name]!.has(need)]).toEqual([name, need, true]);
        if (env[need] !== undefined) {
          expect([name, need, env[need]]).toEqual([name, need, expect.stringMatching(/\S/)]);
          continue;
        }
        expect([name, `${need}_FILE`, KNOWN_VARIABLES[name]!.has(`${need}_FILE`)]).toEqual([name, `${need}_FILE`, true]);
        const secret = /^\/run\/secrets\/(\w+)$/.exec(env[`${need}_FILE`] ?? "")?.[1];
        expect([name, need, secret && service.secrets?.includes(secret) && compose.secrets[secret] !== undefined]).toEqual([name, need, true]);
      }
    }
  });

  it("lets organizations' outbox relay deliver to talent: talent's event URL, and the two halves of one service key", () => {
    const s = compose.services;
    expect(s.organizations!.environment!.EVENTS_TALENT_URL).toBe(`http://talent:${s.talent!.environment!.PORT}${EVENTS_PATH}`);
    const secretOf = (service: Service, variable: string) => /^\/run\/secrets\/(\w+)$/.exec(service.environment?.[variable] ?? "")![1]!;
    const privateFile = compose.secrets[secretOf(s.organizations!, "SERVICE_PRIVATE_KEY_FILE")]!.file;
    const publicFile = compose.secrets[secretOf(s.talent!, "ORGANIZATIONS_SERVICE_PUBLIC_KEY_FILE")]!.file;
    expect(privateFile).toBe("./keys/organizations-service.private.pem");
    expect(publicFile).toBe(privateFile.replace(".private.pem", ".public.pem"));
    // The private half goes to organizations alone.
    const holders = Object.entries(s).filter(([, svc]) => (svc.secrets ?? []).some((secret) => compose.secrets[secret]?.file === privateFile));
    expect(holders.map(([name]) => name)).toEqual(["organizations"]);
  });

  it("gives every gateway the site keys of the database through a secret, and no keys file anywhere", () => {
    const gateways = Object.entries(compose.services).filter(([, svc]) => svc.build?.args?.PACKAGE === "@jinjibu/gateway");
    expect(gateways.map(([name]) => name)).toEqual(["gateway"]);
    for (const [, gateway] of gateways) {
      const env = gateway.environment ?? {};
      // The URL carries the database password: a secret file, never the plain variable.
      expect(env.SITE_KEYS_DATABASE_URL).toBeUndefined();
      const secret = /^\/run\/secrets\/(\w+)$/.exec(env.SITE_KEYS_DATABASE_URL_FILE ?? "")?.[1];
      expect(secret).toBe("site_keys_database_url");
      expect(gateway.secrets).toContain(secret);
      expect(compose.secrets[secret!]!.file).toMatch(/^\.\/keys\//);
    }
    for (const file of [COMPOSE_FILE, path.join(ROOT, "docker", "Dockerfile")]) {
      expect([file, readFileSync(file, "utf8")]).toEqual([file, expect.not.stringMatching(/API_KEYS_FILE|api[-_]keys/)]);
    }
  });

  it("serves /metrics of every Node service on METRICS_PORT inside the network only, and Prometheus scrapes exactly those", () => {
    const scraped: string[] = [];
    for (const [name, service] of Object.entries(compose.services).filter(([, svc]) => svc.build)) {
      if (name === "migrate") {
        expect(service.environment?.METRICS_PORT).toBeUndefined();
        continue;
      }
      const port = service.environment?.METRICS_PORT;
      expect([name, port]).toEqual([name, expect.stringMatching(/^\d+$/)]);
      expect([name, service.expose]).toEqual([name, expect.arrayContaining([port])]);
      // /metrics on that port answers without a token: it must never be published on the host.
      for (const published of service.ports ?? []) expect([name, published]).toEqual([name, expect.not.stringContaining(`:${port}`)]);
      expect(service.environment?.METRICS_TOKEN).toBeUndefined();
      scraped.push(`${name}:${port}`);
    }
    const prometheus = compose.services.prometheus!;
    expect(prometheus.image).toMatch(/^prom\/prometheus:v\d+\.\d+\.\d+$/);
    expect(prometheus.profiles).toEqual(["monitoring"]);
    expect(prometheus.volumes).toContain("./prometheus.yml:/etc/prometheus/prometheus.yml:ro");
    const config = parse(readFileSync(path.join(ROOT, "docker", "prometheus.yml"), "utf8")) as {
      scrape_configs: { metrics_path?: string; static_configs: { targets: string[] }[] }[];
    };
    const targets = config.scrape_configs.flatMap((job) => {
      expect(job.metrics_path ?? "/metrics").toBe("/metrics");
      return job.static_configs.flatMap((c) => c.targets);
    });
    expect(targets.sort()).toEqual(scraped.sort());
    expect(scraped).toHaveLength(5);
  });
});

describe("docker/Dockerfile", () => {
  const dockerfile = readFileSync(path.join(ROOT, "docker", "Dockerfile"), "utf8");
  const stages = dockerfile.split(/^FROM /m).slice(1);

  it("is multi-stage, declares every build argument it uses, and installs production dependencies only in the final stage", () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    const global = dockerfile.split(/^FROM /m)[0]!;
    for (const stage of stages) {
      const declared = new Set([
        ...[...`${global}\n${stage}`.matchAll(/^ARG (\w+)/gm)].map((m) => m[1]),
        ...[...stage.matchAll(/^ENV (.*)$/gm)].flatMap((m) => [...m[1]!.matchAll(/(\w+)=/g)].map((v) => v[1])),
      ]);
      const used = [...stage.matchAll(/\$\{(\w+)\}|\$(\w+)/g)].map((m) => m[1] ?? m[2]);
      expect(used.length).toBeGreaterThan(0);
      for (const name of used) expect([name, declared.has(name!)]).toEqual([name, true]);
    }
    const final = stages[stages.length - 1]!;
    expect(final).toMatch(/npm ci --omit=dev/);
    expect(final).toMatch(/^USER node$/m);
    expect(final).toMatch(/ENV NODE_ENV=production/);
    expect(final).not.toMatch(/COPY \. /);
  });

  it("keeps node_modules, keys and .data out of every image", () => {
    const ignored = readFileSync(path.join(ROOT, ".dockerignore"), "utf8").split("\n").map((l) => l.trim());
    for (const pattern of ["**/node_modules", ".data", "**/.data", "docker/keys", "**/*.pem", ".git"]) expect(ignored).toContain(pattern);
  });

  it("names entry files that exist after the build", () => {
    const entries = new Set<string>();
    for (const service of Object.values(compose.services)) {
      if (!service.build) continue;
      expect(service.build.dockerfile).toBe("docker/Dockerfile");
      const { PACKAGE, ENTRY } = service.build.args ?? {};
      expect(PACKAGE).toMatch(/^@jinjibu\//);
      expect(service.environment?.ENTRY).toBe(ENTRY);
      entries.add(ENTRY!);
    }
    const missing = [...entries].filter((entry) => !existsSync(path.join(ROOT, entry)));
    process.stdout.write(`compose: ${entries.size} image entry files checked after the build, missing: ${missing.length ? missing.join(", ") : "none"}\n`);
    expect(missing).toEqual([]);
  });
});
