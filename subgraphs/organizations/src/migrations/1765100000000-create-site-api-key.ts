import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Regional sites' API keys, shared by every gateway instance (they used to live in a file beside one gateway). Only the
 * SHA-256 of a key is stored: a key is `jhk_<12 hex>_<32 random bytes, base64url>`, so its hash cannot be reversed and
 * the visible `<12 hex>` part names the row (`key_id = site_<12 hex>`) without a lookup by secret. Revocation keeps the
 * row (who revoked it and when); the application role may insert and mark a row revoked, never delete one.
 */
export class CreateSiteApiKey1765100000000 implements MigrationInterface {
  name = "CreateSiteApiKey1765100000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE site_api_key (
      key_id text PRIMARY KEY CHECK (key_id ~ '^site_[0-9a-f]{12}$'),
      operator_id text NOT NULL REFERENCES operator (id),
      sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
      label text CHECK (label IS NULL OR char_length(label) BETWEEN 1 AND 100),
      created_at timestamptz NOT NULL DEFAULT now(),
      created_by text NOT NULL,
      revoked_at timestamptz,
      revoked_by text,
      CHECK ((revoked_at IS NULL) = (revoked_by IS NULL))
    )`);
    await q.query(`CREATE INDEX site_api_key_operator ON site_api_key (operator_id, created_at DESC)`);
    await q.query(`REVOKE DELETE, TRUNCATE ON site_api_key FROM hub_organizations_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE site_api_key`);
  }
}
