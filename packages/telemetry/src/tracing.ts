import { context, propagation, trace, type Context, type TextMapPropagator, type TextMapSetter, type TextMapGetter } from "@opentelemetry/api";
import { W3CTraceContextPropagator } from "@opentelemetry/core";
import { OTLPTraceExporter } from "@opentelemetry/exporter-trace-otlp-http";
import { registerInstrumentations } from "@opentelemetry/instrumentation";
import { HttpInstrumentation } from "@opentelemetry/instrumentation-http";
import { PgInstrumentation } from "@opentelemetry/instrumentation-pg";
import { UndiciInstrumentation } from "@opentelemetry/instrumentation-undici";
import { resourceFromAttributes } from "@opentelemetry/resources";
import { BatchSpanProcessor, SimpleSpanProcessor, type SpanExporter, type SpanProcessor } from "@opentelemetry/sdk-trace-base";
import { NodeTracerProvider } from "@opentelemetry/sdk-trace-node";

export { InMemorySpanExporter, type ReadableSpan } from "@opentelemetry/sdk-trace-base";

export interface TracingOptions {
  /** `service.name` of the spans (OTEL_SERVICE_NAME overrides it in the processes' entry points). */
  serviceName: string;
  /** OTLP/HTTP traces URL; spans are batched and sent there. */
  tracesUrl?: string | null;
  /** A span exporter of the caller's (tests: an in-memory exporter); spans are handed over as each one ends. */
  exporter?: SpanExporter;
  /**
   * Continue a trace whose W3C `traceparent` arrives with an incoming request. On for subgraphs (the gateway is their
   * only caller); off for the gateway, the public edge, so a client cannot choose trace ids or force sampling.
   */
  acceptIncomingTraceContext: boolean;
}

export interface Tracing {
  /** Sends what is buffered and stops tracing. */
  shutdown(): Promise<void>;
  forceFlush(): Promise<void>;
}

/** Paths whose requests are not traced: probes and scrapes would drown the requests. */
const UNTRACED_PATHS = /^\/(livez|readyz|metrics)(\?|$)/;

/** W3C trace context that writes `traceparent` on outgoing requests but never reads one from an incoming request. */
export class InjectOnlyPropagator implements TextMapPropagator {
  private readonly inner = new W3CTraceContextPropagator();
  inject(ctx: Context, carrier: unknown, setter: TextMapSetter): void {
    this.inner.inject(ctx, carrier, setter);
  }
  extract(ctx: Context, _carrier: unknown, _getter: TextMapGetter): Context {
    return ctx;
  }
  fields(): string[] {
    return this.inner.fields();
  }
}

let active: Tracing | null = null;

/**
 * Turns on OpenTelemetry tracing for this process when a traces URL or an exporter is given (otherwise returns null
 * and nothing is patched): incoming HTTP requests (server spans), outgoing `fetch` (the gateway's subgraph fetches,
 * which carry the W3C `traceparent`), and every SQL statement through `pg` (statement text only, never parameter
 * values; only inside a request's trace). Apollo Gateway's own spans (plan, execute, fetch) join the same trace.
 * Call it before the database driver is first used.
 */
export function startTracing(options: TracingOptions): Tracing | null {
  if (active) return active;
  const processors: SpanProcessor[] = [];
  if (options.exporter) processors.push(new SimpleSpanProcessor(options.exporter));
  if (options.tracesUrl) processors.push(new BatchSpanProcessor(new OTLPTraceExporter({ url: options.tracesUrl })));
  if (processors.length === 0) return null;
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ "service.name": options.serviceName, "service.namespace": "jinjibu-hub" }),
    spanProcessors: processors,
  });
  provider.register({ propagator: options.acceptIncomingTraceContext ? new W3CTraceContextPropagator() : new InjectOnlyPropagator() });
  const unregister = registerInstrumentations({
    tracerProvider: provider,
    instrumentations: [
      new HttpInstrumentation({
        ignoreIncomingRequestHook: (req) => UNTRACED_PATHS.test(req.url ?? ""),
        // The gateway reaches subgraphs with Node's http client, inside the request's trace: an outgoing request is
        // traced only below a span (the exporter's own requests run with tracing suppressed, and have none). Fetch
        // (undici; Hive Gateway's subgraph calls) is traced below.
        requireParentforOutgoingSpans: true,
      }),
      new UndiciInstrumentation(),
      new PgInstrumentation({ requireParentSpan: true, enhancedDatabaseReporting: false }),
    ],
  });
  // Modules loaded before this call are patched when they are next required; http and https may already be loaded.
  require("node:http");
  require("node:https");
  active = {
    forceFlush: () => provider.forceFlush(),
    shutdown: async () => {
      unregister();
      await provider.shutdown();
      trace.disable();
      propagation.disable();
      context.disable();
      active = null;
    },
  };
  return active;
}
