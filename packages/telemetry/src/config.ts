import { defineConfig, port, url, z, type Environment } from "@jinjibu/config";

/**
 * Every variable the telemetry of a process (gateway or subgraph) reads. The README's environment table is generated
 * from these descriptions. The OTLP exporter itself also reads the OpenTelemetry specification's
 * `OTEL_EXPORTER_OTLP_*` variables (headers, timeout, compression).
 */
export const telemetryEnvironment = z.object({
  METRICS_TOKEN: z
    .string()
    .min(16, "expected at least 16 characters")
    .optional()
    .describe("bearer token a scraper sends to `/metrics` on the process's own port; unset: `/metrics` there answers 404"),
  METRICS_PORT: port()
    .optional()
    .describe("serve `/metrics` without a token on this separate port instead (a scrape network clients cannot reach; one process per host or container)"),
  METRICS_HOST: z.string().min(1).optional().describe("address the METRICS_PORT listener binds (default: HOST)"),
  OTEL_EXPORTER_OTLP_ENDPOINT: url("http:", "https:")
    .optional()
    .describe("OpenTelemetry collector (OTLP/HTTP) base URL; traces go to `<url>/v1/traces`; setting it turns tracing on"),
  OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: url("http:", "https:")
    .optional()
    .describe("full OTLP/HTTP traces URL (wins over OTEL_EXPORTER_OTLP_ENDPOINT); setting it turns tracing on"),
  OTEL_EXPORTER_OTLP_HEADERS: z
    .string()
    .optional()
    .describe("`key=value,…` headers the OTLP exporter sends to the collector (read by the exporter itself)"),
  OTEL_SERVICE_NAME: z.string().min(1).optional().describe("service name in traces (default `gateway`, `subgraph-<name>`)"),
  OTEL_SDK_DISABLED: z.enum(["true", "false"]).default("false").describe("`true` turns tracing off even when an endpoint is set"),
});

export interface TelemetryConfig {
  metricsToken: string | null;
  metricsPort: number | null;
  metricsHost: string | null;
  /** The traces URL when tracing is on, else null. */
  tracesUrl: string | null;
  serviceName: string | null;
}

/** The telemetry settings of one process (`service` names it in configuration errors). */
export function loadTelemetryConfig(service: string, env: Environment = process.env): Readonly<TelemetryConfig> {
  const parsed = defineConfig(service, telemetryEnvironment, env);
  const base = parsed.OTEL_EXPORTER_OTLP_ENDPOINT?.replace(/\/+$/, "");
  const tracesUrl = parsed.OTEL_SDK_DISABLED === "true" ? null : (parsed.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT ?? (base ? `${base}/v1/traces` : null));
  return Object.freeze({
    metricsToken: parsed.METRICS_TOKEN ?? null,
    metricsPort: parsed.METRICS_PORT ?? null,
    metricsHost: parsed.METRICS_HOST ?? null,
    tracesUrl,
    serviceName: parsed.OTEL_SERVICE_NAME ?? null,
  });
}
