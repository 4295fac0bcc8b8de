import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseAllDocuments } from "yaml";
import { Deployment } from "kubernetes-models/apps/v1";
import { HorizontalPodAutoscaler } from "kubernetes-models/autoscaling/v2";
import { Job } from "kubernetes-models/batch/v1";
import { NetworkPolicy } from "kubernetes-models/networking.k8s.io/v1";
import { PodDisruptionBudget } from "kubernetes-models/policy/v1";
import { Secret, Service } from "kubernetes-models/v1";
import { EVENTS_PATH } from "@jinjibu/federation";
import { KNOWN_VARIABLES, PRODUCTION_NEEDS } from "./production-needs";

// Issue 12 §4: every manifest under docker/k8s/base validates against the Kubernetes schemas, and the invariants a
// rollout depends on hold (probes, limits, a Service, an HPA and a PDB per Deployment; subgraphs reachable only from the gateway).
const BASE = path.resolve(__dirname, "..", "..", "docker", "k8s", "base");
const SUBGRAPHS = ["organizations", "talent", "programs", "funding"];

type Obj = { apiVersion: string; kind: string; metadata: { name: string; labels?: Record<string, string> }; spec?: any };
const MODELS: Record<string, new (data: any) => { validate(): void }> = {
  "apps/v1/Deployment": Deployment,
  "v1/Service": Service,
  "v1/Secret": Secret,
  "batch/v1/Job": Job,
  "autoscaling/v2/HorizontalPodAutoscaler": HorizontalPodAutoscaler,
  "policy/v1/PodDisruptionBudget": PodDisruptionBudget,
  "networking.k8s.io/v1/NetworkPolicy": NetworkPolicy,
};

const kustomization = parseAllDocuments(readFileSync(path.join(BASE, "kustomization.yaml"), "utf8"))[0]!.toJSON() as { resources: string[] };
const objects: Obj[] = kustomization.resources.flatMap((file) =>
  parseAllDocuments(readFileSync(path.join(BASE, file), "utf8")).map((d) => {
    if (d.errors.length) throw new Error(`${file}: ${d.errors[0]!.message}`);
    return d.toJSON() as Obj;
  }),
);
const ofKind = (kind: string) => objects.filter((o) => o.kind === kind);
const byName = (kind: string, name: string) => ofKind(kind).find((o) => o.metadata.name === name);

