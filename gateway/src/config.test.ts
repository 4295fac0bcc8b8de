import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { ConfigError, loadGatewayConfig, siteKeysDatabaseUrl } from "./config";

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

  it("reads TRUST_PROXY as Express does, refusing `true` and anything else it cannot use", () => {
    expect(loadGatewayConfig({}).trustProxy).toBe(false);
    expect(loadGatewayConfig({ TRUST_PROXY: "false" }).trustProxy).toBe(false);
    expect(loadGatewayConfig({ TRUST_PROXY: "0" }).trustProxy).toBe(false);
    expect(loadGatewayConfig({ TRUST_PROXY: "1" }).trustProxy).toBe(1);
    expect(loadGatewayConfig({ TRUST_PROXY: "10.0.0.0/8, 192.168.1.7,fd00::/8,loopback" }).trustProxy).toEqual(["10.0.0.0/8", "192.168.1.7", "fd00::/8", "loopback"]);
    for (const bad of ["true", "11", "10.0.0.0/33", "ingress", "10.0.0.1/8/8", ","]) {
      expect(() => loadGatewayConfig({ TRUST_PROXY: bad })).toThrow(/TRUST_PROXY/);
    }
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

  it("reads the site-key database URL from the variable, else from the secret file it names", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "gateway-config-"));
    try {
      const file = path.join(dir, "site-keys-database-url");
      writeFileSync(file, "postgres://hub_organizations_app:secret@postgres:5432/jinjibu\n");
      expect(siteKeysDatabaseUrl(loadGatewayConfig({ SITE_KEYS_DATABASE_URL_FILE: file }))).toBe("postgres://hub_organizations_app:secret@postgres:5432/jinjibu");
      expect(siteKeysDatabaseUrl(loadGatewayConfig({ SITE_KEYS_DATABASE_URL: "postgres://a@b/c", SITE_KEYS_DATABASE_URL_FILE: file }))).toBe("postgres://a@b/c");
      expect(siteKeysDatabaseUrl(loadGatewayConfig({}))).toBeUndefined();
      writeFileSync(file, "not a url\n");
      expect(() => siteKeysDatabaseUrl(loadGatewayConfig({ SITE_KEYS_DATABASE_URL_FILE: file }))).toThrow(/SITE_KEYS_DATABASE_URL_FILE: .* must hold one postgres:\/\/ URL/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
