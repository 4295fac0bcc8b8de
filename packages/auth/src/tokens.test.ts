import { SignJWT, type KeyLike as CryptoKeyLike } from "jose";
import { generatePemKeyPair, importPrivateKey, importPublicKey } from "./keys";
import { bearerToken, GatewayTokenVerifier, signGatewayToken, verifyGatewayToken, InvalidGatewayToken } from "./gateway-token";
import { mintUserToken, verifyUserToken, InvalidUserToken } from "./identity";
import { ANONYMOUS, parseViewer, type Viewer } from "./viewer";

const pair = async () => {
  const pem = generatePemKeyPair();
  return { privateKey: await importPrivateKey(pem.privateKeyPem), publicKey: await importPublicKey(pem.publicKeyPem) };
};
const coordinator: Viewer = { role: "COORDINATOR", operatorId: "op-meguru", subject: "coord@op-meguru" };

describe("gateway tokens", () => {
  it("carry the viewer and request id to exactly one subgraph", async () => {
    const { privateKey, publicKey } = await pair();
    const token = await signGatewayToken(privateKey, "talent", { viewer: coordinator, requestId: "req-1" });
    expect(await verifyGatewayToken(publicKey, "talent", token)).toEqual({ viewer: coordinator, requestId: "req-1" });
    await expect(verifyGatewayToken(publicKey, "funding", token)).rejects.toBeInstanceOf(InvalidGatewayToken);
  });

  it("are refused when signed by another key, expired or unsigned", async () => {
    const { publicKey } = await pair();
    const rogue = await pair();
    const forged = await signGatewayToken(rogue.privateKey, "talent", { viewer: coordinator, requestId: "x" });
    await expect(verifyGatewayToken(publicKey, "talent", forged)).rejects.toBeInstanceOf(InvalidGatewayToken);
    const { privateKey, publicKey: ownPublic } = await pair();
    const expired = await new SignJWT({ viewer: coordinator, rid: "x" })
      .setProtectedHeader({ alg: "EdDSA" })
      .setIssuer("jinjibu-gateway")
      .setAudience("jinjibu-subgraph:talent")
      .setIssuedAt(Math.floor(Date.now() / 1000) - 600)
      .setExpirationTime(Math.floor(Date.now() / 1000) - 300)
      .sign(privateKey);
    await expect(verifyGatewayToken(ownPublic, "talent", expired)).rejects.toThrow(/exp/);
    const none = `${Buffer.from('{"alg":"none"}').toString("base64url")}.${Buffer.from(JSON.stringify({ viewer: coordinator, aud: "jinjibu-subgraph:talent" })).toString("base64url")}.`;
    await expect(verifyGatewayToken(ownPublic, "talent", none)).rejects.toBeInstanceOf(InvalidGatewayToken);
  });

  it("bearerToken reads only a well-formed Authorization header", () => {
    expect(bearerToken("Bearer abc.def")).toBe("abc.def");
    expect(bearerToken("bearer   abc")).toBe("abc");
    expect(bearerToken("Basic abc")).toBeNull();
    expect(bearerToken("Bearer a b")).toBeNull();
    expect(bearerToken(undefined)).toBeNull();
  });
});

