import { randomUUID } from "node:crypto";
import type { ExecutionResult, GraphQLSchema } from "graphql";
import { DataSource } from "typeorm";
import type { Viewer } from "@jinjibu/auth";
import { ANONYMOUS } from "@jinjibu/auth";
import { connectAsApp, executeLocal } from "@jinjibu/federation";
import type { CountedDataSource } from "@jinjibu/db";
import { cloneTemplateDatabase } from "@jinjibu/test-utils";
import { subgraph } from "../src";

export const coordinator = (operatorId: string, subject = `coord@${operatorId}`): Viewer => ({ role: "COORDINATOR", operatorId, subject });
export const site = (operatorId: string): Viewer => ({ role: "SITE", operatorId, subject: `site-key@${operatorId}` });
export const admin: Viewer = { role: "NATIONAL_ADMIN", operatorId: null, subject: "admin@meti" };
export const anonymous = ANONYMOUS;

/** ドット道東 (北海道), 十勝 (北海道, same block), プラットフォームあおもり (東北), ファミリー (prefecture unknown). */
export const OP_A = "op-dotdoto";
export const OP_SAME_BLOCK = "op-tokachi";
export const OP_B = "op-platform-aomori";
export const OP_NO_BLOCK = "op-family";

export interface TestHub {
  url: string;
  app: CountedDataSource;
  owner: DataSource;
  schema: GraphQLSchema;
  run(viewer: Viewer, query: string, variables?: Record<string, unknown>, requestId?: string): Promise<ExecutionResult>;
  /** SQL as the owner (superuser in tests): setup and independent assertions. */
  sql<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

/** Runs one operation in-process with the server's per-request rules (one transaction with the viewer's tenant settings). */
export function execute(
  schema: GraphQLSchema,
  dataSource: DataSource,
  viewer: Viewer,
  query: string,
  variables?: Record<string, unknown>,
  requestId: string = randomUUID(),
): Promise<ExecutionResult> {
  return executeLocal({ module: subgraph, schema, dataSource, viewer, query, variables, requestId });
}

/** A fresh database cloned from the seeded template, the subgraph connected as its application role. */
export async function openHub(prefix: string, options: { poolSize?: number; withoutDemo?: boolean } = {}): Promise<TestHub> {
  const db = await cloneTemplateDatabase(prefix);
  const owner = new DataSource({ type: "postgres", url: db.url, extra: { options: "-c search_path=talent,public", max: 2 } });
  await owner.initialize();
  if (options.withoutDemo) {
    await owner.query(`DELETE FROM talent_profile`);
    await owner.query(`DELETE FROM talent_pool_summary`);
    // The demand side's demo rows (needs and placements outlive the people's cascade).
    await owner.query(`DELETE FROM placement WHERE is_demo`);
    await owner.query(`DELETE FROM need WHERE is_demo`);
  }
  const app = await connectAsApp(subgraph, db.url, process.env.APP_DATABASE_PASSWORD, options.poolSize);
  const schema = await subgraph.buildSchema();
  return {
    url: db.url,
    app,
    owner,
    schema,
    run: (viewer, query, variables, requestId) => execute(schema, app.dataSource, viewer, query, variables, requestId),
    sql: (text, params) => owner.query(text, params),
    close: async () => {
      await app.dataSource.destroy();
      await owner.destroy();
      await db.drop();
    },
  };
}

/** The error codes of a result, in order. */
export const codes = (result: { errors?: readonly { extensions?: Record<string, unknown> }[] }): unknown[] =>
  (result.errors ?? []).map((e) => e.extensions?.code);

export const REGISTER = `mutation ($input: [RegisterTalentProfileInput!]!) {
  registerTalentProfiles(input: $input) { id kinds skills availability homePrefectureCode displayName isDemo ownerOperator { id } }
}`;

/** Registers one profile as the operator's coordinator and returns its id. */
export async function registerOne(hub: TestHub, operatorId: string, overrides: Record<string, unknown> = {}): Promise<string> {
  const result = await hub.run(coordinator(operatorId), REGISTER, {
    input: [{ displayName: "山田 花子", kinds: ["SIDE_JOB"], skills: ["法人営業"], availability: "SIDE_JOB", email: "hanako@example.jp", phone: "090-1234-5678", ...overrides }],
  });
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return (result.data as { registerTalentProfiles: { id: string }[] }).registerTalentProfiles[0]!.id;
}

export const GRANT = `mutation ($t: ID!, $input: GrantConsentInput!) { grantConsent(talentId: $t, input: $input) { id scope purposes active } }`;

/** Records a consent as the owner and returns its id. */
export async function grant(hub: TestHub, operatorId: string, talentId: string, scope: string, purposes: string[] = ["SIDE_JOB_MATCHING"]): Promise<string> {
  const result = await hub.run(coordinator(operatorId), GRANT, {
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

export async function search(hub: TestHub, viewer: Viewer, filter: Record<string, unknown>): Promise<SearchPage> {
  const result = await hub.run(viewer, SEARCH, { f: { purpose: "SIDE_JOB_MATCHING", ...filter } });
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return (result.data as { searchSharedTalent: SearchPage }).searchSharedTalent;
}
