import { Client } from "pg";
import { runMigrations } from "@jinjibu/db";
import { createDatabase, dropDatabase, TEST_ENV } from "@jinjibu/test-utils";
import { subgraph } from "../src";

// The outbox migration gives every company registered before it one event, so a consumer that never heard of them converges.
describe("migration 1766100000001 (domain event outbox)", () => {
  const serverUrl = process.env[TEST_ENV.serverUrl]!;
  let url: string;
  const target = (migrations: typeof subgraph.migrations) => ({
    schema: subgraph.name, appRole: "hub_organizations_app", appPassword: process.env.APP_DATABASE_PASSWORD ?? "jinjibu-app",
    migrations, entities: subgraph.entities,
  });
  const sql = async <T>(text: string, params: unknown[] = []): Promise<T[]> => {
    const client = new Client({ connectionString: url });
    await client.connect();
    try {
      return (await client.query(text, params)).rows as T[];
    } finally {
      await client.end();
    }
  };

  beforeAll(async () => {
    url = await createDatabase(serverUrl, "orgoutbox");
  });
  afterAll(() => dropDatabase(serverUrl, url));

  it("appends one RegionalCompanyChanged per existing company, in id order, none of them delivered", async () => {
    const at = subgraph.migrations.findIndex((m) => m.name === "DomainEventOutbox1766100000001");
    await runMigrations(url, target(subgraph.migrations.slice(0, at)));
    await sql(
      `INSERT INTO organizations.regional_company (id, name_ja, supporting_operator_ids, prefecture_code, is_demo, search_text) VALUES
         ('co-b', '株式会社ビー', ARRAY['op-hits', 'op-meguru'], NULL, false, 'b'),
         ('co-a', '株式会社エー', ARRAY['op-dotdoto'], '01', true, 'a')`,
    );
    expect(await runMigrations(url, target(subgraph.migrations.slice(0, at + 1)))).toEqual(["DomainEventOutbox1766100000001"]);
    expect(await sql(`SELECT id::text, type, aggregate_type, aggregate_id, payload FROM organizations.domain_event ORDER BY id`)).toEqual([
      { id: "1", type: "RegionalCompanyChanged", aggregate_type: "RegionalCompany", aggregate_id: "co-a",
        payload: { id: "co-a", nameJa: "株式会社エー", supportingOperatorIds: ["op-dotdoto"], prefectureCode: "01", isDemo: true } },
      { id: "2", type: "RegionalCompanyChanged", aggregate_type: "RegionalCompany", aggregate_id: "co-b",
        payload: { id: "co-b", nameJa: "株式会社ビー", supportingOperatorIds: ["op-hits", "op-meguru"], prefectureCode: null, isDemo: false } },
    ]);
    expect(await sql(`SELECT count(*)::int AS n FROM organizations.domain_event_delivery`)).toEqual([{ n: 0 }]);
  });
});
