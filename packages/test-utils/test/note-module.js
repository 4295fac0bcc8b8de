// A one-table subgraph module for the harness's own tests (plain JS: the global setup loads it untransformed).
const { GraphQLInt, GraphQLNonNull, GraphQLObjectType, GraphQLSchema, GraphQLString } = require("graphql");

class CreateNote1700000000000 {
  name = "CreateNote1700000000000";
  async up(queryRunner) {
    await queryRunner.query("CREATE TABLE note (id serial PRIMARY KEY, text text NOT NULL, written_by text NOT NULL)");
  }
  async down(queryRunner) {
    await queryRunner.query("DROP TABLE note");
  }
}

const manager = (ctx) => ctx.db.manager();

const schema = new GraphQLSchema({
  query: new GraphQLObjectType({
    name: "Query",
    fields: {
      me: { type: GraphQLString, resolve: (_s, _a, ctx) => ctx.viewer.subject ?? null },
      requestId: { type: GraphQLString, resolve: (_s, _a, ctx) => ctx.requestId },
      notes: { type: new GraphQLNonNull(GraphQLInt), resolve: async (_s, _a, ctx) => Number((await (await manager(ctx)).query("SELECT count(*) AS n FROM note"))[0].n) },
    },
  }),
  mutation: new GraphQLObjectType({
    name: "Mutation",
    fields: {
      addNote: {
        type: GraphQLInt,
        args: { text: { type: new GraphQLNonNull(GraphQLString) }, fail: { type: GraphQLInt } },
        resolve: async (_s, a, ctx) => {
          await (await manager(ctx)).query("INSERT INTO note (text, written_by) VALUES ($1, $2)", [a.text, ctx.viewer.subject ?? "anonymous"]);
          if (a.fail) throw new Error("the second step failed");
          return 1;
        },
      },
    },
  }),
});

exports.noteModule = {
  name: "organizations",
  entities: [],
  migrations: [CreateNote1700000000000],
  buildSchema: async () => schema,
  createContext: (base) => base,
  seed: async (dataSource) => {
    await dataSource.query("INSERT INTO note (text, written_by) VALUES ('seeded', 'seed')");
    return {};
  },
};
