import { GraphQLError } from "graphql";
import { badUserInput, conflict, forbidden, notFound, unauthenticated, withMessageJa } from "./errors";

describe("errors a person reads carry extensions.messageJa", () => {
  it("keeps the Japanese sentence a rule gives", () => {
    const error = badUserInput("`first` must be between 1 and 100; got 0.", "`first` は1から100までの整数で指定してください。", { field: "first" });
    expect(error.extensions).toEqual({ field: "first", code: "BAD_USER_INPUT", messageJa: "`first` は1から100までの整数で指定してください。" });
  });

  it("falls back to a plain Japanese sentence for the code when the rule gives none", () => {
    expect(badUserInput("x must be y", { rule: "R" }).extensions).toMatchObject({ code: "BAD_USER_INPUT", rule: "R", messageJa: expect.stringContaining("入力内容") });
    expect(notFound("No case study c-1 that you may see.").extensions.messageJa).toBe("指定されたものは見つかりませんでした。");
    expect(forbidden("Only the owner may.").extensions.messageJa).toBe("この操作を行う権限がありません。");
    expect(conflict("Already used.").extensions.messageJa).toContain("実行できませんでした");
  });

  it("uses a message that is already Japanese as it is, and adds none to UNAUTHENTICATED", () => {
    expect(notFound("該当する事業者が見つかりません。").extensions.messageJa).toBe("該当する事業者が見つかりません。");
    expect(unauthenticated("Sign in.").extensions.messageJa).toBeUndefined();
  });

  it("adds messageJa to graphql-js's own BAD_USER_INPUT when formatting", () => {
    const formatted = new GraphQLError('Variable "$first" got invalid value "x".', { extensions: { code: "BAD_USER_INPUT" } }).toJSON();
    expect(withMessageJa(formatted).extensions).toMatchObject({ code: "BAD_USER_INPUT", messageJa: expect.any(String) });
    const internal = { message: "boom", extensions: { code: "INTERNAL_SERVER_ERROR" } };
    expect(withMessageJa(internal)).toBe(internal);
  });
});