describe("Kubernetes manifests (docker/k8s)", () => {
  it("lists every manifest file in the kustomization", () => {
    expect(readdirSync(BASE).filter((f) => f.endsWith(".yaml") && f !== "kustomization.yaml").sort()).toEqual([...kustomization.resources].sort());
  });

  it("validates each object against the Kubernetes schema", () => {
    const report: string[] = [];
    for (const object of objects) {
      const Model = MODELS[`${object.apiVersion}/${object.kind}`];
      if (!Model) throw new Error(`no schema model for ${object.apiVersion} ${object.kind} (${object.metadata.name})`);
      expect(() => new Model(object).validate()).not.toThrow();
      report.push(`${object.kind}/${object.metadata.name}`);
    }
    process.stdout.write(`kubernetes: ${objects.length} objects valid against the Kubernetes schemas (${report.join(", ")})\n`);
    // A broken object is caught: the validation is not a no-op.
    expect(() => new Deployment({ ...(objects.find((o) => o.kind === "Deployment") as any), spec: { replicas: "two" } }).validate()).toThrow();
  });

  it("runs one Deployment per subgraph and the gateway, each with both probes, limits, a Service, an HPA and a PDB", () => {
    const deployments = ofKind("Deployment");
    expect(deployments.map((d) => d.metadata.name).sort()).toEqual([...SUBGRAPHS, "gateway"].sort());
    for (const d of deployments) {
      const name = d.metadata.name;
      const labels = d.spec.template.metadata.labels as Record<string, string>;
      expect(d.spec.selector.matchLabels).toEqual({ "app.kubernetes.io/name": name });
      for (const c of d.spec.template.spec.containers) {
        expect(c.livenessProbe.httpGet.path).toBe("/livez");
        expect(c.readinessProbe.httpGet.path).toBe("/readyz");
        expect(c.resources.requests).toEqual({ cpu: expect.anything(), memory: expect.anything() });
        expect(c.resources.limits).toEqual({ cpu: expect.anything(), memory: expect.anything() });
        expect(c.securityContext.allowPrivilegeEscalation).toBe(false);
        expect(c.env.find((e: { name: string }) => e.name === "NODE_ENV")?.value).toBe("production");
      }
      expect(d.spec.template.spec.securityContext.runAsNonRoot).toBe(true);
      const service = byName("Service", name);
      expect(service).toBeDefined();
      expect(Object.entries(service!.spec.selector).every(([k, v]) => labels[k] === v)).toBe(true);
      const containerPort = d.spec.template.spec.containers[0].ports[0];
      expect(service!.spec.ports[0].targetPort).toBe(containerPort.name);
      const hpa = byName("HorizontalPodAutoscaler", name);
      expect(hpa?.spec.scaleTargetRef).toEqual({ apiVersion: "apps/v1", kind: "Deployment", name });
      expect(hpa!.spec.maxReplicas).toBeGreaterThan(hpa!.spec.minReplicas);
      const pdb = byName("PodDisruptionBudget", name);
      expect(pdb?.spec.selector.matchLabels).toEqual({ "app.kubernetes.io/name": name });
      expect(pdb!.spec.minAvailable).toBeLessThan(d.spec.replicas);
    }
  });

  it("points the gateway at each subgraph's Service, and lets only the gateway reach the subgraphs", () => {
    const gatewayEnv = Object.fromEntries(
      byName("Deployment", "gateway")!.spec.template.spec.containers[0].env.map((e: { name: string; value: string }) => [e.name, e.value]),
    );
    const policy = byName("NetworkPolicy", "subgraphs-from-gateway-only")!;
    const selector = policy.spec.podSelector.matchLabels as Record<string, string>;
    const allowedFrom = policy.spec.ingress.flatMap((rule: { from: { podSelector: { matchLabels: Record<string, string> } }[] }) => rule.from.map((f) => f.podSelector.matchLabels));
    expect(allowedFrom).toEqual([{ "app.kubernetes.io/name": "gateway" }]);
    for (const name of SUBGRAPHS) {
      const service = byName("Service", name)!;
      expect(gatewayEnv[`SUBGRAPH_${name.toUpperCase()}_URL`]).toBe(`http://${name}:${service.spec.ports[0].port}/graphql`);
      const podLabels = byName("Deployment", name)!.spec.template.metadata.labels as Record<string, string>;
      expect(Object.entries(selector).every(([k, v]) => podLabels[k] === v)).toBe(true);
    }
    const gatewayLabels = byName("Deployment", "gateway")!.spec.template.metadata.labels as Record<string, string>;
    expect(Object.entries(selector).every(([k, v]) => gatewayLabels[k] === v)).toBe(false);
  });

  it("migrates in a Job that runs to completion, and keeps keys in Secrets with no key material committed", () => {
    const job = byName("Job", "migrate")!;
    expect(job.spec.template.spec.restartPolicy).toBe("OnFailure");
    expect(job.spec.template.spec.containers[0].env).toContainEqual({ name: "ENTRY", value: "launcher/dist/migrate.js" });
    const keys = byName("Secret", "hub-keys")!;
    expect(Object.keys((keys as any).stringData).sort()).toEqual([
      "gateway.private.pem",
      "gateway.public.pem",
      "identity.public.pem",
      "organizations-service.private.pem",
      "organizations-service.public.pem",
    ]);
    expect(JSON.stringify(objects)).not.toMatch(/BEGIN [A-Z ]*PRIVATE KEY/);
  });

  it("gives every gateway replica the site keys of the database from a Secret, and no keys file anywhere", () => {
    const gateway = byName("Deployment", "gateway")!;
    const container = gateway.spec.template.spec.containers[0];
    const variable = container.env.find((e: { name: string }) => e.name === "SITE_KEYS_DATABASE_URL");
    // From a Secret key, never a literal value (the URL carries the password); the pod template is what every replica runs.
    expect(variable).toEqual({ name: "SITE_KEYS_DATABASE_URL", valueFrom: { secretKeyRef: { name: "hub-database", key: "SITE_KEYS_DATABASE_URL" } } });
    expect(Object.keys((byName("Secret", "hub-database") as any).stringData)).toContain("SITE_KEYS_DATABASE_URL");
    expect(gateway.spec.replicas).toBeGreaterThanOrEqual(2);
    // The gateway needs no owner credentials: no other database variable reaches it.
    expect(container.envFrom ?? []).toEqual([]);
    const texts = readdirSync(BASE).map((f) => readFileSync(path.join(BASE, f), "utf8"));
    texts.push(readFileSync(path.join(BASE, "..", "overlays", "production", "kustomization.yaml"), "utf8"));
    for (const text of texts) expect(text).not.toMatch(/API_KEYS_FILE|api-keys/);
  });

  it("exposes a `metrics` port on METRICS_PORT in every Deployment, annotated for scraping and reachable only from Prometheus", () => {
    const policies = ofKind("NetworkPolicy");
    const selects = (policy: Obj, labels: Record<string, string>) =>
      Object.entries(policy.spec.podSelector.matchLabels as Record<string, string>).every(([k, v]) => labels[k] === v);
    type Rule = { from?: unknown[]; ports?: { port: number | string }[] };
    const prometheus = { namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": "monitoring" } }, podSelector: { matchLabels: { "app.kubernetes.io/name": "prometheus" } } };
    for (const d of ofKind("Deployment")) {
      const name = d.metadata.name;
      const container = d.spec.template.spec.containers[0];
      const metricsPort = container.ports.find((p: { name: string }) => p.name === "metrics");
      expect([name, metricsPort?.containerPort]).toEqual([name, expect.any(Number)]);
      const httpPort = container.ports.find((p: { name: string }) => p.name === "http").containerPort;
      expect(metricsPort.containerPort).not.toBe(httpPort);
      expect(container.env).toContainEqual({ name: "METRICS_PORT", value: String(metricsPort.containerPort) });
      expect(container.env.find((e: { name: string }) => e.name === "METRICS_TOKEN")).toBeUndefined();
      expect(d.spec.template.metadata.annotations).toEqual({
        "prometheus.io/scrape": "true",
        "prometheus.io/port": String(metricsPort.containerPort),
        "prometheus.io/path": "/metrics",
      });
      // Every ingress rule that lets traffic reach the metrics port admits Prometheus alone; at least one does.
      const labels = d.spec.template.metadata.labels as Record<string, string>;
      const rules: Rule[] = policies.filter((p) => selects(p, labels)).flatMap((p) => p.spec.ingress as Rule[]);
      const reachesMetrics = (rule: Rule) => !rule.ports || rule.ports.some((p) => p.port === "metrics" || p.port === metricsPort.containerPort);
      const metricsRules = rules.filter(reachesMetrics);
      expect(metricsRules.length).toBeGreaterThan(0);
      for (const rule of metricsRules) expect([name, rule.from]).toEqual([name, [prometheus]]);
      // And the pod's own HTTP port is still reachable by whoever it serves (the policy above isolates every pod).
      const reachesHttp = rules.filter((rule) => !rule.ports || rule.ports.some((p) => p.port === "http" || p.port === httpPort));
      expect([name, reachesHttp.length > 0]).toEqual([name, true]);
    }
    // The gateway's HTTP port is open to all (the way in); the subgraphs' only to the gateway (the test above).
    const gatewayLabels = byName("Deployment", "gateway")!.spec.template.metadata.labels as Record<string, string>;
    const open = policies.filter((p) => selects(p, gatewayLabels)).flatMap((p) => p.spec.ingress as Rule[]).filter((rule) => !rule.from);
    expect(open).toEqual([{ ports: [{ protocol: "TCP", port: "http" }] }]);
  });

  type EnvVar = { name: string; value?: string; valueFrom?: { secretKeyRef?: { name: string; key: string } } };
  type Volume = { name: string; secret?: { secretName: string; items?: { key: string; path: string }[] } };
  type Rule = { from?: { podSelector?: { matchLabels: Record<string, string> } }[]; ports?: { port: number | string }[] };
  const secretKeys = (name: string): string[] => Object.keys((byName("Secret", name) as any)?.stringData ?? {});
  /** The secret file a `<name>_FILE` value names, as (Secret, key), when a mounted secret volume holds it. */
  function mountedSecretFile(d: Obj, file: string): { secret: string; key: string } | null {
    const container = d.spec.template.spec.containers[0];
    for (const mount of container.volumeMounts ?? []) {
      if (!file.startsWith(`${mount.mountPath}/`)) continue;
      const volume = (d.spec.template.spec.volumes as Volume[]).find((v) => v.name === mount.name);
      const item = volume?.secret?.items?.find((i) => `${mount.mountPath}/${i.path}` === file);
      if (volume?.secret && item && secretKeys(volume.secret.secretName).includes(item.key)) return { secret: volume.secret.secretName, key: item.key };
    }
    return null;
  }

  it("gives each Deployment every variable its production job needs: literal, from a Secret key, or a mounted secret file", () => {
    // Behind the Ingress the gateway must also know that one proxy hop names the client.
    const needs: Record<string, readonly string[]> = { ...PRODUCTION_NEEDS, gateway: [...PRODUCTION_NEEDS.gateway!, "TRUST_PROXY"] };
    for (const [name, wanted] of Object.entries(needs)) {
      const d = byName("Deployment", name)!;
      const container = d.spec.template.spec.containers[0];
      const env = container.env as EnvVar[];
      const fromSecrets = ((container.envFrom ?? []) as { secretRef?: { name: string } }[]).flatMap((e) => (e.secretRef ? secretKeys(e.secretRef.name) : []));
      for (const need of wanted) {
        expect([name, need, KNOWN_VARIABLES[name]!.has(need)]).toEqual([name, need, true]);
        const direct = env.find((e) => e.name === need);
        const file = env.find((e) => e.name === `${need}_FILE`);
        const met =
          (direct?.value !== undefined && direct.value !== "") ||
          (direct?.valueFrom?.secretKeyRef !== undefined && secretKeys(direct.valueFrom.secretKeyRef.name).includes(direct.valueFrom.secretKeyRef.key)) ||
          fromSecrets.includes(need) ||
          (file?.value !== undefined && KNOWN_VARIABLES[name]!.has(`${need}_FILE`) && mountedSecretFile(d, file.value) !== null);
        expect([name, need, met]).toEqual([name, need, true]);
      }
    }
    expect((byName("Deployment", "gateway")!.spec.template.spec.containers[0].env as EnvVar[]).find((e) => e.name === "TRUST_PROXY")?.value).toBe("1");
  });

  it("lets organizations' outbox relay deliver to talent with the two halves of one service key, the private half in organizations only", () => {
    const envOf = (name: string) => byName("Deployment", name)!.spec.template.spec.containers[0].env as EnvVar[];
    const talentService = byName("Service", "talent")!;
    expect(envOf("organizations").find((e) => e.name === "EVENTS_TALENT_URL")?.value).toBe(`http://talent:${talentService.spec.ports[0].port}${EVENTS_PATH}`);
    const privateFile = mountedSecretFile(byName("Deployment", "organizations")!, envOf("organizations").find((e) => e.name === "SERVICE_PRIVATE_KEY_FILE")!.value!);
    const publicFile = mountedSecretFile(byName("Deployment", "talent")!, envOf("talent").find((e) => e.name === "ORGANIZATIONS_SERVICE_PUBLIC_KEY_FILE")!.value!);
    expect(privateFile).toEqual({ secret: "hub-keys", key: "organizations-service.private.pem" });
    expect(publicFile).toEqual({ secret: "hub-keys", key: "organizations-service.public.pem" });
    const holders = ofKind("Deployment").filter((d) =>
      (d.spec.template.spec.volumes as Volume[]).some((v) => v.secret?.items?.some((i) => i.key === privateFile!.key)));
    expect(holders.map((d) => d.metadata.name)).toEqual(["organizations"]);
  });

  it("lets organizations reach talent's port for events and nothing else new: every other subgraph stays gateway-only", () => {
    const policies = ofKind("NetworkPolicy");
    const selects = (policy: Obj, labels: Record<string, string>) =>
      Object.entries(policy.spec.podSelector.matchLabels as Record<string, string>).every(([k, v]) => labels[k] === v);
    for (const name of SUBGRAPHS) {
      const d = byName("Deployment", name)!;
      const labels = d.spec.template.metadata.labels as Record<string, string>;
      const httpPort = d.spec.template.spec.containers[0].ports.find((p: { name: string }) => p.name === "http").containerPort as number;
      const rules: Rule[] = policies.filter((p) => selects(p, labels)).flatMap((p) => p.spec.ingress as Rule[]);
      const reachesHttp = rules.filter((rule) => !rule.ports || rule.ports.some((p) => p.port === "http" || p.port === httpPort));
      // Every rule to the HTTP port names its sources (none open to all) and lists ports.
      for (const rule of reachesHttp) expect([name, rule.from !== undefined && rule.ports !== undefined]).toEqual([name, true]);
      const sources = reachesHttp.flatMap((rule) => rule.from!.map((f) => f.podSelector?.matchLabels["app.kubernetes.io/name"] ?? JSON.stringify(f))).sort();
      expect([name, sources]).toEqual([name, name === "talent" ? ["gateway", "organizations"] : ["gateway"]]);
    }
    const events = policies.filter((p) => (p.spec.ingress as Rule[]).some((rule) => rule.from?.some((f) => f.podSelector?.matchLabels["app.kubernetes.io/name"] === "organizations")));
    expect(events.map((p) => p.metadata.name)).toEqual(["talent-events-from-organizations"]);
    expect(events[0]!.spec.podSelector.matchLabels).toEqual({ "app.kubernetes.io/name": "talent" });
    expect(events[0]!.spec.ingress).toEqual([
      { from: [{ podSelector: { matchLabels: { "app.kubernetes.io/name": "organizations" } } }], ports: [{ protocol: "TCP", port: byName("Service", "talent")!.spec.ports[0].port }] },
    ]);
  });
});
