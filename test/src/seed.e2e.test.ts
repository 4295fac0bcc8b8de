import { createDatabase, dropDatabase, TEST_ENV } from "@jinjibu/test-utils";
import { loadModules, migrateAndSeed } from "@jinjibu/launcher";

// The seed is the documents' facts, and it is idempotent: a second `npm start` inserts nothing.
describe("migrations and seed on an empty database", () => {
  const serverUrl = process.env[TEST_ENV.serverUrl]!;
  let url: string;
  beforeAll(async () => {
    url = await createDatabase(serverUrl, "seed");
  });
  afterAll(() => dropDatabase(serverUrl, url));

  it("loads the facts once and nothing the second time", async () => {
    const first = await migrateAndSeed(url, loadModules(), { seed: true });
    const seeded = Object.fromEntries(first.map((r) => [r.subgraph, r.seeded!]));
    expect(first.map((r) => [r.subgraph, r.applied.length > 0])).toEqual([
      ["organizations", true], ["talent", true], ["programs", true], ["funding", true],
    ]);
    expect(seeded.organizations).toMatchObject({
      operator: 94, partner_organization: 48, municipality: 59, model_region: 8, agreement: 4,
      partner_relation: 64, key_person: 40, operator_survey: 1, policy_position: 3,
    });
    expect(seeded.funding).toMatchObject({ adoption: 115, adoption_member: 135, subsidy_scheme: 5 });
    expect(seeded.programs).toMatchObject({ program: 95, case_study: 19 });
    expect(seeded.talent!.talent_profile).toBeGreaterThan(94 * 3 - 1);

    const second = await migrateAndSeed(url, loadModules(), { seed: true });
    for (const report of second) {
      expect([report.subgraph, report.applied]).toEqual([report.subgraph, []]);
      expect([report.subgraph, Object.values(report.seeded!).reduce((a, b) => a + b, 0)]).toEqual([report.subgraph, 0]);
    }
  });
});