describe("GatewayTokenVerifier (a subgraph's cache of verified tokens)", () => {
  /** A token for `talent` whose exp is `expSeconds` (unix seconds). */
  const tokenExpiringAt = (privateKey: CryptoKeyLike, expSeconds: number, rid = "r") =>
    new SignJWT({ viewer: coordinator, rid })
      .setProtectedHeader({ alg: "EdDSA", typ: "JWT" })
      .setIssuer("jinjibu-gateway")
      .setAudience("jinjibu-subgraph:talent")
      .setSubject(coordinator.subject!)
      .setIssuedAt(expSeconds - 60)
      .setExpirationTime(expSeconds)
      .sign(privateKey);

  it("checks a reused token's signature once, and gives every caller its own copy of the claims", async () => {
    const { privateKey, publicKey } = await pair();
    const verifier = new GatewayTokenVerifier(publicKey, "talent");
    const token = await signGatewayToken(privateKey, "talent", { viewer: coordinator, requestId: "" });
    const first = await verifier.verify(token);
    const second = await verifier.verify(token);
    expect(second).toEqual({ viewer: coordinator, requestId: "" });
    expect(verifier.verifications).toBe(1);
    first.viewer.operatorId = "op-other";
    expect((await verifier.verify(token)).viewer.operatorId).toBe("op-meguru");
  });

  it("uses an entry only until the token's exp, then decides in full (refused once the clock tolerance is past)", async () => {
    const { privateKey, publicKey } = await pair();
    let now = Date.now();
    const verifier = new GatewayTokenVerifier(publicKey, "talent", 100, () => now);
    const exp = Math.floor(now / 1000) + 30;
    const token = await tokenExpiringAt(privateKey, exp);
    await verifier.verify(token);
    now = exp * 1000 - 1;
    await verifier.verify(token);
    expect(verifier.verifications).toBe(1);
    // At exp the entry is no longer used: within jose's 5 s tolerance the full check still accepts, but nothing is cached.
    now = exp * 1000;
    await verifier.verify(token);
    expect(verifier.verifications).toBe(2);
    await verifier.verify(token);
    expect(verifier.verifications).toBe(3);
    expect(verifier.size).toBe(0);
    now = exp * 1000 + 6000;
    await expect(verifier.verify(token)).rejects.toThrow(/exp/);
  });

  it("keys on the exact token: a changed byte, another subgraph's token or another key is verified and refused", async () => {
    const { privateKey, publicKey } = await pair();
    const verifier = new GatewayTokenVerifier(publicKey, "talent");
    const token = await signGatewayToken(privateKey, "talent", { viewer: coordinator, requestId: "" });
    await verifier.verify(token);
    const [header, payload, signature] = token.split(".");
    const admin = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload!, "base64url").toString()), viewer: { role: "NATIONAL_ADMIN", operatorId: null, subject: "x" } })).toString("base64url");
    await expect(verifier.verify(`${header}.${admin}.${signature}`)).rejects.toBeInstanceOf(InvalidGatewayToken);
    const flipped = `${signature!.slice(0, -2)}${signature!.endsWith("AA") ? "BA" : "AA"}`;
    await expect(verifier.verify(`${header}.${payload}.${flipped}`)).rejects.toBeInstanceOf(InvalidGatewayToken);
    await expect(verifier.verify(await signGatewayToken(privateKey, "funding", { viewer: coordinator, requestId: "" }))).rejects.toBeInstanceOf(InvalidGatewayToken);
    const rogue = await pair();
    await expect(verifier.verify(await signGatewayToken(rogue.privateKey, "talent", { viewer: coordinator, requestId: "" }))).rejects.toBeInstanceOf(InvalidGatewayToken);
    // Refusals are never remembered: only the one good token is held.
    expect(verifier.size).toBe(1);
  });

  it("holds at most maxEntries tokens, dropping the least recently used", async () => {
    const { privateKey, publicKey } = await pair();
    const verifier = new GatewayTokenVerifier(publicKey, "talent", 2);
    const exp = Math.floor(Date.now() / 1000) + 60;
    const [a, b, c] = await Promise.all(["a", "b", "c"].map((rid) => tokenExpiringAt(privateKey, exp, rid)));
    await verifier.verify(a!);
    await verifier.verify(b!);
    await verifier.verify(a!); // a is now the most recently used
    await verifier.verify(c!); // b goes
    expect(verifier.size).toBe(2);
    expect(verifier.verifications).toBe(3);
    await verifier.verify(a!);
    expect(verifier.verifications).toBe(3);
    await verifier.verify(b!);
    expect(verifier.verifications).toBe(4);
  });
});

describe("user tokens", () => {
  it("turn a coordinator's and an administrator's JWT into viewers", async () => {
    const { privateKey, publicKey } = await pair();
    expect(await verifyUserToken(publicKey, await mintUserToken(privateKey, { role: "COORDINATOR", operatorId: "op-meguru", subject: "c@m" }))).toEqual({
      role: "COORDINATOR",
      operatorId: "op-meguru",
      subject: "c@m",
    });
    expect(await verifyUserToken(publicKey, await mintUserToken(privateKey, { role: "NATIONAL_ADMIN", subject: "admin@meti" }))).toEqual({
      role: "NATIONAL_ADMIN",
      operatorId: null,
      subject: "admin@meti",
    });
  });

  it("refuse a coordinator without an operator, another issuer's key and an unknown role", async () => {
    const { privateKey, publicKey } = await pair();
    await expect(mintUserToken(privateKey, { role: "COORDINATOR", subject: "c" })).rejects.toThrow("a coordinator token needs an operatorId");
    const rogue = await pair();
    await expect(verifyUserToken(publicKey, await mintUserToken(rogue.privateKey, { role: "NATIONAL_ADMIN", subject: "x" }))).rejects.toBeInstanceOf(InvalidUserToken);
    const odd = await new SignJWT({ role: "SUPERUSER" })
      .setProtectedHeader({ alg: "EdDSA" })
      .setIssuer("jinjibu-identity")
      .setAudience("jinjibu-hub")
      .setSubject("x")
      .setIssuedAt()
      .setExpirationTime("1h")
      .sign(privateKey);
    await expect(verifyUserToken(publicKey, odd)).rejects.toThrow("the token names no known role, or a coordinator without an operator");
  });
});

describe("parseViewer", () => {
  it("accepts the four kinds and drops what does not belong to them", () => {
    expect(parseViewer(ANONYMOUS)).toEqual(ANONYMOUS);
    expect(parseViewer({ role: "NATIONAL_ADMIN", operatorId: "op-x", subject: "a" })).toEqual({ role: "NATIONAL_ADMIN", operatorId: null, subject: "a" });
    expect(parseViewer({ role: "SITE", subject: "k" })).toBeNull();
    expect(parseViewer({ role: "ROOT" })).toBeNull();
    expect(parseViewer("COORDINATOR")).toBeNull();
  });
});
