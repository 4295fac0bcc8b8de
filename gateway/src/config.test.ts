import { ConfigError, loadGatewayConfig } from "./config";

describe("gateway configuration", () => {
  it("applies the documented defaults", () => {
    const config = loadGatewayConfig({});
    expect(config).toMatchObject({
      port: 4000,
      SUBGRAPH_TIMEOUT_MS: 5000,
      SUBGRAPH_BREAKER_FAILURES: 5,
      GATEWAY_BODY_LIMIT_BYTES: 200_000,
      RESPONSE_CACHE: "on",
      RATE_LIMITS: "on",
      introspection: true,
    });
  });

  it("turns introspection off in production unless GATEWAY_INTROSPECTION says otherwise", () => {
    expect(loadGatewayConfig({ NODE_ENV: "production" }).introspection).toBe(false);
    expect(loadGatewayConfig({ NODE_ENV: "production", GATEWAY_INTROSPECTION: "on" }).introspection).toBe(true);
    expect(loadGatewayConfig({ NODE_ENV: "development", GATEWAY_INTROSPECTION: "off" }).introspection).toBe(false);
  });

  it("fails naming every invalid variable", () => {
    expect(() => loadGatewayConfig({ SUBGRAPH_TIMEOUT_MS: "soon", REDIS_URL: "not a url", GATEWAY_PORT: "70000" })).toThrow(ConfigError);
    try {
      loadGatewayConfig({ SUBGRAPH_TIMEOUT_MS: "soon", REDIS_URL: "not a url", GATEWAY_PORT: "70000" });
    } catch (error) {
      expect((error as Error).message).toMatch(/SUBGRAPH_TIMEOUT_MS/);
      expect((error as Error).message).toMatch(/REDIS_URL/);
      expect((error as Error).message).toMatch(/GATEWAY_PORT/);
    }
  });

  it("treats an empty variable as unset", () => {
    expect(loadGatewayConfig({ REDIS_URL: "" }).REDIS_URL).toBeUndefined();
  });
});
