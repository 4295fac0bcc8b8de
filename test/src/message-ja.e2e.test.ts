import { startHub, type Hub } from "./harness";

// Every BAD_USER_INPUT / NOT_FOUND / FORBIDDEN / CONFLICT a person reads carries extensions.messageJa, whether a subgraph's
// rule, graphql-js's argument checks or the gateway's own refusal wrote it (issue 14, "Bad input").
describe("Japanese error messages through the gateway", () => {
  let hub: Hub;
  beforeAll(async () => {
    hub = await startHub();
  });
  afterAll(() => hub?.stop());

  const firstError = async (query: string, variables?: Record<string, unknown>, as?: Parameters<Hub["query"]>[2]) =>
    (await hub.query(query, variables, as)).body.errors?.[0]?.extensions ?? {};

  it("a subgraph rule's own Japanese sentence (BAD_USER_INPUT, NOT_FOUND)", async () => {
    expect(await firstError(`{ operators(first: 0) { totalCount } }`)).toMatchObject({
      code: "BAD_USER_INPUT",
      messageJa: "`first` は1から100までの整数で指定してください (指定値: 0)。",
    });
    expect(await firstError(`{ operatorSurvey(fiscalYear: 2019) { id } }`)).toMatchObject({
      code: "NOT_FOUND",
      messageJa: expect.stringContaining("2019年度の事業者アンケートはありません"),
    });
  });

  it("a plain Japanese sentence where the rule gives none (FORBIDDEN, CONFLICT, graphql-js's variable checks)", async () => {
    expect(await firstError(`{ operator(id: "op-meguru") { logoLicense { reason } } }`)).toMatchObject({
      code: "FORBIDDEN",
      messageJa: "この操作を行う権限がありません。",
    });
    const revoke = `mutation ($input: RevokeLogoLicenseInput!) { revokeLogoLicense(input: $input) { replayed } }`;
    const input = { operatorId: "op-kazami", revokedOn: "2026-06-01", reason: "確認", idempotencyKey: "messageja-revoke-0001" };
    await hub.query(revoke, { input }, { as: "admin" });
    expect(await firstError(revoke, { input: { ...input, reason: "別の理由" } }, { as: "admin" })).toMatchObject({
      code: "CONFLICT",
      messageJa: expect.stringMatching(/[ぁ-んァ-ン一-龥]/),
    });
    expect(await firstError(`query ($first: Int) { operators(first: $first) { totalCount } }`, { first: "many" })).toMatchObject({
      code: "BAD_USER_INPUT",
      messageJa: expect.stringContaining("入力内容"),
    });
  });

  it("the gateway's own refusals (a NUL character, an unknown path)", async () => {
    const nul = await fetch(hub.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: "{ operators(search: \"a\u0000\") { totalCount } }" }) });
    expect(nul.status).toBe(400);
    expect(((await nul.json()) as any).errors[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", messageJa: expect.stringContaining("入力内容") });
    const missing = await fetch(`${hub.baseUrl}/no-such-page`);
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as any).errors[0].extensions).toMatchObject({ code: "NOT_FOUND", messageJa: "指定されたものは見つかりませんでした。" });
  });
});
