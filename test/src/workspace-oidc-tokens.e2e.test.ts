import { createServer, type Server } from "node:http";
import { exportJWK, generateKeyPair, SignJWT, type KeyLike } from "jose";
import { ApiKeyRegistry, generatePemKeyPair, importPublicKey } from "@jinjibu/auth";
import { createViewerResolver, CredentialError } from "@jinjibu/gateway";

/** The gateway's OpenID Connect token checks, against a JWKS served over HTTP (discovered from the issuer). */
describe("access tokens of the configured OpenID Connect provider", () => {
  let server: Server;
  let issuer: string;
  let key: KeyLike;
  let rogue: KeyLike;
  let resolve: ReturnType<typeof createViewerResolver>;
  let jwksFetches = 0;

  beforeAll(async () => {
    const pair = await generateKeyPair("RS256");
    key = pair.privateKey;
    ({ privateKey: rogue } = await generateKeyPair("RS256"));
    const publicKey = pair.publicKey;
    const jwk = { ...(await exportJWK(publicKey)), kid: "k1", alg: "RS256", use: "sig" };
    server = createServer((req, res) => {
      res.setHeader("content-type", "application/json");
      if (req.url === "/.well-known/openid-configuration") return res.end(JSON.stringify({ issuer, jwks_uri: `${issuer}/jwks` }));
      if (req.url === "/jwks") {
        jwksFetches += 1;
        return res.end(JSON.stringify({ keys: [jwk] }));
      }
      res.statusCode = 404;
      res.end("{}");
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    issuer = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    resolve = createViewerResolver({
      identityPublicKey: await importPublicKey(generatePemKeyPair().publicKeyPem),
      apiKeys: () => new ApiKeyRegistry([]),
      oidc: { issuer, audience: "urn:jinjibu:hub", operatorClaim: "org.operator", roleClaim: "realm_access.roles", coordinatorRoles: ["hub-coordinator"], adminRoles: ["hub-admin"] },
    });
  });
  afterAll(() => new Promise((r) => server.close(r)));

  const token = (claims: Record<string, unknown>, options: { signer?: KeyLike; aud?: string; iss?: string; exp?: string } = {}) =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: "RS256", kid: "k1", typ: "at+jwt" })
      .setIssuer(options.iss ?? issuer)
      .setAudience(options.aud ?? "urn:jinjibu:hub")
      .setSubject("user-1")
      .setIssuedAt()
      .setExpirationTime(options.exp ?? "10m")
      .sign(options.signer ?? key);
  const as = async (jwt: string) => resolve({ authorization: `Bearer ${jwt}` });

  it("maps nested role and operator claims to a coordinator or the national administrator", async () => {
    expect(await as(await token({ realm_access: { roles: ["offline", "hub-coordinator"] }, org: { operator: "op-meguru" } }))).toEqual({
      role: "COORDINATOR",
      operatorId: "op-meguru",
      subject: "user-1",
    });
    expect(await as(await token({ realm_access: { roles: ["hub-admin"] } }))).toEqual({ role: "NATIONAL_ADMIN", operatorId: null, subject: "user-1" });
    // The key set is fetched once and cached.
    expect(jwksFetches).toBe(1);
  });

  it("refuses tokens that are expired, for another audience, badly signed, unsigned, or without a hub role", async () => {
    const coordinator = { realm_access: { roles: ["hub-coordinator"] }, org: { operator: "op-meguru" } };
    const refused = [
      await token(coordinator, { exp: "-1h" }),
      await token(coordinator, { aud: "another-api" }),
      await token(coordinator, { signer: rogue }),
      await token({ realm_access: { roles: ["hub-coordinator"] } }),
      await token({ realm_access: { roles: ["staff"] }, org: { operator: "op-meguru" } }),
      // alg: none, claiming the configured issuer.
      `${Buffer.from(JSON.stringify({ alg: "none" })).toString("base64url")}.${Buffer.from(JSON.stringify({ ...coordinator, iss: issuer, aud: "urn:jinjibu:hub", sub: "x", exp: 9e9 })).toString("base64url")}.`,
    ];
    for (const jwt of refused) await expect(as(jwt)).rejects.toBeInstanceOf(CredentialError);
  });
});
