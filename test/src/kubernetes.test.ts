import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseAllDocuments } from "yaml";
import { Deployment } from "kubernetes-models/apps/v1";
import { HorizontalPodAutoscaler } from "kubernetes-models/autoscaling/v2";
import { Job } from "kubernetes-models/batch/v1";
import { NetworkPolicy } from "kubernetes-models/networking.k8s.io/v1";
import { PodDisruptionBudget } from "kubernetes-models/policy/v1";
import { Secret, Service } from "kubernetes-models/v1";

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
    const policy = ofKind("NetworkPolicy")[0]!;
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
    expect(Object.keys((keys as any).stringData).sort()).toEqual(["api-keys.json", "gateway.private.pem", "gateway.public.pem", "identity.public.pem"]);
    expect(JSON.stringify(objects)).not.toMatch(/BEGIN [A-Z ]*PRIVATE KEY/);
  });
});
