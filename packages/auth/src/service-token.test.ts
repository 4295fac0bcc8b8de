import { generatePemKeyPair, importPrivateKey, importPublicKey } from "./keys";
import { signGatewayToken } from "./gateway-token";
import { InvalidServiceToken, signServiceToken, verifyServiceToken } from "./service-token";

const pair = async () => {
  const pem = generatePemKeyPair();
  return { privateKey: await importPrivateKey(pem.privateKeyPem), publicKey: await importPublicKey(pem.publicKeyPem) };
};

describe("service tokens", () => {
  it("bind the caller, the receiving subgraph and the exact body", async () => {
    const { privateKey, publicKey } = await pair();
    const body = JSON.stringify({ events: [{ id: "1" }] });
    const token = await signServiceToken(privateKey, "organizations", "talent", body);
    await expect(verifyServiceToken(publicKey, "organizations", "talent", token, body)).resolves.toBeUndefined();
    await expect(verifyServiceToken(publicKey, "organizations", "talent", token, body.replace("1", "2"))).rejects.toBeInstanceOf(InvalidServiceToken);
    await expect(verifyServiceToken(publicKey, "organizations", "funding", token, body)).rejects.toBeInstanceOf(InvalidServiceToken);
    await expect(verifyServiceToken(publicKey, "programs", "talent", token, body)).rejects.toBeInstanceOf(InvalidServiceToken);
  });

  it("are refused when signed by another key, or when a gateway token is offered instead", async () => {
    const { publicKey } = await pair();
    const rogue = await pair();
    const body = "{}";
    await expect(verifyServiceToken(publicKey, "organizations", "talent", await signServiceToken(rogue.privateKey, "organizations", "talent", body), body)).rejects.toBeInstanceOf(InvalidServiceToken);
    const own = await pair();
    const gatewayToken = await signGatewayToken(own.privateKey, "talent", { viewer: { role: "NATIONAL_ADMIN", operatorId: null, subject: "a" }, requestId: "r" });
    await expect(verifyServiceToken(own.publicKey, "organizations", "talent", gatewayToken, body)).rejects.toBeInstanceOf(InvalidServiceToken);
  });
});
