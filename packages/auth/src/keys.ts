import { generateKeyPairSync } from "node:crypto";
import { importPKCS8, importSPKI, type KeyLike } from "jose";

export const SIGNING_ALG = "EdDSA";

export interface PemKeyPair {
  privateKeyPem: string;
  publicKeyPem: string;
}

/** A fresh Ed25519 key pair in PEM (PKCS#8 private, SPKI public). */
export function generatePemKeyPair(): PemKeyPair {
  const { privateKey, publicKey } = generateKeyPairSync("ed25519");
  return {
    privateKeyPem: privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
    publicKeyPem: publicKey.export({ type: "spki", format: "pem" }).toString(),
  };
}

export const importPrivateKey = (pem: string): Promise<KeyLike> => importPKCS8(pem, SIGNING_ALG);
export const importPublicKey = (pem: string): Promise<KeyLike> => importSPKI(pem, SIGNING_ALG);
export type { KeyLike };
