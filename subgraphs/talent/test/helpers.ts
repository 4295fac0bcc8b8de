// Talent's fixtures: the operators the tests play, viewers, and the few operations most suites start with. The harness
// itself (a clone of the template database, operations as a viewer, statement counts) is @jinjibu/test-utils' openSubgraph.
import type { Viewer } from "@jinjibu/auth";
import { openSubgraph, viewers, type OpenSubgraphOptions, type SubgraphHarness } from "@jinjibu/test-utils";
import { subgraph } from "../src";

export const coordinator = (operatorId: string, subject?: string): Viewer => viewers.coordinator(operatorId, subject);
export const site = (operatorId: string): Viewer => viewers.site(operatorId);
export const admin: Viewer = viewers.nationalAdmin();
export const anonymous = viewers.anonymous;

/** ドット道東 (北海道), 十勝 (北海道, same block), プラットフォームあおもり (東北), ファミリー (prefecture unknown). */
export const OP_A = "op-dotdoto";
export const OP_SAME_BLOCK = "op-tokachi";
export const OP_B = "op-platform-aomori";
export const OP_NO_BLOCK = "op-family";

/** The talent subgraph on a fresh clone of the seeded template; `withoutDemo` empties the generated demo pool first. */
export async function openTalent(prefix: string, options: OpenSubgraphOptions & { withoutDemo?: boolean } = {}): Promise<SubgraphHarness> {
  const hub = await openSubgraph(subgraph, prefix, { poolSize: options.poolSize });
  if (options.withoutDemo) {
    // Provision records of the demo introductions outlive the people (APPI 29条): remove them with the demo data.
    await hub.ownerSql(`DELETE FROM provision_record WHERE introduction_id IN (SELECT id FROM introduction WHERE requester_subject = 'demo-seed')`);
    await hub.ownerSql(`DELETE FROM talent_profile`);
    await hub.ownerSql(`DELETE FROM talent_pool_summary`);
    // The demand side's demo rows (needs and placements outlive the people's cascade).
    await hub.ownerSql(`DELETE FROM placement WHERE is_demo`);
    await hub.ownerSql(`DELETE FROM need WHERE is_demo`);
  }
  return hub;
}

/** What the fixtures below need of a harness. */
type Runner = Pick<SubgraphHarness, "runAs">;

/** The error codes of a result, in order. */
export const codes = (result: { errors?: readonly { extensions?: Record<string, unknown> }[] }): unknown[] =>
  (result.errors ?? []).map((e) => e.extensions?.code);

export const REGISTER = `mutation ($input: [RegisterTalentProfileInput!]!) {
  registerTalentProfiles(input: $input) { id kinds skills availability homePrefectureCode displayName isDemo ownerOperator { id } }
}`;

/** Registers one profile as the operator's coordinator and returns its id. */
export async function registerOne(hub: Runner, operatorId: string, overrides: Record<string, unknown> = {}): Promise<string> {
  const result = await hub.runAs(coordinator(operatorId), REGISTER, {
    input: [{ displayName: "山田 花子", kinds: ["SIDE_JOB"], skills: ["法人営業"], availability: "SIDE_JOB", email: "hanako@example.jp", phone: "090-1234-5678", ...overrides }],
  });
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return (result.data as { registerTalentProfiles: { id: string }[] }).registerTalentProfiles[0]!.id;
}

export const GRANT = `mutation ($t: ID!, $input: GrantConsentInput!) { grantConsent(talentId: $t, input: $input) { id scope purposes active } }`;

/** Records a consent as the owner and returns its id. */
export async function grant(hub: Runner, operatorId: string, talentId: string, scope: string, purposes: string[] = ["SIDE_JOB_MATCHING"]): Promise<string> {
  const result = await hub.runAs(coordinator(operatorId), GRANT, {
    t: talentId,
    input: { scope, purposes, obtainedAt: "2026-04-01T10:00:00+09:00", method: "WEB_FORM" },
  });
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return (result.data as { grantConsent: { id: string } }).grantConsent.id;
}

export const SEARCH = `query ($f: SharedTalentFilter!, $first: Int, $after: String) {
  searchSharedTalent(filter: $f, first: $first, after: $after) {
    totalCount edges { node { cardId kinds skills availability homePrefectureCode ownerOperator { id } } }
  }
}`;

export interface SearchPage {
  totalCount: number;
  edges: { node: { cardId: string; kinds: string[]; skills: string[]; ownerOperator: { id: string } } }[];
}

export async function search(hub: Runner, viewer: Viewer, filter: Record<string, unknown>): Promise<SearchPage> {
  const result = await hub.runAs(viewer, SEARCH, { f: { purpose: "SIDE_JOB_MATCHING", ...filter } });
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return (result.data as { searchSharedTalent: SearchPage }).searchSharedTalent;
}
