import { Client } from "pg";
import type { QueryRunner } from "typeorm";
import { cloneTemplateDatabase, openSubgraph } from "@jinjibu/test-utils";
import { subgraph } from "../src";
import { DeskYearsAndTextKinds1765200001000 } from "../src/migrations/1765200001000-desk-years-and-text-kinds";

// Desks' start years from the cases' timelines and outcomes marked VERBATIM or SUMMARY: the seed carries them, and the
// migration brings a database seeded before up to date without touching a value someone set.
describe("desk start years and outcome text kinds", () => {
  it("are served from the seed: every outcome says VERBATIM or SUMMARY, every desk its first year", async () => {
    const hub = await openSubgraph(subgraph, "prg_facts");
    try {
      const r = await hub.run(`{ programs(first: 100) { edges { node { id kind startedYear } } } caseStudies(first: 100) { edges { node { id outcomes { textKind source { line } } } } } }`);
      expect(r.errors).toBeUndefined();
      const data = r.data as any;
      const desks = data.programs.edges.map((e: any) => e.node).filter((p: any) => p.kind === "CONSULTATION_DESK");
      expect(Object.fromEntries(desks.map((p: any) => [p.id, p.startedYear]))).toEqual({
        "pg-shiojiri-madoguchi": 2024, "pg-mishima-desk": 2022, "pg-hitachi-desk": 2024, "pg-daigo-desk": 2024, "pg-hitachiota-desk": 2024, "pg-matsumoto-desk": 2024,
      });
      const outcomes = data.caseStudies.edges.flatMap((e: any) => e.node.outcomes);
      expect(outcomes.length).toBeGreaterThan(0);
      expect(new Set(outcomes.map((o: any) => o.textKind))).toEqual(new Set(["VERBATIM", "SUMMARY"]));
      for (const o of outcomes.filter((x: any) => x.textKind === "VERBATIM")) expect(o.source?.line).toEqual(expect.any(Number));
    } finally {
      await hub.close();
    }
  });

  it("the migration fills in a database seeded before, and keeps a value someone set", async () => {
    const db = await cloneTemplateDatabase("prg_facts_mig");
    const client = new Client({ connectionString: db.url });
    await client.connect();
    try {
      await client.query(`SET search_path TO programs, public`);
      await client.query(`UPDATE program SET started_year = NULL WHERE kind = 'CONSULTATION_DESK'`);
      await client.query(`UPDATE program SET started_year = 2021 WHERE id = 'pg-matsumoto-desk'`);
      await client.query(`UPDATE case_study SET outcomes = (SELECT jsonb_agg((o - 'textKind') - 'source' ORDER BY n) FROM jsonb_array_elements(outcomes) WITH ORDINALITY t(o, n)) WHERE jsonb_array_length(outcomes) > 0`);
      const runner = { query: (text: string, params?: unknown[]) => client.query(text, params as unknown[]).then((r) => r.rows) } as unknown as QueryRunner;
      await new DeskYearsAndTextKinds1765200001000().up(runner);
      const desks = await client.query(`SELECT id, started_year FROM program WHERE kind = 'CONSULTATION_DESK' ORDER BY id`);
      expect(desks.rows).toEqual([
        { id: "pg-daigo-desk", started_year: 2024 }, { id: "pg-hitachi-desk", started_year: 2024 }, { id: "pg-hitachiota-desk", started_year: 2024 },
        { id: "pg-matsumoto-desk", started_year: 2021 }, { id: "pg-mishima-desk", started_year: 2022 }, { id: "pg-shiojiri-madoguchi", started_year: 2024 },
      ]);
      const kinds = await client.query(`SELECT c.id, o ->> 'textKind' AS kind, o -> 'source' ->> 'line' AS line FROM case_study c, jsonb_array_elements(c.outcomes) o ORDER BY c.id`);
      expect(kinds.rows.filter((r) => r.kind === null)).toEqual([]);
      expect(kinds.rows.find((r) => r.id === "case-s1-kuwana")).toEqual({ id: "case-s1-kuwana", kind: "VERBATIM", line: "437" });
      expect(kinds.rows.find((r) => r.id === "case-s0-daigo")).toMatchObject({ kind: "SUMMARY" });
    } finally {
      await client.end();
      await db.drop();
    }
  });
});
