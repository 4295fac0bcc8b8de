import { ROOT_CONTEXT, trace, type TextMapGetter } from "@opentelemetry/api";
import { hasMetricsToken, loadTelemetryConfig, requestOutcome } from "./index";
import { InjectOnlyPropagator } from "./tracing";

describe("telemetry configuration", () => {
  it("is off unless an OTLP endpoint is set, and OTEL_SDK_DISABLED wins", () => {
    expect(loadTelemetryConfig("test", {}).tracesUrl).toBeNull();
    expect(loadTelemetryConfig("test", { OTEL_EXPORTER_OTLP_ENDPOINT: "http://collector:4318/" }).tracesUrl).toBe("http://collector:4318/v1/traces");
    expect(
      loadTelemetryConfig("test", { OTEL_EXPORTER_OTLP_ENDPOINT: "http://a:4318", OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: "http://b:4318/traces" }).tracesUrl,
    ).toBe("http://b:4318/traces");
    expect(loadTelemetryConfig("test", { OTEL_EXPORTER_OTLP_ENDPOINT: "http://a:4318", OTEL_SDK_DISABLED: "true" }).tracesUrl).toBeNull();
  });

  it("refuses a short scrape token and a bad port, naming the variable", () => {
    expect(() => loadTelemetryConfig("test", { METRICS_TOKEN: "short" })).toThrow(/METRICS_TOKEN/);
    expect(() => loadTelemetryConfig("test", { METRICS_PORT: "99999" })).toThrow(/METRICS_PORT/);
    expect(loadTelemetryConfig("test", { METRICS_PORT: "9464" }).metricsPort).toBe(9464);
  });
});

describe("scrape token", () => {
  it("accepts only the exact bearer token", () => {
    expect(hasMetricsToken("Bearer 0123456789abcdef", "0123456789abcdef")).toBe(true);
    expect(hasMetricsToken("Bearer 0123456789abcdeX", "0123456789abcdef")).toBe(false);
    expect(hasMetricsToken(undefined, "0123456789abcdef")).toBe(false);
    expect(hasMetricsToken("0123456789abcdef", "0123456789abcdef")).toBe(false);
  });
});

describe("the gateway's propagator", () => {
  it("ignores a client's traceparent but writes one on outgoing requests", () => {
    const propagator = new InjectOnlyPropagator();
    const getter: TextMapGetter<Record<string, string>> = { get: (c, k) => c[k], keys: (c) => Object.keys(c) };
    const extracted = propagator.extract(ROOT_CONTEXT, { traceparent: "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01" }, getter);
    expect(trace.getSpanContext(extracted)).toBeUndefined();
    const carrier: Record<string, string> = {};
    const ctx = trace.setSpanContext(ROOT_CONTEXT, { traceId: "0af7651916cd43dd8448eb211c80319c", spanId: "b7ad6b7169203331", traceFlags: 1 });
    propagator.inject(ctx, carrier, { set: (c, k, v) => (c[k] = v) });
    expect(carrier.traceparent).toBe("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01");
  });
});

describe("request outcomes", () => {
  it("map statuses to a fixed set of label values", () => {
    expect(requestOutcome(200, false)).toBe("ok");
    expect(requestOutcome(200, true)).toBe("partial_or_error");
    expect(requestOutcome(400, true)).toBe("client_error");
    expect(requestOutcome(401, false)).toBe("unauthenticated");
    expect(requestOutcome(429, false)).toBe("rate_limited");
    expect(requestOutcome(503, false)).toBe("overloaded");
    expect(requestOutcome(500, false)).toBe("server_error");
  });
});
