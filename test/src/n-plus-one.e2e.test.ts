import { startHub, dataOf, type Hub } from "./harness";

// N+1 is a correctness bug: the statements behind one gateway query must not grow with the number of operators.
describe("SQL statements per gateway query", () => {
  let hub: Hub;
  beforeAll(async () => {
    hub = await startHub();
  });
  afterAll(() => hub.stop());

  const QUERY = `query ($first: Int) { operators(first: $first) { totalCount edges { node {
    id nameJa prefecture { nameJa } municipalitiesServed { nameJa }
    adoptionCount adoptions { id frame members { order operator { id nameJa } } }
    programs(first: 5) { totalCount edges { node { id nameJa outcomes { value unit } } } }
    caseStudies { id }
    talentPoolSummary { total byKind { kind count } }
  } } } }`;

  async function statementsFor(first: number): Promise<{ rows: number; statements: number }> {
    hub.resetSqlCount();
    const data = dataOf(await hub.query<{ operators: { edges: unknown[] } }>(QUERY, { first }, { as: "admin" }));
    return { rows: data.operators.edges.length, statements: hub.sqlCount() };
  }

  it("costs the same for 5 operators, for all 94, and for 100 of 194", async () => {
    await statementsFor(100); // warm the gateway's query plan cache
    const small = await statementsFor(5);
    const all = await statementsFor(100);
    // Double the data: 100 more operators (copies with no adoptions, programs or talent).
    await hub.sql("organizations", "CREATE TEMP TABLE extra AS SELECT * FROM operator LIMIT 100");
    await hub.sql("organizations", "UPDATE extra SET id = 'zz-' || id");
    await hub.sql("organizations", "INSERT INTO operator SELECT * FROM extra");
    const doubled = await statementsFor(100);
    process.stdout.write(
      `N+1 check: ${small.rows} operators → ${small.statements} statements; ${all.rows} → ${all.statements}; ` +
        `${doubled.rows} of 194 → ${doubled.statements} (${JSON.stringify(hub.sqlCountBySubgraph())})\n`,
    );
    expect([small.rows, all.rows, doubled.rows]).toEqual([5, 94, 100]);
    // 94 of 94 may cost one less: the ORM skips COUNT(*) when a page holds the whole list.
    expect(all.statements).toBeLessThanOrEqual(small.statements);
    expect(all.statements).toBeGreaterThanOrEqual(small.statements - 1);
    expect(doubled.statements).toBe(small.statements);
  });
});
