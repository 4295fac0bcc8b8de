import { openSubgraph, type SubgraphHarness } from "@jinjibu/test-utils";
import { subgraph } from "../src";

const FIELDS = `id nameJa prefecture { code nameJa } regionalBlock municipalitiesServed { id nameJa prefecture { code } }
  logoLicense { status } logoLicenseStatus listedInDirectory kantoModelRegions { id nameJa }`;

describe("no N+1: statement counts do not grow with the number of operators", () => {
  let hub: SubgraphHarness;
  beforeAll(async () => {
    hub = await openSubgraph(subgraph, "org_n1");
  });
  afterAll(() => hub.close());

  const count = async (query: string, variables?: Record<string, unknown>) => {
    const { result, statements } = await hub.countStatements(() => hub.run(query, variables));
    expect(result.errors).toBeUndefined();
    return { count: statements, data: result.data as Record<string, any> };
  };

  it("operators(first: 5) and operators(first: 100) cost the same", async () => {
    const query = `query($first: Int) { operators(first: $first) { edges { node { ${FIELDS} } } } }`;
    const small = await count(query, { first: 5 });
    const large = await count(query, { first: 100 });
    expect(small.data.operators.edges).toHaveLength(5);
    expect(large.data.operators.edges).toHaveLength(94);
    // BEGIN, page, count, municipalities links + rows, licences, model regions, COMMIT
    expect(large.count).toBe(small.count);
    expect(large.count).toBeLessThanOrEqual(9);
  });

  it("_entities with 5 and with 94 Operator representations cost the same", async () => {
    const ids = (await hub.sql<{ id: string }>(`SELECT id FROM operator ORDER BY id`)).map((r) => r.id);
    expect(ids).toHaveLength(94);
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Operator { ${FIELDS} } } }`;
    // The small set includes operators with model regions and without licences, so both sets touch every loader.
    const few = ["op-meguru", "op-hits", "op-kazami", "op-dotdoto", "op-shinkaze"];
    const small = await count(query, { r: few.map((id) => ({ __typename: "Operator", id })) });
    const large = await count(query, { r: ids.map((id) => ({ __typename: "Operator", id })) });
    expect(large.data._entities).toHaveLength(94);
    expect(large.data._entities.every((e: unknown) => e !== null)).toBe(true);
    expect(large.count).toBe(small.count);
    expect(large.count).toBeLessThanOrEqual(8);
  });

  it("the whole directory with nested fields costs a constant handful of statements", async () => {
    const result = await count(`{ directory { totalOperators blocks { prefectures { operators { ${FIELDS} } } } } }`);
    expect(result.data.directory.totalOperators).toBe(89);
    expect(result.count).toBeLessThanOrEqual(8);
  });

  it("model regions with partners and agreement parties cost a constant handful", async () => {
    const result = await count(`{ modelRegions { id municipality { nameJa } leadOperator { nameJa } successorLeadOperator { id }
      partnerships { roleJa partyLabelJa parties { nameJa } } agreements { parties { nameJa operator { id } municipality { id } } } } }`);
    expect(result.data.modelRegions).toHaveLength(8);
    expect(result.count).toBeLessThanOrEqual(12);
  });
});
