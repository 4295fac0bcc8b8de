// Typed GraphQL documents from the checked-in supergraph (`npm run codegen -w @jinjibu/web`; the output is checked in).
/** @type {import('@graphql-codegen/cli').CodegenConfig} */
module.exports = {
  schema: "../gateway/supergraph.graphql",
  documents: ["src/**/*.{ts,tsx}", "!src/gql/**"],
  ignoreNoDocuments: true,
  generates: {
    "src/gql/": {
      preset: "client",
      presetConfig: { fragmentMasking: false },
      // Documents as strings: the bundle needs no GraphQL parser.
      config: { documentMode: "string", enumsAsTypes: true, useTypeImports: true, skipTypename: true },
    },
  },
  hooks: {},
};
