import { SignJWT } from "jose";
import { generatePemKeyPair, importPrivateKey, importPublicKey } from "./keys";
import { bearerToken, signGatewayToken, verifyGatewayToken, InvalidGatewayToken } from "./gateway-token";
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
