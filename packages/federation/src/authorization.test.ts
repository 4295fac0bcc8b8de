import "reflect-metadata";
import { graphql, type GraphQLSchema } from "graphql";
import { Authorized, Field, ObjectType, Query, Mutation, Resolver, FieldResolver, Root } from "type-graphql";
import { ANONYMOUS, type Viewer } from "@jinjibu/auth";
import type { RequestScope } from "@jinjibu/db";
import { enforce, requireCoordinator, requireNationalAdmin, requireOwnPoolStaff, type DeniedAttempt } from "./authorization";
import { buildFederatedSchema } from "./schema";

@ObjectType({ description: "A thing." })
class Thing {
  @Field(() => String, { description: "Its name." })
  name!: string;
}

let writes = 0;

@Resolver(() => Thing)
class ThingResolver {
  @Query(() => Thing, { description: "Public." })
  thing(): Thing {
    return { name: "public" };
  }

  @Authorized("NATIONAL_ADMIN")
  @Mutation(() => Thing, { description: "Administrators only." })
  renameThing(): Thing {
    writes += 1;
    return { name: "renamed" };
  }

  @Authorized("COORDINATOR", "NATIONAL_ADMIN")
  @FieldResolver(() => String, { nullable: true, description: "Coordinators or administrators." })
  secret(@Root() t: Thing): string {
    return `secret of ${t.name}`;
  }
}

const admin: Viewer = { role: "NATIONAL_ADMIN", operatorId: null, subject: "admin-1" };
const coordinator: Viewer = { role: "COORDINATOR", operatorId: "op-meguru", subject: "coord-1" };
const site: Viewer = { role: "SITE", operatorId: "op-meguru", subject: "site-1" };

describe("authChecker (wired by buildFederatedSchema)", () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await buildFederatedSchema({ resolvers: [ThingResolver] });
  });

  const run = async (source: string, viewer: Viewer, denials?: DeniedAttempt[]) => {
    const contextValue = {
      viewer,
      requestId: "req-1",
      db: {} as RequestScope,
      denials: denials ? { record: async (a: DeniedAttempt) => void denials.push(a) } : undefined,
    };
    return graphql({ schema, source, contextValue });
  };

  it("lets the gate's viewers through", async () => {
    const result = await run(`mutation { renameThing { name } }`, admin);
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ renameThing: { name: "renamed" } });
  });

  it("refuses others with FORBIDDEN and the policy's reason before the resolver runs, and records the refusal", async () => {
    const before = writes;
    for (const viewer of [coordinator, site, ANONYMOUS]) {
      const denials: DeniedAttempt[] = [];
      const result = await run(`mutation { renameThing { name } }`, viewer, denials);
      expect(result.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      expect(result.errors?.[0]?.message).toBe("Only the national administrator may renameThing.");
      expect(denials).toEqual([{ action: "renameThing", reason: "Only the national administrator may renameThing." }]);
    }
    expect(writes).toBe(before);
  });

  it("passes when any one of several gates holds, and names the field for nested refusals", async () => {
    expect((await run(`{ thing { secret } }`, coordinator)).data).toEqual({ thing: { secret: "secret of public" } });
    const refused = await run(`{ thing { name secret } }`, site);
    expect(refused.data).toEqual({ thing: { name: "public", secret: null } });
    expect(refused.errors?.[0]?.path).toEqual(["thing", "secret"]);
    expect(refused.errors?.[0]?.message).toBe("Only a signed-in coordinator of an operator may read Thing.secret.");
  });

  it("still refuses when the denial log itself fails", async () => {
    const contextValue = { viewer: site, requestId: "r", db: {} as RequestScope, denials: { record: async () => Promise.reject(new Error("db down")) } };
    const spy = jest.spyOn(console, "error").mockImplementation(() => undefined);
    const result = await graphql({ schema, source: `mutation { renameThing { name } }`, contextValue });
    spy.mockRestore();
    expect(result.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});

describe("require* wrappers", () => {
  it("return what the rule found or throw FORBIDDEN with its reason", () => {
    expect(requireOwnPoolStaff(site)).toBe("op-meguru");
    expect(requireCoordinator(coordinator)).toBe("op-meguru");
    expect(() => requireCoordinator(site)).toThrow("Only a signed-in coordinator of an operator can search other regions' talent or handle introductions.");
    expect(() => requireNationalAdmin(coordinator, "recordAdoption")).toThrow("Only the national administrator may recordAdoption.");
    try {
      enforce({ allowed: false, reason: "no" });
    } catch (error) {
      expect((error as { extensions: { code: string } }).extensions.code).toBe("FORBIDDEN");
    }
    expect.assertions(5);
  });
});
